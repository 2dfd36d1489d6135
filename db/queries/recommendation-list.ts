/**
 * The recommendations table's query: filters, multi-column sort, grouping, facet counts and paging all
 * run in the database, so a page costs the same at 42 recommendations as at 10,000.
 */
import { and, asc, count, eq, inArray, isNull, or, sql, type SQL } from "drizzle-orm";
import { alias, type PgSelect } from "drizzle-orm/pg-core";
import type { DatabaseHandle, DbOrTx } from "../index";
import { cacheKey, cachedRead } from "./list-cache";
import {
  agencies,
  recommendationFigures,
  recommendationOwners,
  recommendations,
  sourceDocuments,
  type Health,
  type Side,
} from "../schema";
import type { ReportingSide } from "@/lib/side-status";
import { horizons, recommendationStatuses, themes } from "../schema/enums";
import {
  DEFAULT_PAGE_SIZE,
  MAX_PAGE_SIZE,
  parseSortKey,
  type ColumnId,
  type Grouping,
  type SortKey,
} from "@/lib/table/recommendation-view";
import { facetIds, type FacetId, type FilterValues } from "@/lib/table/filters";
import { loadOwnersAndActions, todayUtc, toRecommendationView } from "./recommendations";
import { sideProgressSql, sideStateSql } from "./side-status";
import { inTexts, pageOf, positionIn, searchMatches } from "./list-sql";
import { selectRows } from "../rows";

/** The table's filters (defined in lib/table/filters.ts); what each matches is in filterConditions below. */
export type RecommendationFilters = Omit<FilterValues, "archived"> & { includeArchived?: boolean };

export interface ListRecommendationsParams extends RecommendationFilters {
  page?: number;
  pageSize?: number;
  sort?: SortKey[];
  group?: Grouping;
  /** Group keys whose rows are left out (their headers and counts stay). */
  collapsed?: string[];
  /** The day against which actions are overdue, YYYY-MM-DD; today (UTC) by default. */
  today?: string;
}

export { MAX_PAGE_SIZE };

// Per-recommendation figures from its actions are columns of recommendation_figures (db/schema/figures.ts),
// joined to every statement below, so filters and sorts by them read a row instead of counting actions.
// Overdue depends on the day, which changes without any write, so it is derived here from what is
// stored (the open actions' due dates) against `today`: a recommendation is overdue when its next open
// due date is before today, and its overdue count is how many of its open due dates are.
const figures = recommendationFigures;
const overdueCount = (today: string) =>
  sql<number>`(select count(*) from unnest(${figures.openDue}) od where od < ${today}::date)`;
const isOverdue = (today: string) => sql`${figures.nextDue} < ${today}::date`;
const nextDue = sql`${figures.nextDue}`;
/** The figures row of each recommendation (every recommendation has one: migration 0008's triggers). */
const withFigures = <T extends PgSelect>(query: T, needed = true): T =>
  needed ? (query.innerJoin(figures, eq(figures.recommendationId, recommendations.id)) as unknown as T) : query;

/** Whether these filters, or this sort, read the figures (the plain page's count then skips the join). */
const figureColumns: readonly ColumnId[] = ["progressShenzhen", "progressHongKong", "nextDue", "overdue"];
const filtersNeedFigures = (f: RecommendationFilters) =>
  f.overdue?.length === 1 || Boolean(f.stateShenzhen?.length) || Boolean(f.stateHongKong?.length);
const sortNeedsFigures = (sort: readonly SortKey[] = []) =>
  sort.some((k) => figureColumns.includes(parseSortKey(k).id));
const sideLead = (side: Side) =>
  sql`(select min(lg.abbreviation) from recommendation_owners lo join agencies lg on lg.id = lo.agency_id where lo.recommendation_id = ${recommendations.id} and lo.role = 'lead' and lg.side = ${side})`;

function sortExpression(id: ColumnId, today: string): SQL {
  switch (id) {
    case "code":
      return sql`${recommendations.code}`;
    case "title":
      return sql`lower(${recommendations.titleEn})`;
    case "theme":
      return positionIn(recommendations.theme, themes);
    case "horizon":
      return sql`${recommendations.horizon}`;
    case "priority":
      return sql`${recommendations.priority}`;
    case "status":
      return sql`${recommendations.status}`;
    case "health":
      return sql`${recommendations.health}`;
    case "leadShenzhen":
      return sideLead("shenzhen");
    case "leadHongKong":
      return sideLead("hong_kong");
    case "progressShenzhen":
      return sideProgressSql("shenzhen");
    case "progressHongKong":
      return sideProgressSql("hong_kong");
    case "nextDue":
      return nextDue;
    case "overdue":
      return overdueCount(today);
    case "target":
      return sql`${recommendations.targetDate}`;
    case "updated":
      return sql`${recommendations.updatedAt}`;
  }
}

