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

function filterConditions(f: RecommendationFilters, today: string, except?: FilterKey): SQL[] {
  const where: SQL[] = [];
  const active = <K extends FilterKey>(key: K) => (key === except ? undefined : f[key]?.length ? f[key] : undefined);
  if (!f.includeArchived) where.push(isNull(recommendations.archivedAt));
  const q = f.q?.trim();
  // Its own text or its note's. A union of two trigram-index lookups: an OR with a correlated
  // subquery would read every recommendation instead.
  if (q)
    where.push(
      sql`${recommendations.id} in (select sr.id from recommendations sr where ${searchMatches(sql`sr.search_text`, q)}
        union select sn.recommendation_id from notes sn where ${searchMatches(sql`sn.search_text`, q)})`,
    );
  const status = active("status");
  if (status) where.push(inArray(recommendations.status, status));
  const health = active("health");
  if (health) {
    const assessed = health.filter((h): h is Health => h !== "none");
    const either: SQL[] = [];
    if (assessed.length) either.push(inArray(recommendations.health, assessed));
    if (health.includes("none")) either.push(isNull(recommendations.health));
    where.push(or(...either)!);
  }
  const theme = active("theme");
  if (theme) where.push(inArray(recommendations.theme, theme));
  const horizon = active("horizon");
  if (horizon) where.push(inArray(recommendations.horizon, horizon));
  const priority = active("priority");
  if (priority) where.push(inArray(recommendations.priority, priority));
  const agency = active("agency");
  const side = active("side");
  if (agency || side) {
    const match: SQL[] = [];
    if (agency) match.push(inTexts(sql`fg.key`, agency));
    if (side) match.push(inTexts(sql`fg.side::text`, side));
    where.push(
      sql`exists (select 1 from recommendation_owners fo join agencies fg on fg.id = fo.agency_id where fo.recommendation_id = ${recommendations.id} and ${sql.join(match, sql` and `)})`,
    );
  }
  const overdue = active("overdue");
  if (overdue && overdue.length === 1) {
    where.push(overdue[0] === "yes" ? isOverdue(today) : sql`not coalesce(${isOverdue(today)}, false)`);
  }
  for (const [key, side] of stateFilters) {
    const states = active(key);
    if (states)
      where.push(
        sql`${sideStateSql(side)} in (${sql.join(
          states.map((v) => sql`${v}`),
          sql`, `,
        )})`,
      );
  }
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
    ? joinGroup(withFigures(db.select({ total: count() }).from(recommendations).$dynamic(), joinFilters), group).where(visible)
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
  const byColumn = async (key: FilterKey, column: SQL) => {
    const rows = await withFigures(
      db.select({ value: sql<string>`${column}`, count: count() }).from(recommendations).$dynamic(),
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
