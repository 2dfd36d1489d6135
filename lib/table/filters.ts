/**
 * The recommendations table's filters, each defined once: what kind of value it takes, its values
 * (enums from the database schema) and, for a facet, how the filter menu names it and its values.
 * The URL state (url-state.ts), the server's query schema (lib/validation/search-params.ts), the
 * query layer's parameter type, the facet list and "clear filters" all derive from this map; what a
 * filter matches in the database is in db/queries/recommendation-list.ts. Plain data, no parser
 * library: the browser bundle takes it without zod.
 */
import { healthEnum, horizonEnum, priorityEnum, recommendationStatusEnum, sideEnum, themes } from "@/db/schema/enums";
import { sideStates } from "@/lib/side-status";

/** How the filter menu names a facet and each of its values (message keys). */
interface FacetLabels {
  title: string;
  value: (value: string) => string;
}

/** A filter over a fixed list of values, shown as a facet. */
const oneOf = <const T extends readonly [string, ...string[]]>(values: T, facet: FacetLabels) =>
  ({ kind: "values", values, facet }) as const;

export const tableFilters = {
  /** Free text over code, titles and summaries in all three languages, the source excerpt and the notes. */
  q: { kind: "text" },
  status: oneOf(recommendationStatusEnum.enumValues, { title: "list.status", value: (v) => `status.${v}` }),
  /** "none" matches recommendations not assessed yet. */
  health: oneOf([...healthEnum.enumValues, "none"], {
    title: "list.health",
    value: (v) => (v === "none" ? "table.notAssessed" : `health.${v}`),
  }),
  theme: oneOf(themes, { title: "list.theme", value: (v) => `themes.${v}` }),
  horizon: oneOf(horizonEnum.enumValues, { title: "list.horizon", value: (v) => `horizon.${v}` }),
  priority: oneOf(priorityEnum.enumValues, { title: "list.priority", value: (v) => `priority.${v}` }),
  /** Agency keys (data, not a fixed list); matches recommendations that agency owns, lead or supporting. */
  agency: { kind: "keys", facet: { title: "list.agency" } },
  /** Matches recommendations with an owning agency on this side. */
  side: oneOf(sideEnum.enumValues, { title: "list.side", value: (v) => `sides.${v}` }),
  /** "yes": at least one overdue action; "no": none. */
  overdue: oneOf(["yes", "no"], { title: "list.overdue", value: (v) => `table.overdueValues.${v}` }),
  /** Each side's state rolled up from its actions (lib/side-status.ts); "no_actions" when it has none. */
  stateShenzhen: oneOf(sideStates, { title: "sideStatus.stateShenzhen", value: (v) => `sideStatus.states.${v}` }),
  stateHongKong: oneOf(sideStates, { title: "sideStatus.stateHongKong", value: (v) => `sideStatus.states.${v}` }),
  /** Archived recommendations are left out unless this is "include". */
  archived: { kind: "flag", value: "include" },
} as const;

type Filters = typeof tableFilters;
export type FilterId = keyof Filters;
export type Filter = Filters[FilterId];

/** A filter's value as the URL parser and the query schema read it. */
export type FilterValue<F> = F extends { kind: "text" }
  ? string
  : F extends { kind: "values"; values: readonly (infer V)[] }
    ? V[]
    : F extends { kind: "keys" }
      ? string[]
      : F extends { kind: "flag"; value: infer V }
        ? V
        : never;
export type FilterValues = { [K in FilterId]?: FilterValue<Filters[K]> };

export const filterIds = Object.keys(tableFilters) as FilterId[];

/** Filters that take several values: repeated or comma-separated in a URL. */
export const listFilterIds = filterIds.filter((id) => ["values", "keys"].includes(tableFilters[id].kind));

/** Faceted filters: each lists its values with how many recommendations have them, in this order. */
export type FacetId = { [K in FilterId]: Filters[K] extends { facet: object } ? K : never }[FilterId];
export const facetIds = filterIds.filter((id): id is FacetId => "facet" in tableFilters[id]);

/** Builds one thing per filter (a URL parser, a schema) from its definition, keyed by filter. */
export function perFilter<R>(build: (filter: Filter, id: FilterId) => R): Record<FilterId, R> {
  return Object.fromEntries(filterIds.map((id) => [id, build(tableFilters[id], id)])) as Record<FilterId, R>;
}
