import "server-only";
import type { z } from "zod";
import type { DbOrTx } from "@/db";
import { findUnknownAgencyKeys } from "@/db/queries/agencies";
import type { ListActionsParams } from "@/db/queries/action-list";
import type { ListRecommendationsParams } from "@/db/queries/recommendation-list";
import { badRequest } from "@/lib/errors";
import { listOf, msg } from "@/lib/i18n/server-message";
import type { ActionColumnId } from "@/lib/table/action-view";
import type { ColumnId } from "@/lib/table/recommendation-view";
import {
  actionListQuery,
  recommendationListQuery,
  searchParamsToObject,
  toActionListParams,
  toListParams,
  zodFieldMessages,
} from "@/lib/validation/search-params";

/**
 * A table's list query of an API request (the list and its export), validated: a bad value or an
 * unknown agency key is a 400 that names the field and what to fix.
 */
async function readListQuery<S extends z.ZodType<{ agency?: string[] }>>(
  db: DbOrTx,
  schema: S,
  params: URLSearchParams,
): Promise<z.output<S>> {
  const parsed = schema.safeParse(searchParamsToObject(params));
  if (!parsed.success) throw badRequest("errors.invalidQuery", zodFieldMessages(parsed.error));
  const unknown = await findUnknownAgencyKeys(db, parsed.data.agency ?? []);
  if (unknown.length) {
    throw badRequest(msg("errors.unknownAgencies", { keys: listOf(unknown, "comma") }), {
      agency: unknown.map((key) => msg("errors.noAgencyKey", { key })),
    });
  }
  return parsed.data;
}

export async function readRecommendationListQuery(
  db: DbOrTx,
  params: URLSearchParams,
): Promise<ListRecommendationsParams & { cols?: ColumnId[] }> {
  const query = await readListQuery(db, recommendationListQuery, params);
  // The visible columns matter to the export, not to the rows.
  return { ...toListParams(query), cols: query.cols };
}

export async function readActionListQuery(
  db: DbOrTx,
  params: URLSearchParams,
): Promise<ListActionsParams & { cols?: ActionColumnId[] }> {
  const query = await readListQuery(db, actionListQuery, params);
  return { ...toActionListParams(query), cols: query.cols };
}
