/** SQL pieces the table queries (recommendation-list.ts, action-list.ts) share. */
import { sql, type SQL } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import { normalizeForSearch } from "@/lib/search/normalize";

/** Escapes LIKE wildcards so a search for "100%" finds that text, not everything. */
export function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * Whether a `search_text` column (db/search-text.ts) contains the query, whatever its case or Chinese
 * script: both sides are in one form, and the column's trigram index answers the LIKE.
 */
export const searchMatches = (column: SQL | AnyPgColumn, query: string) =>
  sql`${column} like ${likePattern(normalizeForSearch(query))}`;

/** The position of a value in a known list, so enums and themes sort in their meaningful order. */
export const positionIn = (column: SQL | AnyPgColumn, values: readonly string[]) =>
  sql`array_position(array[${sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  )}]::text[], ${column}::text)`;

/** `column in (values…)` for text values bound as parameters. */
export const inTexts = (column: SQL, values: readonly string[]) =>
  sql`${column} in (${sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  )})`;

/** The clamped page and page size of a list request. */
export function pageOf(params: { page?: number; pageSize?: number }, defaultSize: number, maxSize: number) {
  return {
    page: Math.max(params.page ?? 1, 1),
    pageSize: Math.min(Math.max(params.pageSize ?? defaultSize, 1), maxSize),
  };
}