function orderBy(sort: readonly SortKey[] = [], today: string): SQL[] {
  const keys = sort.map(parseSortKey);
  // Empty values go last whichever the direction; the code breaks ties so paging is stable.
  const order = keys.map(
    ({ id, desc }) => sql`${sortExpression(id, today)} ${sql.raw(desc ? "desc" : "asc")} nulls last`,
  );
  if (!keys.some((k) => k.id === "code")) order.push(asc(recommendations.code));
  return order;
}

type FilterKey = Exclude<keyof RecommendationFilters, "includeArchived" | "q">;

/** The side-state filters and the side each one is about. */
const stateFilters = [
  ["stateShenzhen", "shenzhen"],
  ["stateHongKong", "hong_kong"],
] as const satisfies readonly (readonly [FilterKey, ReportingSide])[];

/** The filters that are not facets: archived, and the text search. */
function baseConditions(f: RecommendationFilters): SQL[] {
  const where: SQL[] = [];
  if (!f.includeArchived) where.push(isNull(recommendations.archivedAt));
  const q = f.q?.trim();
  // Its own text or its note's. A union of two trigram-index lookups: an OR with a correlated
  // subquery would read every recommendation instead.
  if (q)
    where.push(
      sql`${recommendations.id} in (select sr.id from recommendations sr where ${searchMatches(sql`sr.search_text`, q)}
        union select sn.recommendation_id from notes sn where ${searchMatches(sql`sn.search_text`, q)})`,
    );
  return where;
}

/** The facets over the recommendation's own row or its figures (agency and side are owners': ownerCondition). */
const rowFacets = [
  "status",
  "health",
  "theme",
  "horizon",
  "priority",
  "overdue",
  "stateShenzhen",
  "stateHongKong",
  "acceptance",
  "implemented",
  "age",
] as const satisfies readonly FilterKey[];
type RowFacet = (typeof rowFacets)[number];

/**
 * Implemented, verified, or closed as implemented: what the dashboard's implementation rate counts
 * (with an acceptance of accepted or partially accepted, lib/lifecycle.ts ACCEPTED).
 */
export const isImplementedSql = sql`(${recommendations.status} in ('implemented', 'verified') or (${recommendations.status} = 'closed' and ${recommendations.closureReason} = 'implemented'))`;

/**
 * The day a recommendation's age counts from: its source report's publication date, or the day it
 * was entered when the report gives none.
 */
export const ageFromSql = sql`coalesce((select ad.published_on from source_documents ad where ad.id = ${recommendations.sourceDocumentId}), (${recommendations.createdAt} at time zone 'UTC')::date)`;

/** The age bucket (lib/table/filters.ts ageBuckets) of a recommendation on `today`. */
export const ageBucketSql = (today: string) => sql<string>`case
    when ${ageFromSql} > ${today}::date - interval '6 months' then 'lt6'
    when ${ageFromSql} > ${today}::date - interval '12 months' then '6to12'
    when ${ageFromSql} > ${today}::date - interval '24 months' then '12to24'
    else 'gt24' end`;

/** What a chosen row facet matches; undefined when nothing is chosen (or both overdue values are). */
function rowCondition(f: RecommendationFilters, today: string, key: RowFacet): SQL | undefined {
  const values = f[key]?.length ? f[key] : undefined;
  if (!values) return undefined;
  switch (key) {
    case "status":
      return inArray(recommendations.status, f.status!);
    case "health": {
      const assessed = f.health!.filter((h): h is Health => h !== "none");
      const either: SQL[] = [];
      if (assessed.length) either.push(inArray(recommendations.health, assessed));
      if (f.health!.includes("none")) either.push(isNull(recommendations.health));
      return or(...either)!;
    }
    case "theme":
      return inArray(recommendations.theme, f.theme!);
    case "horizon":
      return inArray(recommendations.horizon, f.horizon!);
    case "priority":
      return inArray(recommendations.priority, f.priority!);
    case "acceptance":
      return inArray(recommendations.acceptance, f.acceptance!);
    case "implemented":
      if (f.implemented!.length !== 1) return undefined;
      return f.implemented![0] === "yes" ? isImplementedSql : sql`not ${isImplementedSql}`;
    case "age":
      return inTexts(ageBucketSql(today), f.age!);
    case "overdue":
      if (f.overdue!.length !== 1) return undefined;
      return f.overdue![0] === "yes" ? isOverdue(today) : sql`not coalesce(${isOverdue(today)}, false)`;
    case "stateShenzhen":
    case "stateHongKong": {
      const side = stateFilters.find(([k]) => k === key)![1];
      return sql`${sideStateSql(side)} in (${sql.join(
        values.map((v) => sql`${v}`),
        sql`, `,
      )})`;
    }
  }
}

