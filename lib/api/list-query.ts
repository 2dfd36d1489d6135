import "server-only";
import type { DbOrTx } from "@/db";
import { findUnknownAgencyKeys } from "@/db/queries/agencies";
import type { ListRecommendationsParams } from "@/db/queries/recommendation-list";
import { badRequest } from "@/lib/errors";
import type { ColumnId } from "@/lib/table/recommendation-view";
import {
  recommendationListQuery,
  searchParamsToObject,
  toListParams,
  zodFieldErrors,
} from "@/lib/validation/search-params";

/**
 * The recommendation-list query of an API request (the list and its export), validated: a bad
 * value or an unknown agency key is a 400 that names the field and what to fix.
 */
export async function readRecommendationListQuery(
  db: DbOrTx,
  params: URLSearchParams,
): Promise<ListRecommendationsParams & { cols?: ColumnId[] }> {
  const parsed = recommendationListQuery.safeParse(searchParamsToObject(params));
  if (!parsed.success) throw badRequest("Some query parameters are not valid.", zodFieldErrors(parsed.error));
  const unknown = await findUnknownAgencyKeys(db, parsed.data.agency ?? []);
  if (unknown.length) {
    throw badRequest(`Unknown agency: ${unknown.join(", ")}. GET /api/v1/agencies lists the keys.`, {
      agency: unknown.map((k) => `No agency has the key "${k}"`),
    });
  }
  // The visible columns matter to the export, not to the rows.
  return { ...toListParams(parsed.data), cols: parsed.data.cols };
}
