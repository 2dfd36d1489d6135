/**
 * The vocabulary of the recommendations table, shared by the database query, the URL, the page,
 * saved views and the export, so a column, a sort or a grouping means the same thing everywhere.
 * The filters are defined in filters.ts.
 * No server imports: the browser uses it too. What all tables share (sort keys, paging, widths, saved
 * view links) is in view.ts and re-exported here.
 */
import { parseSortKey as parseKey, toSortKey as toKey, type SortKeyOf } from "./view";

export {
  DEFAULT_PAGE_SIZE,
  MAX_PAGE_SIZE,
  MAX_SORT_KEYS,
  normalizeViewQuery,
  pageSizes,
  readWidths,
  savedViewHref,
} from "./view";

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
export type SortKey = SortKeyOf<ColumnId>;

export const groupings = ["status", "theme", "agency", "horizon"] as const;
export type Grouping = (typeof groupings)[number];

export const parseSortKey = (key: SortKey) => parseKey<ColumnId>(key);
export const toSortKey = (id: ColumnId, desc: boolean): SortKey => toKey(id, desc);
