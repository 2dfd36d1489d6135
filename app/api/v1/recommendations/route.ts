import { apiRoute, readJson } from "@/lib/api/handler";
import { createRecommendation } from "@/db/mutations/recommendations";
import { recommendationCreateInput } from "@/lib/validation/inputs";
import { badRequest } from "@/lib/errors";
import { findUnknownAgencyKeys } from "@/db/queries/agencies";
import { listRecommendations } from "@/db/queries/recommendations";
import { recommendationListQuery, searchParamsToObject, zodFieldErrors } from "@/lib/validation/search-params";

export const dynamic = "force-dynamic";

/** GET /api/v1/recommendations?q=&status=&theme=&agency=&side=&page=&pageSize=&sort= */
export const GET = apiRoute(async ({ req, db }) => {
  const parsed = recommendationListQuery.safeParse(searchParamsToObject(req.nextUrl.searchParams));
  if (!parsed.success) throw badRequest("Some query parameters are not valid.", zodFieldErrors(parsed.error));
  const unknown = await findUnknownAgencyKeys(db, parsed.data.agency ?? []);
  if (unknown.length) {
    throw badRequest(`Unknown agency: ${unknown.join(", ")}. GET /api/v1/agencies lists the keys.`, {
      agency: unknown.map((k) => `No agency has the key "${k}"`),
    });
  }
  const { archived, ...query } = parsed.data;
  const { items, total, page, pageSize } = await listRecommendations(db, {
    ...query,
    includeArchived: archived === "include",
  });
  return { data: items, page, pageSize, total, pageCount: Math.ceil(total / pageSize) };
});

/** POST /api/v1/recommendations: coordinators and administrators. */
export const POST = apiRoute(async ({ req, db, actor }) => {
  const input = await readJson(req, recommendationCreateInput);
  return { data: await createRecommendation(db, actor, input) };
});
