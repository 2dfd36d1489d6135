/**
 * The table's state in the URL, as nuqs parsers. Lists are comma-separated, which is also what the
 * server's list query (lib/validation/search-params.ts) reads, so the browser and the server agree on
 * every link. Default values stay out of the URL.
 */
import { parseAsArrayOf, parseAsInteger, parseAsString, parseAsStringLiteral } from "nuqs";
import { filterIds, perFilter, type FilterId, type tableFilters } from "./filters";
import { columnIds, DEFAULT_PAGE_SIZE, groupings } from "./recommendation-view";

const list = <T extends string>(values: readonly T[]) => parseAsArrayOf(parseAsStringLiteral(values)).withDefault([]);
const text = () => parseAsString.withDefault("");
const keys = () => parseAsArrayOf(parseAsString).withDefault([]);
const flag = <T extends string>(value: T) => parseAsStringLiteral([value]);

type UrlParser<F> = F extends { kind: "text" }
  ? ReturnType<typeof text>
  : F extends { kind: "values"; values: readonly (infer V extends string)[] }
    ? ReturnType<typeof list<V>>
    : F extends { kind: "keys" }
      ? ReturnType<typeof keys>
      : F extends { kind: "flag"; value: infer V extends string }
        ? ReturnType<typeof flag<V>>
        : never;

const filterParsers = perFilter((filter) => {
  switch (filter.kind) {
    case "text":
      return text();
    case "values":
      return list(filter.values);
    case "keys":
      return keys();
    case "flag":
      return flag(filter.value);
  }
}) as unknown as { [K in FilterId]: UrlParser<(typeof tableFilters)[K]> };

export const tableUrlState = {
  ...filterParsers,
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
