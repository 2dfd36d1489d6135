/**
 * The vocabulary of the recommendations table, shared by the database query, the URL, the page,
 * saved views and the export, so a column, a sort or a grouping means the same thing everywhere.
 * The filters are defined in filters.ts.
 * No server imports: the browser uses it too.
 */
export const columnIds = [
  "code",
  "title",
  "theme",
  "horizon",
  "priority",
  "status",
  "health",
  "leadShenzhen",
  "leadHongKong",
  "progressShenzhen",
  "progressHongKong",
  "nextDue",
  "overdue",
  "target",
  "updated",
] as const;
export type ColumnId = (typeof columnIds)[number];

/** What a view shows when it names no columns; the order is the default order. */
export const defaultColumns: readonly ColumnId[] = [
  "code",
  "title",
  "theme",
  "priority",
  "status",
  "health",
  "leadShenzhen",
  "leadHongKong",
  "progressShenzhen",
  "progressHongKong",
  "nextDue",
  "overdue",
  "updated",
];

/** Every column sorts; a sort key is a column id, descending with a leading "-". */
export type SortKey = ColumnId | `-${ColumnId}`;
export const MAX_SORT_KEYS = 4;

export const groupings = ["status", "theme", "agency", "horizon"] as const;
export type Grouping = (typeof groupings)[number];

export const pageSizes = [25, 50, 100, 250, 500] as const;
export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 500;

export function parseSortKey(key: SortKey): { id: ColumnId; desc: boolean } {
  return key.startsWith("-") ? { id: key.slice(1) as ColumnId, desc: true } : { id: key as ColumnId, desc: false };
}

/** Column widths from the `widths` URL value (`title:320`), by column. */
export function readWidths(widths: readonly string[] = []): Partial<Record<ColumnId, number>> {
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

/** The list URL that opens a saved view. */
export function savedViewHref(view: { id: string; query: string }): string {
  return `/recommendations?${view.query}${view.query ? "&" : ""}view=${view.id}`;
}

export function toSortKey(id: ColumnId, desc: boolean): SortKey {
  return desc ? `-${id}` : id;
}
