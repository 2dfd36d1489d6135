/**
 * The tables' filters (the recommendations table's and All actions'), each defined once: what kind of value it takes, its values
 * (enums from the database schema) and, for a facet, how the filter menu names it and its values.
 * The URL state (url-state.ts), the server's query schema (lib/validation/search-params.ts), the
 * query layer's parameter type, the facet list and "clear filters" all derive from this map; what a
 * filter matches in the database is in db/queries/recommendation-list.ts and action-list.ts. Plain data, no parser
 * library: the browser bundle takes it without zod.
 */
import {
  acceptanceEnum,
  actionStatusEnum,
  healthEnum,
  horizonEnum,
  priorityEnum,
  recommendationStatusEnum,
  sideEnum,
  themes,
} from "@/db/schema/enums";
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
  /** The acceptance decision (the dashboard's "accepted": accepted or partially accepted, lib/lifecycle.ts ACCEPTED). */
  acceptance: oneOf(acceptanceEnum.enumValues, {
    title: "dashboard.filters.acceptance",
    value: (v) => `acceptance.${v}`,
  }),
  /**
   * "yes": implemented, verified, or closed with the closure reason "implemented" (the dashboard's
   * implementation rate counts these); "no": anything else.
   */
  implemented: oneOf(["yes", "no"], {
    title: "dashboard.filters.implemented",
    value: (v) => `dashboard.filters.implementedValues.${v}`,
  }),
  /**
   * Age in months, counted from the source report's publication date (or, without one, the day the
   * recommendation was entered) to today: the dashboard's age buckets (db/queries/dashboard.ts).
   */
  age: oneOf(["lt6", "6to12", "12to24", "gt24"], {
    title: "dashboard.filters.age",
    value: (v) => `dashboard.age.${v}`,
  }),
  /** Archived recommendations are left out unless this is "include". */
  archived: { kind: "flag", value: "include" },
} as const;

/** The age buckets of the recommendations table's "age" filter and the dashboard's age chart. */
export const ageBuckets = tableFilters.age.values;
export type AgeBucket = (typeof ageBuckets)[number];

/** When an action is due, relative to today: the All actions table's "due" facet. */
export const dueBuckets = ["overdue", "week", "month", "later", "none"] as const;
export type DueBucket = (typeof dueBuckets)[number];

/** The All actions table's filters; what each matches is in db/queries/action-list.ts. */
export const actionFilters = {
  /** Free text over the action's title and description and its recommendation's code and titles. */
  q: { kind: "text" },
  /** Agency keys: the agency the action is assigned to. */
  agency: { kind: "keys", facet: { title: "list.agency" } },
  /** The side of the action's agency. */
  side: oneOf(sideEnum.enumValues, { title: "list.side", value: (v) => `sides.${v}` }),
  status: oneOf(actionStatusEnum.enumValues, { title: "list.status", value: (v) => `actionStatus.${v}` }),
  /**
   * overdue: open and past its due date; week: due in the next 7 days (today included); month: in
   * the 8th to 30th day; later: after that; none: no due date. A finished action due in the past is
   * in none of them.
   */
  due: oneOf(dueBuckets, { title: "allActions.due", value: (v) => `allActions.dueValues.${v}` }),
  /** Actions of archived recommendations are left out unless this is "include". */
  archived: { kind: "flag", value: "include" },
} as const;

/** Any table's filter map. */
export type FilterMap = Record<string, Filter>;
type Filters = typeof tableFilters;
export type FilterId = keyof Filters;
export type Filter =
  | { readonly kind: "text" }
  | { readonly kind: "values"; readonly values: readonly [string, ...string[]]; readonly facet: FacetLabels }
  | { readonly kind: "keys"; readonly facet: { readonly title: string } }
  | { readonly kind: "flag"; readonly value: string };

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
export type FilterValuesOf<M> = { [K in keyof M]?: FilterValue<M[K]> };
export type FilterValues = FilterValuesOf<Filters>;

/** Faceted filters: each lists its values with how many rows have them, in this order. */
export type FacetIdOf<M> = { [K in keyof M]: M[K] extends { facet: object } ? K : never }[keyof M];
export type FacetId = FacetIdOf<Filters>;

export const filterIdsOf = <M extends FilterMap>(filters: M) => Object.keys(filters) as (keyof M & string)[];
/** Filters that take several values: repeated or comma-separated in a URL. */
export const listFilterIdsOf = <M extends FilterMap>(filters: M) =>
  filterIdsOf(filters).filter((id) => ["values", "keys"].includes(filters[id]!.kind));
export const facetIdsOf = <M extends FilterMap>(filters: M) =>
  filterIdsOf(filters).filter((id): id is FacetIdOf<M> & string => "facet" in filters[id]!);

export const filterIds = filterIdsOf(tableFilters);
export const listFilterIds = listFilterIdsOf(tableFilters);
export const facetIds = facetIdsOf(tableFilters);

/** Builds one thing per filter (a URL parser, a schema) from its definition, keyed by filter. */
export function perFilterOf<M extends FilterMap, R>(
  filters: M,
  build: (filter: Filter, id: keyof M & string) => R,
): Record<keyof M, R> {
  return Object.fromEntries(filterIdsOf(filters).map((id) => [id, build(filters[id]!, id)])) as Record<keyof M, R>;
}

export function perFilter<R>(build: (filter: Filter, id: FilterId) => R): Record<FilterId, R> {
  return perFilterOf(tableFilters, build);
}
