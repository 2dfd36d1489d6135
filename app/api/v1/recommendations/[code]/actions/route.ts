import { apiRoute } from "@/lib/api/handler";
import { createAction } from "@/db/mutations/actions";
import { actionCreateInput } from "@/lib/validation/inputs";
import { codeParams } from "@/lib/validation/route-params";

export const dynamic = "force-dynamic";

/** POST /api/v1/recommendations/{code}/actions: assign a new action to an agency. */
export const POST = apiRoute({ params: codeParams, body: actionCreateInput }, async ({ db, actor, params, body }) => ({
  data: await createAction(db, actor, params.code, body),
}));
