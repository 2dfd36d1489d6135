import { apiRoute } from "@/lib/api/handler";
import { createRecommendation } from "@/db/mutations/recommendations";
import { recommendationCreateInput } from "@/lib/validation/inputs";
import { getDatabaseHandle } from "@/db";
import { listRecommendationsCached } from "@/db/queries/recommendation-list";
import { readRecommendationListQuery } from "@/lib/api/list-query";

export const dynamic = "force-dynamic";

/** GET /api/v1/recommendations?q=&status=&theme=&agency=&side=&page=&pageSize=&sort= */
export const GET = apiRoute(async ({ req, db }) => {
  const query = await readRecommendationListQuery(db, req.nextUrl.searchParams);
  // Cached per data version (db/queries/list-cache.ts): the same list asked again before any write is not recomputed.
  const { cols: _cols, ...params } = query;
  const { items, total, page, pageSize } = await listRecommendationsCached(await getDatabaseHandle(), params);
  return { data: items, page, pageSize, total, pageCount: Math.ceil(total / pageSize) };
});

/** POST /api/v1/recommendations: coordinators and administrators. */
export const POST = apiRoute({ body: recommendationCreateInput }, async ({ db, actor, body }) => ({
  data: await createRecommendation(db, actor, body),
}));
