import { apiRoute } from "@/lib/api/handler";
import { createIndicator } from "@/db/mutations/indicators";
import { listRecommendationIndicators } from "@/db/queries/indicators";
import { getRecommendationByCode } from "@/db/queries/recommendations";
import { notFound } from "@/lib/errors";
import { indicatorCreateInput } from "@/lib/validation/inputs";
import { codeParams } from "@/lib/validation/route-params";

export const dynamic = "force-dynamic";

/** GET /api/v1/recommendations/{code}/indicators: each with its readings, latest and progress. */
export const GET = apiRoute({ params: codeParams }, async ({ db, params }) => {
  const rec = await getRecommendationByCode(db, params.code);
  if (!rec) throw notFound("errors.noRecommendation", { code: params.code });
  return { data: await listRecommendationIndicators(db, rec.id) };
});

/** POST /api/v1/recommendations/{code}/indicators: define what is measured (coordinators). */
export const POST = apiRoute(
  { params: codeParams, body: indicatorCreateInput },
  async ({ db, actor, params, body }) => ({ data: await createIndicator(db, actor, params.code, body) }),
);
