import { decodeSegment } from "@/lib/validation/ids";
import { apiRoute, readJson } from "@/lib/api/handler";
import { updateRecommendation } from "@/db/mutations/recommendations";
import { recommendationPatchInput } from "@/lib/validation/inputs";
import { notFound } from "@/lib/errors";
import { getRecommendationByCode } from "@/db/queries/recommendations";

export const dynamic = "force-dynamic";

/** GET /api/v1/recommendations/{code} */
export const GET = apiRoute<{ code: string }>(async ({ db, params }) => {
  const code = decodeSegment(params.code);
  const rec = code.length <= 64 ? await getRecommendationByCode(db, code) : null;
  if (!rec) throw notFound(`No recommendation has the code "${code}".`);
  return { data: rec };
});

/** PATCH /api/v1/recommendations/{code}: send `version` (the one you read); 409 when it is stale. */
export const PATCH = apiRoute<{ code: string }>(async ({ req, db, actor, params }) => {
  const patch = await readJson(req, recommendationPatchInput);
  return { data: await updateRecommendation(db, actor, decodeSegment(params.code), patch) };
});
