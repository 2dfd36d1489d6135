/**
 * The tables' state in the URL, as nuqs parsers. Lists are comma-separated, which is also what the
 * server's list query (lib/validation/search-params.ts) reads, so the browser and the server agree on
 * every link. Default values stay out of the URL.
 * No server imports: the browser uses it too.
 */
// nuqs/server: the same parsers without the client hooks, so the server can read a URL the way the
// browser does (canonicalViewQuery).
import {
  createLoader,
  createSerializer,
  parseAsArrayOf,
  parseAsInteger,
  parseAsString,
  parseAsStringLiteral,
  type ParserMap,
} from "nuqs/server";
import { actionFilters, filterIdsOf, perFilterOf, tableFilters, type FilterMap } from "./filters";
import { actionColumnIds, actionGroupings } from "./action-view";
import { columnIds, groupings } from "./recommendation-view";
import { DEFAULT_PAGE_SIZE } from "./view";

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

/** A table's URL state: one parser per filter, then the view (sort, grouping, columns, page). */
function urlStateOf<M extends FilterMap, C extends string, G extends string>(
  filters: M,
  columns: readonly C[],
  groups: readonly G[],
) {
  const filterParsers = perFilterOf(filters, (filter) => {
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
  }) as unknown as { [K in keyof M]: UrlParser<M[K]> };
  return {
    ...filterParsers,
    sort: parseAsArrayOf(parseAsString).withDefault([]),
    group: parseAsStringLiteral(groups),
    collapsed: parseAsArrayOf(parseAsString).withDefault([]),
    cols: list(columns),
    widths: parseAsArrayOf(parseAsString).withDefault([]),
    pin: list(columns),
    page: parseAsInteger.withDefault(1),
    pageSize: parseAsInteger.withDefault(DEFAULT_PAGE_SIZE),
    view: parseAsString,
  };
}

export const tableUrlState = urlStateOf(tableFilters, columnIds, groupings);
export const actionUrlState = urlStateOf(actionFilters, actionColumnIds, actionGroupings);

/** Filter keys: changing one starts again at page 1. */
export const filterKeys = filterIdsOf(tableFilters);
export const actionFilterKeys = filterIdsOf(actionFilters);

/**
 * A URL's query as the browser's table state writes it: parsed by the table's parsers and written
 * back (defaults and values the parsers refuse left out). The server labels the rows it renders with
 * this, and the browser compares it with its own state's, so the two agree on which view rows are of.
 */
export function canonicalQuery<P extends ParserMap>(parsers: P, params: URLSearchParams): string {
  const values = createLoader(parsers)(params);
  return (createSerializer(parsers) as (v: typeof values) => string)(values).replace(/^\?/, "");
}
