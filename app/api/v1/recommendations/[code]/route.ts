import { apiRoute } from "@/lib/api/handler";
import { updateRecommendation } from "@/db/mutations/recommendations";
import { recommendationPatchInput } from "@/lib/validation/inputs";
import { codeParams } from "@/lib/validation/route-params";
import { notFound } from "@/lib/errors";
import { getRecommendationByCode } from "@/db/queries/recommendations";
import { listRecommendationIndicators } from "@/db/queries/indicators";

export const dynamic = "force-dynamic";

/** GET /api/v1/recommendations/{code}: with owners, actions and indicators (with their readings). */
export const GET = apiRoute({ params: codeParams }, async ({ db, params }) => {
  const rec = await getRecommendationByCode(db, params.code);
  if (!rec) throw notFound("errors.noRecommendation", { code: params.code });
  return { data: { ...rec, indicators: await listRecommendationIndicators(db, rec.id) } };
});

/** PATCH /api/v1/recommendations/{code}: send `version` (the one you read); 409 when it is stale. */
export const PATCH = apiRoute(
  { params: codeParams, body: recommendationPatchInput },
  async ({ db, actor, params, body }) => ({ data: await updateRecommendation(db, actor, params.code, body) }),
);
