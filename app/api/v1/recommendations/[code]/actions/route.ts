import { decodeSegment } from "@/lib/validation/ids";
import { apiRoute, readJson } from "@/lib/api/handler";
import { createAction } from "@/db/mutations/actions";
import { actionCreateInput } from "@/lib/validation/inputs";

export const dynamic = "force-dynamic";

/** POST /api/v1/recommendations/{code}/actions: assign a new action to an agency. */
export const POST = apiRoute<{ code: string }>(async ({ req, db, actor, params }) => {
  const input = await readJson(req, actionCreateInput);
  return { data: await createAction(db, actor, decodeSegment(params.code), input) };
});
