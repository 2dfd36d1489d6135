import { z } from "zod";
import type { ListRecommendationsParams } from "@/db/queries/recommendation-list";
import { horizons, priorities, recommendationStatuses, sides, themes } from "@/db/schema/enums";
import {
  columnIds,
  groupings,
  healthFilterValues,
  MAX_PAGE_SIZE,
  MAX_SORT_KEYS,
  overdueFilterValues,
  type SortKey,
} from "@/lib/table/recommendation-view";

/** Splits `?status=a&status=b` and `?status=a,b` alike into one list. */
const commaList = z.array(z.string()).transform((list) =>
  list
    .flatMap((v) => v.split(","))
    .map((v) => v.trim())
    .filter(Boolean),
);

function multi<T extends readonly [string, ...string[]]>(values: T) {
  return commaList
    .pipe(z.array(z.enum(values, { error: (i) => `"${String(i.input)}" is not one of: ${values.join(", ")}` })))
    .optional();
}

const columnList = (name: string) =>
  commaList.pipe(
    z
      .array(
        z.enum(columnIds, { error: (i) => `"${String(i.input)}" is not a column; columns: ${columnIds.join(", ")}` }),
      )
      .refine((ids) => new Set(ids).size === ids.length, `${name} names a column twice`),
  );

const sortKeys = commaList.pipe(
  z
    .array(
      z.string().refine((key) => (columnIds as readonly string[]).includes(key.replace(/^-/, "")), {
        error: (i) =>
          `sort: "${String(i.input)}" is not a column; sort by ${columnIds.join(", ")}, with "-" for descending`,
      }),
    )
    .max(MAX_SORT_KEYS, `sort takes at most ${MAX_SORT_KEYS} columns`)
    .transform((keys) => keys as SortKey[]),
);

const NO_NUL = { message: "Search text may not contain the NUL character" };

export const recommendationListQuery = z.object({
  q: z
    .string()
    .refine((v) => !v.includes("\u0000"), NO_NUL)
    .trim()
    .max(200, "Search text is limited to 200 characters")
    .optional(),
  status: multi(recommendationStatuses),
  health: multi(healthFilterValues),
  theme: multi(themes),
  horizon: multi(horizons),
  priority: multi(priorities),
  side: multi(sides),
  overdue: multi(overdueFilterValues),
  agency: commaList
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
  page: z.coerce.number({ error: "page must be a whole number from 1" }).int().min(1).max(100_000).optional(),
  pageSize: z.coerce
    .number({ error: `pageSize must be a whole number from 1 to ${MAX_PAGE_SIZE}` })
    .int()
    .min(1)
    .max(MAX_PAGE_SIZE, `pageSize must be at most ${MAX_PAGE_SIZE}`)
    .optional(),
  archived: z.enum(["include"], { error: 'archived takes the value "include"' }).optional(),
  sort: sortKeys.optional(),
  group: z.enum(groupings, { error: `group must be one of: ${groupings.join(", ")}` }).optional(),
  /** Group values whose rows are hidden; free text because agency keys are data. */
  collapsed: commaList.pipe(z.array(z.string().max(64)).max(100)).optional(),
  /** Visible columns in display order (the table and the export). */
  cols: columnList("cols").optional(),
  /** Column widths in pixels: `title:320,code:120`. */
  widths: commaList
    .pipe(
      z.array(
        z
          .string()
          .regex(/^[a-zA-Z]+:\d{2,4}$/, "widths takes column:pixels pairs, such as title:320")
          .refine(
            (pair) => (columnIds as readonly string[]).includes(pair.split(":")[0] ?? ""),
            "widths names an unknown column",
          ),
      ),
    )
    .optional(),
  /** Columns pinned to the left edge. */
  pin: columnList("pin").optional(),
  /** The saved view this URL came from, or "none" to open without the default view. */
  view: z.string().max(64).optional(),
});

export type RecommendationListQuery = z.infer<typeof recommendationListQuery>;

const multiKeys = new Set([
  "status",
  "health",
  "theme",
  "horizon",
  "priority",
  "side",
  "overdue",
  "agency",
  "sort",
  "collapsed",
  "cols",
  "widths",
  "pin",
]);

/** Turns URL search params (or Next's searchParams object) into the shape the schema expects. */
export function searchParamsToObject(
  params: URLSearchParams | Record<string, string | string[] | undefined>,
): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  const entries: [string, string][] =
    params instanceof URLSearchParams
      ? [...params.entries()]
      : Object.entries(params).flatMap(([k, v]) =>
          v === undefined
            ? []
            : Array.isArray(v)
              ? v.map((x) => [k, x] as [string, string])
              : [[k, v] as [string, string]],
        );
  for (const [key, value] of entries) {
    if (multiKeys.has(key)) ((out[key] ??= []) as string[]).push(value);
    else if (value !== "") out[key] = value;
  }
  return out;
}

// Kept here for the list query's callers; the map is built in field-errors.ts.
export { zodFieldErrors } from "./field-errors";

/** The list query as the query layer takes it: `archived=include` becomes `includeArchived`. */
export function toListParams(query: Partial<RecommendationListQuery>): ListRecommendationsParams {
  const { q, status, health, theme, horizon, priority, side, overdue, agency } = query;
  const { page, pageSize, sort, group, collapsed, archived } = query;
  return {
    ...{ q, status, health, theme, horizon, priority, side, overdue, agency },
    ...{ page, pageSize, sort, group, collapsed },
    includeArchived: archived === "include",
  };
}
