/**
 * What every server-side table view has in common, whatever its rows: sort keys, paging limits,
 * column widths in the URL, and the saved-view link. Each table's own vocabulary (its columns and
 * groupings) is in recommendation-view.ts or action-view.ts. No server imports: the browser uses it too.
 */
import type { ViewList } from "@/db/schema/saved-views";

/** A sort key is a column id, descending with a leading "-". */
export type SortKeyOf<C extends string> = C | `-${C}`;
export const MAX_SORT_KEYS = 4;

export const pageSizes = [25, 50, 100, 250, 500] as const;
export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 500;

export function parseSortKey<C extends string>(key: SortKeyOf<C>): { id: C; desc: boolean } {
  return key.startsWith("-") ? { id: key.slice(1) as C, desc: true } : { id: key as C, desc: false };
}

export function toSortKey<C extends string>(id: C, desc: boolean): SortKeyOf<C> {
  return desc ? `-${id}` : id;
}

/** Column widths from the `widths` URL value (`title:320`), by column. */
export function readWidths(widths: readonly string[] = []): Record<string, number> {
  return Object.fromEntries(widths.map((pair) => [pair.split(":")[0], Number(pair.split(":")[1])]));
}

/** A view's query without the keys that don't define it (page, saved-view id), in a stable order. */
export function normalizeViewQuery(query: string): string {
  const params = new URLSearchParams(query);
  params.delete("page");
  params.delete("view");
  params.sort();
  return params.toString();
}

/** The page of each table that saved views belong to. */
export const listPaths: Record<ViewList, string> = { recommendations: "/recommendations", actions: "/actions" };

/** The list URL that opens a saved view. */
export function savedViewHref(view: { id: string; query: string }, list: ViewList = "recommendations"): string {
  return `${listPaths[list]}?${view.query}${view.query ? "&" : ""}view=${view.id}`;
}
