/**
 * The recommendations table's filters, each defined once: its values, how the URL holds it (nuqs,
 * for the page and the client table), how the server validates it (zod, for the page, the API, the
 * export and saved views) and, for a facet, how the filter menu names it and its values. The URL
 * state, the query schema, the query layer's parameter type, the facet list and "clear filters"
 * all derive from this map; what a filter matches in the database is in
 * db/queries/recommendation-list.ts. No server imports: the browser uses it too.
 */
// nuqs/server: the parsers without the "use client" hooks, so the server page and the query layer can import them.
import { parseAsArrayOf, parseAsString, parseAsStringLiteral } from "nuqs/server";
import { z } from "zod";
import { healthEnum, horizonEnum, priorityEnum, recommendationStatusEnum, sideEnum, themes } from "@/db/schema/enums";
import { commaList, NO_NUL, oneOfList } from "@/lib/validation/list-param";

/** How the filter menu names a facet (a message key) and each of its values. */
interface FacetLabels {
  title: string;
  value?: (value: string) => string;
}

function valuesFilter<const T extends readonly [string, ...string[]]>(values: T, facet: Required<FacetLabels>) {
  return {
    values,
    facet,
    url: parseAsArrayOf(parseAsStringLiteral(values)).withDefault([]),
    query: oneOfList(values),
  };
}

export const tableFilters = {
  /** Free text over code, titles and summaries in all three languages, the source excerpt and the notes. */
  q: {
    url: parseAsString.withDefault(""),
    query: z
      .string()
      .refine((v) => !v.includes("\u0000"), NO_NUL)
      .trim()
      .max(200, "Search text is limited to 200 characters")
      .optional(),
  },
  status: valuesFilter(recommendationStatusEnum.enumValues, { title: "list.status", value: (v) => `status.${v}` }),
  /** "none" matches recommendations not assessed yet. */
  health: valuesFilter([...healthEnum.enumValues, "none"], {
    title: "list.health",
    value: (v) => (v === "none" ? "table.notAssessed" : `health.${v}`),
  }),
  theme: valuesFilter(themes, { title: "list.theme", value: (v) => `themes.${v}` }),
  horizon: valuesFilter(horizonEnum.enumValues, { title: "list.horizon", value: (v) => `horizon.${v}` }),
  priority: valuesFilter(priorityEnum.enumValues, { title: "list.priority", value: (v) => `priority.${v}` }),
  /** Agency keys (data, not a fixed list); matches recommendations that agency owns, lead or supporting. */
  agency: {
    facet: { title: "list.agency" },
    url: parseAsArrayOf(parseAsString).withDefault([]),
    query: commaList
      .pipe(
        z
          .array(
            z
              .string()
              .max(64)
              .refine((v) => !v.includes("\u0000"), NO_NUL),
          )
          .max(50),
      )
      .optional(),
  },
  /** Matches recommendations with an owning agency on this side. */
  side: valuesFilter(sideEnum.enumValues, { title: "list.side", value: (v) => `sides.${v}` }),
  /** "yes": at least one overdue action; "no": none. */
  overdue: valuesFilter(["yes", "no"], { title: "list.overdue", value: (v) => `table.overdueValues.${v}` }),
  /** Archived recommendations are left out unless this is "include". */
  archived: {
    url: parseAsStringLiteral(["include"] as const),
    query: z.enum(["include"], { error: 'archived takes the value "include"' }).optional(),
  },
};

type Filters = typeof tableFilters;
export type FilterId = keyof Filters;
/** A filter's value as the query layer takes it (the parsed URL value). */
export type FilterValues = { [K in FilterId]?: NonNullable<z.output<Filters[K]["query"]>> };

export const filterIds = Object.keys(tableFilters) as FilterId[];

/** Faceted filters: each lists its values with how many recommendations have them, in this order. */
export type FacetId = { [K in FilterId]: Filters[K] extends { facet: FacetLabels } ? K : never }[FilterId];
export const facetIds = filterIds.filter((id): id is FacetId => "facet" in tableFilters[id]);
/** Filters that take several values (repeated or comma-separated in a URL): those whose schema reads a list. */
export const listFilterIds = filterIds.filter((id) => tableFilters[id].query.safeParse([]).success);

/** One part of every filter's definition, by filter: `filterParts("url")` is the filters' nuqs parsers. */
export function filterParts<P extends "url" | "query">(part: P): { [K in FilterId]: Filters[K][P] } {
  return Object.fromEntries(filterIds.map((id) => [id, tableFilters[id][part]])) as { [K in FilterId]: Filters[K][P] };
}