/** An owning agency with the chosen keys and on the chosen sides (one owner meeting both). */
function ownerCondition(agency: readonly string[] | undefined, side: readonly string[] | undefined): SQL | undefined {
  if (!agency?.length && !side?.length) return undefined;
  const match: SQL[] = [];
  if (agency?.length) match.push(inTexts(sql`fg.key`, agency));
  if (side?.length) match.push(inTexts(sql`fg.side::text`, side));
  return sql`exists (select 1 from recommendation_owners fo join agencies fg on fg.id = fo.agency_id where fo.recommendation_id = ${recommendations.id} and ${sql.join(match, sql` and `)})`;
}

/**
 * The list's WHERE for these filters, over `recommendations` joined to `recommendation_figures`
 * (withFigures): what the dashboard (db/queries/dashboard.ts) counts by, so a figure and the list
 * filtered to it agree row for row.
 */
export function recommendationFilterWhere(f: RecommendationFilters, today: string): SQL | undefined {
  return and(...filterConditions(f, today));
}

function filterConditions(f: RecommendationFilters, today: string, except?: FilterKey): SQL[] {
  const where = baseConditions(f);
  for (const key of rowFacets) {
    const condition = key === except ? undefined : rowCondition(f, today, key);
    if (condition) where.push(condition);
  }
  const owner = ownerCondition(except === "agency" ? undefined : f.agency, except === "side" ? undefined : f.side);
  if (owner) where.push(owner);
  return where;
}

/** Lead agencies for "group by agency": a recommendation appears under each of its lead agencies. */
const groupAgency = alias(agencies, "group_agency");
const groupOwner = alias(recommendationOwners, "group_owner");

function groupKey(group: Grouping): SQL<string | null> {
  switch (group) {
    case "status":
      return sql`${recommendations.status}::text`;
    case "theme":
      return sql`${recommendations.theme}`;
    case "horizon":
      return sql`${recommendations.horizon}::text`;
    case "agency":
      return sql`${groupAgency.key}`;
  }
}

function groupOrder(group: Grouping): SQL {
  switch (group) {
    case "status":
      return positionIn(recommendations.status, recommendationStatuses);
    case "theme":
      return positionIn(recommendations.theme, themes);
    case "horizon":
      return positionIn(recommendations.horizon, horizons);
    case "agency":
      return sql`${groupAgency.side}, ${groupAgency.abbreviation}`;
  }
}

/** Rows are recommendations, or (recommendation, lead agency) pairs when grouped by agency. */
function joinGroup<T extends PgSelect>(query: T, group?: Grouping): T {
  if (group !== "agency") return query;
  // The selected fields are explicit, so the joins don't change the row type.
  return query
    .leftJoin(groupOwner, and(eq(groupOwner.recommendationId, recommendations.id), eq(groupOwner.role, "lead")))
    .leftJoin(groupAgency, eq(groupAgency.id, groupOwner.agencyId)) as unknown as T;
}

/**
 * The statements behind one page of the table (the total, the rows, the group counts), built in one
 * place so the benchmark (bench/list-queries.ts) can EXPLAIN exactly what the list runs.
 */
