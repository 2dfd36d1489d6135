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
  // The answer's JSON as UTF-8 bytes, cached per data version (db/queries/list-cache.ts): the same list
  // asked again before any write is neither recomputed, serialised nor encoded again (a page of 50 is
  // ~330 KB; a profile at 200 requests/s showed ~10 % of the server's CPU in encoding a cached string).
  const body = await cachedRead(handle, cacheKey("api.recommendations.list", params), async () => {
    const { items, total, page, pageSize } = await listRecommendations(handle.db, params);
    return Buffer.from(JSON.stringify({ data: items, page, pageSize, total, pageCount: Math.ceil(total / pageSize) }));
  });
  return new Response(new Uint8Array(body.buffer, body.byteOffset, body.byteLength), {
    status: 200,
    headers: { "content-type": "application/json" },
  });
});

/** POST /api/v1/recommendations: coordinators and administrators. */
export const POST = apiRoute({ body: recommendationCreateInput }, async ({ db, actor, body }) => ({
  data: await createRecommendation(db, actor, body),
}));
