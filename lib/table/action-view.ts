/**
 * The vocabulary of the All actions table (every action across recommendations), shared by the
 * database query, the URL, the page, saved views and the export. Its filters are in filters.ts
 * (`actionFilters`); what all tables share is in view.ts. No server imports: the browser uses it too.
 */
import { parseSortKey as parseKey, toSortKey as toKey, type SortKeyOf } from "./view";

export const actionColumnIds = [
  "title",
  "recommendation",
  "recommendationTitle",
  "agency",
  "side",
  "assignee",
  "status",
  "progress",
  "due",
  "overdueBy",
  "updated",
] as const;
export type ActionColumnId = (typeof actionColumnIds)[number];

/** What a view shows when it names no columns; the order is the default order. */
export const defaultActionColumns: readonly ActionColumnId[] = actionColumnIds;

export type ActionSortKey = SortKeyOf<ActionColumnId>;

/** By agency: the agency the action is assigned to. By recommendation: the one it belongs to. */
export const actionGroupings = ["agency", "recommendation"] as const;
export type ActionGrouping = (typeof actionGroupings)[number];

export const parseActionSortKey = (key: ActionSortKey) => parseKey<ActionColumnId>(key);
export const toActionSortKey = (id: ActionColumnId, desc: boolean): ActionSortKey => toKey(id, desc);