export function buildListStatements(db: DbOrTx, params: ListRecommendationsParams = {}) {
  const today = params.today ?? todayUtc();
  const { page, pageSize } = pageOf(params, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE);
  const filters = filterConditions(params, today);
  const where = and(...filters);
  const joinFilters = filtersNeedFigures(params);
  const total = withFigures(db.select({ total: count() }).from(recommendations).$dynamic(), joinFilters).where(where);

  const group = params.group;
  const key = group ? groupKey(group) : sql<null>`null`;
  const collapsed = group && params.collapsed?.length ? params.collapsed : [];
  // A collapsed group's rows stay out of the page; the empty key (no lead agency) collapses as "".
  const visible = collapsed.length ? and(where, sql`not ${inTexts(sql`coalesce(${key}, '')`, collapsed)}`) : where;
  const rows = joinGroup(
    withFigures(
      db.select({ rec: recommendations, document: sourceDocuments, group: key }).from(recommendations).$dynamic(),
      joinFilters || sortNeedsFigures(params.sort),
    ),
    group,
  )
    .leftJoin(sourceDocuments, eq(sourceDocuments.id, recommendations.sourceDocumentId))
    .where(visible)
    .orderBy(...(group ? [sql`${groupOrder(group)} nulls last`] : []), ...orderBy(params.sort, today))
    .limit(pageSize)
    .offset((page - 1) * pageSize);
  // Without grouping the row total is the total: no second count.
  const rowTotal = group
    ? joinGroup(withFigures(db.select({ total: count() }).from(recommendations).$dynamic(), joinFilters), group).where(
        visible,
      )
    : null;
  const groups = group
    ? joinGroup(withFigures(db.select({ key, count: count() }).from(recommendations).$dynamic(), joinFilters), group)
        .where(where)
        .groupBy(key, groupOrder(group))
        .orderBy(sql`${groupOrder(group)} nulls last`)
    : null;
  return { page, pageSize, total, rows, rowTotal, groups, today };
}

export interface GroupCount {
  /** The group's value (a status, theme or horizon, or an agency key); "" for "no lead agency". */
  key: string;
  count: number;
}

export async function listRecommendations(db: DbOrTx, params: ListRecommendationsParams = {}) {
  const statements = buildListStatements(db, params);
  const { page, pageSize } = statements;
  // One connection in PGlite runs these one after the other anyway; postgres.js pipelines them.
  const [[totalRow], rows, rowTotalRows, groupRows] = await Promise.all([
    statements.total,
    statements.rows as Promise<
      {
        rec: typeof recommendations.$inferSelect;
        document: typeof sourceDocuments.$inferSelect | null;
        group: string | null;
      }[]
    >,
    (statements.rowTotal ?? Promise.resolve(null)) as Promise<{ total: number }[] | null>,
    (statements.groups ?? Promise.resolve([])) as Promise<{ key: string | null; count: number }[]>,
  ]);
  const details = await loadOwnersAndActions(db, [...new Set(rows.map((r) => r.rec.id))], statements.today);
  const items = rows.map(({ rec, document, group }) => ({
    ...toRecommendationView(rec, document, details, statements.today),
    group: group ?? (params.group ? "" : null),
  }));
  const groups: GroupCount[] = groupRows.map((g) => ({ key: g.key ?? "", count: Number(g.count) }));
  return {
    items,
    total: Number(totalRow?.total ?? 0),
    rowTotal: Number((rowTotalRows ? rowTotalRows[0] : totalRow)?.total ?? 0),
    page,
    pageSize,
    groups,
  };
}

export type ListItem = Awaited<ReturnType<typeof listRecommendations>>["items"][number];

/**
 * How many recommendations each filter value would match, given the other filters: the counts next to
 * each choice in the faceted filters (choosing a value of one facet narrows the others, not itself).
 */
export async function facetCounts(
  db: DbOrTx,
  filters: RecommendationFilters,
  today = todayUtc(),
): Promise<Record<FacetId, Record<string, number>>> {
  // One statement was faster than one per facet in three of four cases on PostgreSQL (bench/RESULTS.md).
  return facetCountsInOneStatement(db, filters, today);
}

/**
 * The same counts as one statement per facet, each under the other facets' filters: the reference the
 * tests hold facetCountsInOneStatement to, and the form it was measured against.
 */
