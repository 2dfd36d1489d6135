import { z } from "zod";
import { english } from "@/lib/i18n/render-message";
import { fieldRef, listOf, msg, zodMessage as m, type Message } from "@/lib/i18n/server-message";
import { zodFieldMessages } from "./field-errors";
import type { ListActionsParams } from "@/db/queries/action-list";
import type { ListRecommendationsParams } from "@/db/queries/recommendation-list";
import {
  actionFilters,
  filterIdsOf,
  listFilterIdsOf,
  perFilterOf,
  tableFilters,
  type FilterMap,
} from "@/lib/table/filters";
import { actionColumnIds, actionGroupings } from "@/lib/table/action-view";
import { columnIds, groupings } from "@/lib/table/recommendation-view";
import { MAX_PAGE_SIZE, MAX_SORT_KEYS, type SortKeyOf } from "@/lib/table/view";

/** Splits `?status=a&status=b` and `?status=a,b` alike into one list. */
const commaList = z.array(z.string()).transform((list) =>
  list
    .flatMap((v) => v.split(","))
    .map((v) => v.trim())
    .filter(Boolean),
);

/** Several values, each one of `values`; a wrong one is named with the values allowed. */
function oneOfList<T extends readonly [string, ...string[]]>(values: T) {
  return commaList
    .pipe(
      z.array(
        z.enum(values, {
          error: (i) => m("validation.notOneOf", { got: String(i.input), values: listOf(values, "comma") }),
        }),
      ),
    )
    .optional();
}

const NO_NUL = { message: m("validation.searchNul") };

const columnList = <C extends readonly [string, ...string[]]>(columnIds: C, name: string) =>
  commaList.pipe(
    z
      .array(
        z.enum(columnIds, {
          error: (i) => m("validation.notAColumn", { got: String(i.input), columns: listOf(columnIds, "comma") }),
        }),
      )
      .refine((ids) => new Set(ids).size === ids.length, m("validation.columnTwice", { field: fieldRef(name) })),
  );

const sortKeys = <C extends readonly [string, ...string[]]>(columnIds: C) =>
  commaList.pipe(
    z
      .array(
        z.string().refine((key) => (columnIds as readonly string[]).includes(key.replace(/^-/, "")), {
          error: (i) => m("validation.sortColumn", { got: String(i.input), columns: listOf(columnIds, "comma") }),
        }),
      )
      .max(MAX_SORT_KEYS, m("validation.sortMax", { max: MAX_SORT_KEYS }))
      .transform((keys) => keys as SortKeyOf<C[number]>[]),
  );

const text = () =>
  z
    .string()
    .refine((v) => !v.includes("\u0000"), NO_NUL)
    .trim()
    .max(200, m("validation.searchLength"))
    .optional();
const keys = () =>
  commaList
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
    .optional();
const flag = <T extends string>(id: string, value: T) =>
  z.enum([value], { error: m("validation.flag", { field: fieldRef(id), value }) }).optional();

type FilterSchema<F> = F extends { kind: "text" }
  ? ReturnType<typeof text>
  : F extends { kind: "values"; values: infer T extends readonly [string, ...string[]] }
    ? ReturnType<typeof oneOfList<T>>
    : F extends { kind: "keys" }
      ? ReturnType<typeof keys>
      : F extends { kind: "flag"; value: infer V extends string }
        ? ReturnType<typeof flag<V>>
        : never;

/**
 * A table's list query (its filters from lib/table/filters.ts, then the view: paging, sort, grouping,
 * columns): what its page, API, export and saved views read.
 */
function listQuerySchema<
  M extends FilterMap,
  C extends readonly [string, ...string[]],
  G extends readonly [string, ...string[]],
