import { apiRoute } from "@/lib/api/handler";
import { notFound } from "@/lib/errors";
import { getRecommendationByCode } from "@/db/queries/recommendations";

export const dynamic = "force-dynamic";

/** GET /api/v1/recommendations/{code} */
export const GET = apiRoute<{ code: string }>(async ({ db, params }) => {
  const code = decodeURIComponent(params.code);
  const rec = code.length <= 64 ? await getRecommendationByCode(db, code) : null;
  if (!rec) throw notFound(`No recommendation has the code "${code}".`);
  return { data: rec };
});
