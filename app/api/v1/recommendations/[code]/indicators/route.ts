import { decodeSegment } from "@/lib/validation/ids";
import { apiRoute, readJson } from "@/lib/api/handler";
import { createIndicator } from "@/db/mutations/indicators";
import { indicatorCreateInput } from "@/lib/validation/inputs";

export const dynamic = "force-dynamic";

/** POST /api/v1/recommendations/{code}/indicators: define what is measured. */
export const POST = apiRoute<{ code: string }>(async ({ req, db, actor, params }) => {
  const input = await readJson(req, indicatorCreateInput);
  return { data: await createIndicator(db, actor, decodeSegment(params.code), input) };
});
