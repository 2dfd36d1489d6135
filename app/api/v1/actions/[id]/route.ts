import { apiRoute } from "@/lib/api/handler";
import { updateAction } from "@/db/mutations/actions";
import { getActionView } from "@/db/queries/actions";
import { notFound } from "@/lib/errors";
import { actionPatchInput } from "@/lib/validation/inputs";
import { actionIdParams } from "@/lib/validation/route-params";

export const dynamic = "force-dynamic";

/** GET /api/v1/actions/{id} */
export const GET = apiRoute({ params: actionIdParams }, async ({ db, params }) => {
  const action = await getActionView(db, params.id);
  if (!action) throw notFound("errors.noAction", { id: params.id });
  return { data: action };
});

/** PATCH /api/v1/actions/{id}: send `version`; a due-date change needs a `reason`. */
export const PATCH = apiRoute(
  { params: actionIdParams, body: actionPatchInput },
  async ({ db, actor, params, body }) => ({
    data: await updateAction(db, actor, params.id, body),
  }),
);