>(filters: M, columnIds: C, groupings: G) {
  const filterSchemas = perFilterOf(filters, (filter, id) => {
    switch (filter.kind) {
      case "text":
        return text();
      case "values":
        return oneOfList(filter.values);
      case "keys":
        return keys();
      case "flag":
        return flag(id, filter.value);
    }
  }) as unknown as { [K in keyof M]: FilterSchema<M[K]> };
  return z.object({
    ...filterSchemas,
    page: z.coerce
      .number({ error: m("validation.page") })
      .int()
      .min(1)
      .max(100_000)
      .optional(),
    pageSize: z.coerce
      .number({ error: m("validation.pageSize", { max: MAX_PAGE_SIZE }) })
      .int()
      .min(1)
      .max(MAX_PAGE_SIZE, m("validation.pageSizeMax", { max: MAX_PAGE_SIZE }))
      .optional(),
    sort: sortKeys(columnIds).optional(),
    group: z
      .enum(groupings, {
        error: m("validation.oneOfNoInput", { field: fieldRef("group"), values: groupings.join(", ") }),
      })
      .optional(),
    /** Group values whose rows are hidden; free text because agency keys are data. */
    collapsed: commaList.pipe(z.array(z.string().max(64)).max(100)).optional(),
    /** Visible columns in display order (the table and the export). */
    cols: columnList(columnIds, "cols").optional(),
    /** Column widths in pixels: `title:320,code:120`. */
    widths: commaList
      .pipe(
        z.array(
          z
            .string()
            .regex(/^[a-zA-Z]+:\d{2,4}$/, m("validation.widthsFormat"))
            .refine(
              (pair) => (columnIds as readonly string[]).includes(pair.split(":")[0] ?? ""),
              m("validation.widthsColumn"),
            ),
        ),
      )
      .optional(),
    /** Columns pinned to the left edge. */
    pin: columnList(columnIds, "pin").optional(),
    /** The saved view this URL came from, or "none" to open without the default view. */
    view: z.string().max(64).optional(),
  });
}

/** The recommendations list's query. */
export const recommendationListQuery = listQuerySchema(tableFilters, columnIds, groupings);
/** The All actions list's query. */
export const actionListQuery = listQuerySchema(actionFilters, actionColumnIds, actionGroupings);

export type RecommendationListQuery = z.infer<typeof recommendationListQuery>;
export type ActionListQuery = z.infer<typeof actionListQuery>;

/** Keys that take several values in either table: repeated keys are collected, not overwritten. */
const multiKeys = new Set<string>([
  ...listFilterIdsOf(tableFilters),
  ...listFilterIdsOf(actionFilters),
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
export { zodFieldErrors, zodFieldMessages } from "./field-errors";

/** "field: message message", for each field of a link that was ignored. */
export function linkProblems(fields: Record<string, Message[]>): Message[] {
  return Object.entries(fields).map(([field, messages]) =>
    msg("validation.linkProblem", { field, messages: listOf(messages, "sentences") }),
  );
}

/**
 * A list page's link, read leniently: a hand-edited link with a bad value shows the view without that
 * part, and `problems` says which parts were ignored and why (the page shows them, rendered in the
 * reader's language; `say` renders them, English by default).
 */
export function parseListLink<S extends z.ZodType<object>>(
  schema: S,
  raw: Record<string, string | string[]>,
  say: (message: Message) => string = english,
): { query: Partial<z.output<S>>; problems: string[] } {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return { query: parsed.data, problems: [] };
  const fields = zodFieldMessages(parsed.error);
  const problems = linkProblems(fields).map(say);
  const valid = schema.safeParse(Object.fromEntries(Object.entries(raw).filter(([key]) => !(key in fields))));
  return { query: valid.success ? valid.data : {}, problems };
}

/** The filters of a list query as the query layer takes them: `archived=include` as `includeArchived`. */
function filterParams<M extends FilterMap>(filters: M, query: Record<string, unknown>) {
  return Object.fromEntries(
    filterIdsOf(filters)
      .filter((id) => id !== "archived")
      .map((id) => [id, query[id]]),
  );
}

/** The list query as the query layer takes it: the filters, `archived=include` as `includeArchived`, the view. */
export function toListParams(query: Partial<RecommendationListQuery>): ListRecommendationsParams {
  const { archived, page, pageSize, sort, group, collapsed } = query;
  const filters = filterParams(tableFilters, query);
  return { ...filters, page, pageSize, sort, group, collapsed, includeArchived: archived === "include" };
}

/** The All actions query as the query layer takes it. */
export function toActionListParams(query: Partial<ActionListQuery>): ListActionsParams {
  const { archived, page, pageSize, sort, group, collapsed } = query;
  const filters = filterParams(actionFilters, query);
  return { ...filters, page, pageSize, sort, group, collapsed, includeArchived: archived === "include" };
}
