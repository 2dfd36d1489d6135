/**
 * The table's state in the URL, as nuqs parsers. Lists are comma-separated, which is also what the
 * server's list query (lib/validation/search-params.ts) reads, so the browser and the server agree on
 * every link. Default values stay out of the URL.
 */
import { parseAsArrayOf, parseAsInteger, parseAsString, parseAsStringLiteral } from "nuqs";
import { filterIds, filterParts } from "./filters";
import { columnIds, DEFAULT_PAGE_SIZE, groupings } from "./recommendation-view";

const list = <T extends string>(values: readonly T[]) => parseAsArrayOf(parseAsStringLiteral(values)).withDefault([]);

export const tableUrlState = {
  ...filterParts("url"),
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
export const filterKeys = filterIds;
