/**
 * The table's state in the URL, as nuqs parsers. Lists are comma-separated, which is also what the
 * server's list query (lib/validation/search-params.ts) reads, so the browser and the server agree on
 * every link. Default values stay out of the URL.
 */
import { parseAsArrayOf, parseAsInteger, parseAsString, parseAsStringLiteral } from "nuqs";
import { horizons, priorities, recommendationStatuses, sides, themes } from "@/db/schema/enums";
import {
  columnIds,
  DEFAULT_PAGE_SIZE,
  groupings,
  healthFilterValues,
  overdueFilterValues,
} from "./recommendation-view";

const list = <T extends string>(values: readonly T[]) => parseAsArrayOf(parseAsStringLiteral(values)).withDefault([]);

export const tableUrlState = {
  q: parseAsString.withDefault(""),
  status: list(recommendationStatuses),
  health: list(healthFilterValues),
  theme: list(themes),
  horizon: list(horizons),
  priority: list(priorities),
  side: list(sides),
  overdue: list(overdueFilterValues),
  agency: parseAsArrayOf(parseAsString).withDefault([]),
  archived: parseAsStringLiteral(["include"] as const),
  sort: parseAsArrayOf(parseAsString).withDefault([]),
  group: parseAsStringLiteral(groupings),
  collapsed: parseAsArrayOf(parseAsString).withDefault([]),
  cols: list(columnIds),
  widths: parseAsArrayOf(parseAsString).withDefault([]),
  pin: list(columnIds),
  page: parseAsInteger.withDefault(1),
  pageSize: parseAsInteger.withDefault(DEFAULT_PAGE_SIZE),
  view: parseAsString,
};

/** Filter keys: changing one starts again at page 1. */
export const filterKeys = [
  "q",
  "status",
  "health",
  "theme",
  "horizon",
  "priority",
  "side",
  "overdue",
  "agency",
  "archived",
] as const;