export async function facetCountsPerFacet(
  db: DbOrTx,
  filters: RecommendationFilters,
  today = todayUtc(),
): Promise<Record<FacetId, Record<string, number>>> {
  const byColumn = async (key: FilterKey, column: SQL) => {
    const rows = await withFigures(
      db
        .select({ value: sql<string>`${column}`, count: count() })
        .from(recommendations)
        .$dynamic(),
    )
      .where(and(...filterConditions(filters, today, key)))
      // By position: an expression with bound parameters would not match itself in GROUP BY.
      .groupBy(sql`1`);
    return Object.fromEntries(rows.map((r) => [r.value ?? "none", Number(r.count)]));
  };
  const byOwner = async (key: "agency" | "side", column: SQL) => {
    const rows = await db
      .select({ value: sql<string>`${column}`, count: sql<number>`count(distinct ${recommendations.id})` })
      .from(recommendations)
      .innerJoin(figures, eq(figures.recommendationId, recommendations.id))
      .innerJoin(recommendationOwners, eq(recommendationOwners.recommendationId, recommendations.id))
      .innerJoin(agencies, eq(agencies.id, recommendationOwners.agencyId))
      .where(and(...filterConditions(filters, today, key)))
      .groupBy(sql`1`);
    return Object.fromEntries(rows.map((r) => [r.value, Number(r.count)]));
  };
  // What each facet counts by; a recommendation counts once per owning agency (or side) it has.
  const counts: Record<FacetId, () => Promise<Record<string, number>>> = {
    status: () => byColumn("status", sql`${recommendations.status}::text`),
    health: () => byColumn("health", sql`${recommendations.health}::text`),
    theme: () => byColumn("theme", sql`${recommendations.theme}`),
    horizon: () => byColumn("horizon", sql`${recommendations.horizon}::text`),
    priority: () => byColumn("priority", sql`${recommendations.priority}::text`),
    agency: () => byOwner("agency", sql`${agencies.key}`),
    side: () => byOwner("side", sql`${agencies.side}::text`),
    overdue: () => byColumn("overdue", sql`case when ${isOverdue(today)} then 'yes' else 'no' end`),
    stateShenzhen: () => byColumn("stateShenzhen", sideStateSql("shenzhen")),
    stateHongKong: () => byColumn("stateHongKong", sideStateSql("hong_kong")),
    acceptance: () => byColumn("acceptance", sql`${recommendations.acceptance}::text`),
    implemented: () => byColumn("implemented", sql`case when ${isImplementedSql} then 'yes' else 'no' end`),
    age: () => byColumn("age", ageBucketSql(today)),
  };
  // Together: PostgreSQL runs them on several pooled connections; PGlite queues them on its one.
  const results = await Promise.all(facetIds.map((id) => counts[id]()));
  return Object.fromEntries(facetIds.map((id, i) => [id, results[i]!])) as Record<FacetId, Record<string, number>>;
}

/**
 * listRecommendations and facetCounts through the per-data-version cache (./list-cache.ts), for the
 * process's own database (never a transaction). Same answers; the day is part of the key.
 */
export function listRecommendationsCached(handle: DatabaseHandle, params: ListRecommendationsParams = {}) {
  const keyed = { ...params, today: params.today ?? todayUtc() };
  return cachedRead(handle, cacheKey("recommendations.list", keyed), () => listRecommendations(handle.db, keyed));
}

export function facetCountsCached(handle: DatabaseHandle, filters: RecommendationFilters, today = todayUtc()) {
  return cachedRead(handle, cacheKey("recommendations.facets", { filters, today }), () =>
    facetCounts(handle.db, filters, today),
  );
}

/** What each row facet counts by, in the base rows of facetCountsInOneStatement. */
function rowFacetValue(key: RowFacet, today: string): SQL {
  switch (key) {
    case "status":
      return sql`${recommendations.status}::text`;
    case "health":
      return sql`${recommendations.health}::text`;
    case "theme":
      return sql`${recommendations.theme}`;
    case "horizon":
      return sql`${recommendations.horizon}::text`;
    case "priority":
      return sql`${recommendations.priority}::text`;
    case "overdue":
      return sql`case when ${isOverdue(today)} then 'yes' else 'no' end`;
    case "stateShenzhen":
      return sql`${figures.shenzhenState}`;
    case "stateHongKong":
      return sql`${figures.hongKongState}`;
    case "acceptance":
      return sql`${recommendations.acceptance}::text`;
    case "implemented":
      return sql`case when ${isImplementedSql} then 'yes' else 'no' end`;
    case "age":
      return ageBucketSql(today);
  }
}

/**
 * facetCounts in one statement: the rows the non-facet filters keep (archived, search), each with its
 * facet values and whether each facet's choice keeps it, then GROUPING SETS over the row facets (each
 * counted under the other facets' choices) and over the owners' agencies and sides.
 */
