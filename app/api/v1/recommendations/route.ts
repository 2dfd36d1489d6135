import { apiRoute } from "@/lib/api/handler";
import { getDatabaseHandle } from "@/db";
import { createRecommendation } from "@/db/mutations/recommendations";
import { recommendationCreateInput } from "@/lib/validation/inputs";
import { listRecommendations } from "@/db/queries/recommendation-list";
import { cacheKey, cachedRead } from "@/db/queries/list-cache";
import { todayUtc } from "@/db/queries/recommendations";
import { readRecommendationListQuery } from "@/lib/api/list-query";

export const dynamic = "force-dynamic";

/** GET /api/v1/recommendations?q=&status=&theme=&agency=&side=&page=&pageSize=&sort= */
export const GET = apiRoute(async ({ req, db }) => {
  const query = await readRecommendationListQuery(db, req.nextUrl.searchParams);
  // The visible columns matter to the export, not to the rows (and not to the cache key).
  const params = { ...query, cols: undefined, today: query.today ?? todayUtc() };
  const handle = await getDatabaseHandle();
  // The answer's JSON text, cached per data version (db/queries/list-cache.ts): the same list asked
  // again before any write is neither recomputed nor serialised again (a page is ~330 KB of JSON).
  const body = await cachedRead(handle, cacheKey("api.recommendations.list", params), async () => {
    const { items, total, page, pageSize } = await listRecommendations(handle.db, params);
    return JSON.stringify({ data: items, page, pageSize, total, pageCount: Math.ceil(total / pageSize) });
  });
  return new Response(body, { status: 200, headers: { "content-type": "application/json" } });
});

/** POST /api/v1/recommendations: coordinators and administrators. */
export const POST = apiRoute({ body: recommendationCreateInput }, async ({ db, actor, body }) => ({
  data: await createRecommendation(db, actor, body),
}));
