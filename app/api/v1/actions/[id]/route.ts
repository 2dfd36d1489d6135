import { apiRoute, readJson } from "@/lib/api/handler";
import { updateAction } from "@/db/mutations/actions";
import { getActionView } from "@/db/queries/actions";
import { notFound } from "@/lib/errors";
import { actionPatchInput } from "@/lib/validation/inputs";
import { isUuid } from "@/lib/validation/ids";

export const dynamic = "force-dynamic";

/** GET /api/v1/actions/{id} */
export const GET = apiRoute<{ id: string }>(async ({ db, params }) => {
  const action = isUuid(params.id) ? await getActionView(db, params.id) : null;
  if (!action) throw notFound(`No action has the id "${params.id}".`);
  return { data: action };
});

/** PATCH /api/v1/actions/{id}: send `version`; a due-date change needs a `reason`. */
export const PATCH = apiRoute<{ id: string }>(async ({ req, db, actor, params }) => {
  if (!isUuid(params.id)) throw notFound(`No action has the id "${params.id}".`);
  const patch = await readJson(req, actionPatchInput);
  return { data: await updateAction(db, actor, params.id, patch) };
});