export async function facetCountsInOneStatement(
  db: DbOrTx,
  filters: RecommendationFilters,
  today = todayUtc(),
): Promise<Record<FacetId, Record<string, number>>> {
  const base = baseConditions(filters);
  const yes = sql`true`;
  // An owner condition as an uncorrelated IN, which PostgreSQL runs once as a hashed subplan.
  const ownerIn = (agency?: readonly string[], side?: readonly string[]) => {
    if (!agency?.length && !side?.length) return yes;
    const match: SQL[] = [];
    if (agency?.length) match.push(inTexts(sql`fg.key`, agency));
    if (side?.length) match.push(inTexts(sql`fg.side::text`, side));
    return sql`${recommendations.id} in (select fo.recommendation_id from recommendation_owners fo join agencies fg on fg.id = fo.agency_id where ${sql.join(match, sql` and `)})`;
  };
  const col = (name: string) => sql.raw(`"${name}"`);
  const matches = (except?: RowFacet) =>
    sql.join(
      rowFacets.filter((k) => k !== except).map((k) => col(`m_${k}`)),
      sql` and `,
    );
  const statement = sql`with base as materialized (
    select ${recommendations.id} as id,
      ${sql.join(
        rowFacets.map((k) => sql`${rowFacetValue(k, today)} as ${col(`v_${k}`)}`),
        sql`, `,
      )},
      ${sql.join(
        rowFacets.map((k) => sql`coalesce(${rowCondition(filters, today, k) ?? yes}, false) as ${col(`m_${k}`)}`),
        sql`, `,
      )},
      ${ownerIn(filters.agency, filters.side)} as m_owner,
      ${ownerIn(undefined, filters.side)} as m_owner_but_agency,
      ${ownerIn(filters.agency, undefined)} as m_owner_but_side
    from ${recommendations} inner join ${figures} on ${figures.recommendationId} = ${recommendations.id}
    ${base.length ? sql`where ${and(...base)}` : sql``}
  ), by_row as (
    select grouping(${sql.join(
      rowFacets.map((k) => col(`v_${k}`)),
      sql`, `,
    )}) as g,
      ${sql.join(
        rowFacets.map((k) => col(`v_${k}`)),
        sql`, `,
      )},
      ${sql.join(
        rowFacets.map((k) => sql`count(*) filter (where ${matches(k)} and m_owner) as ${col(`c_${k}`)}`),
        sql`, `,
      )}
    from base group by grouping sets (${sql.join(
      rowFacets.map((k) => sql`(${col(`v_${k}`)})`),
      sql`, `,
    )})
  ), by_owner as (
    select grouping(og.key, og.side) as g, og.key as agency, og.side::text as side,
      count(distinct b.id) filter (where ${matches()} and m_owner_but_agency) as c_agency,
      count(distinct b.id) filter (where ${matches()} and m_owner_but_side) as c_side
    from base b join recommendation_owners oo on oo.recommendation_id = b.id join agencies og on og.id = oo.agency_id
    group by grouping sets ((og.key), (og.side))
  )
  select (select coalesce(json_agg(by_row), '[]') from by_row) as by_row,
    (select coalesce(json_agg(by_owner), '[]') from by_owner) as by_owner`;
  const [result] = await selectRows<{ by_row: unknown; by_owner: unknown }>(db, statement);
  const parse = (v: unknown) => (typeof v === "string" ? JSON.parse(v) : v) as Record<string, string | number | null>[];
  const out = Object.fromEntries(facetIds.map((id) => [id, {} as Record<string, number>])) as Record<
    FacetId,
    Record<string, number>
  >;
  const all = (1 << rowFacets.length) - 1;
  for (const r of parse(result!.by_row)) {
    rowFacets.forEach((k, i) => {
      // GROUPING's bit for an argument is 0 when the set groups by it; the first argument is the highest bit.
      if (Number(r.g) !== all - (1 << (rowFacets.length - 1 - i))) return;
      const n = Number(r[`c_${k}`]);
      if (n > 0) out[k][String(r[`v_${k}`] ?? "none")] = n;
    });
  }
  for (const r of parse(result!.by_owner)) {
    if (Number(r.g) === 1 && Number(r.c_agency) > 0) out.agency[String(r.agency)] = Number(r.c_agency);
    if (Number(r.g) === 2 && Number(r.c_side) > 0) out.side[String(r.side)] = Number(r.c_side);
  }
  return out;
}

/**
 * The ids of the recommendations the list's filters match (archived ones only with includeArchived),
 * narrowed by `also`: the same conditions as the list, for what works on a filtered set as a whole
 * (a reporting round's scope).
 */
export async function matchingRecommendationIds(
  db: DbOrTx,
  filters: RecommendationFilters,
  also: SQL[] = [],
  today = todayUtc(),
): Promise<string[]> {
  const query = withFigures(
    db.select({ id: recommendations.id }).from(recommendations).$dynamic(),
    filtersNeedFigures(filters),
  )
    .where(and(...filterConditions(filters, today), ...also))
    .orderBy(asc(recommendations.code));
  return (await query).map((r) => r.id);
}
