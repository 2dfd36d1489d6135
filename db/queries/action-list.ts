/**
 * The All actions table's query: every action across recommendations, with filters, multi-column
 * sort, grouping, facet counts and paging run in the database (like recommendation-list.ts), so a
 * page costs the same at 200 actions as at 50,000.
 */
import { and, asc, count, eq, inArray, isNull, or, sql, type SQL } from "drizzle-orm";
import type { PgSelect } from "drizzle-orm/pg-core";
import type { DatabaseHandle, DbOrTx } from "../index";
import { cacheKey, cachedRead } from "./list-cache";
import { actions, agencies, recommendationOwners, recommendations, users } from "../schema";
import { actionStatuses, sides } from "../schema/enums";
import {
  parseActionSortKey,
  type ActionColumnId,
  type ActionGrouping,
  type ActionSortKey,
} from "@/lib/table/action-view";
import { actionFilters, facetIdsOf, type DueBucket, type FacetIdOf, type FilterValuesOf } from "@/lib/table/filters";
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from "@/lib/table/view";
import { todayUtc } from "./recommendations";
import { inTexts, pageOf, positionIn, searchMatches } from "./list-sql";
import { actionTexts } from "./action-order";

/** The table's filters (defined in lib/table/filters.ts); what each matches is in filterConditions below. */
export type ActionFilters = Omit<FilterValuesOf<typeof actionFilters>, "archived"> & { includeArchived?: boolean };
export type ActionFacetId = FacetIdOf<typeof actionFilters>;
export const actionFacetIds = facetIdsOf(actionFilters);

export interface ListActionsParams extends ActionFilters {
  page?: number;
  pageSize?: number;
  sort?: ActionSortKey[];
  group?: ActionGrouping;
  /** Group keys whose rows are left out (their headers and counts stay). */
  collapsed?: string[];
  /** The day against which actions are overdue, YYYY-MM-DD; today (UTC) by default. */
  today?: string;
}

const open = sql`${actions.status} not in ('done', 'cancelled')`;

/** Days past the due date of an open action; null when it is not overdue. */
const overdueBy = (today: string) =>
  sql<
    number | null
  >`case when ${open} and ${actions.dueDate} < ${today}::date then ${today}::date - ${actions.dueDate} end`;

/** The due-date bucket of the "due" facet (see actionFilters.due); null for a finished action due in the past. */
const dueBucket = (today: string) =>
  sql<DueBucket | null>`case
    when ${actions.dueDate} is null then 'none'
    when ${actions.dueDate} < ${today}::date then case when ${open} then 'overdue' end
    when ${actions.dueDate} < ${today}::date + 7 then 'week'
    when ${actions.dueDate} < ${today}::date + 30 then 'month'
    else 'later' end`;

function dueCondition(bucket: DueBucket, today: string): SQL {
  const due = actions.dueDate;
  switch (bucket) {
    case "overdue":
      return sql`(${open} and ${due} < ${today}::date)`;
    case "week":
      return sql`(${due} >= ${today}::date and ${due} < ${today}::date + 7)`;
    case "month":
      return sql`(${due} >= ${today}::date + 7 and ${due} < ${today}::date + 30)`;
    case "later":
      return sql`${due} >= ${today}::date + 30`;
    case "none":
      return sql`${due} is null`;
  }
}

function sortExpression(id: ActionColumnId, today: string): SQL {
  switch (id) {
    case "title":
      // An action without an English title sorts by its Chinese one, not before every other.
      return sql`lower(coalesce(nullif(${actions.title}, ''), nullif(${actions.titleZhHans}, ''), ${actions.titleZhHant}))`;
    case "recommendation":
      return sql`${recommendations.code}`;
    case "recommendationTitle":
      return sql`lower(${recommendations.titleEn})`;
    case "agency":
      return sql`${agencies.abbreviation}`;
    case "side":
      return positionIn(agencies.side, sides);
    case "assignee":
      return sql`lower(${users.name})`;
    case "status":
      return positionIn(actions.status, actionStatuses);
    case "progress":
      return sql`${actions.progress}`;
    case "due":
      return sql`${actions.dueDate}`;
    case "overdueBy":
      return overdueBy(today);
    case "updated":
      return sql`${actions.updatedAt}`;
  }
}

function orderBy(sort: readonly ActionSortKey[] = [], today: string): SQL[] {
  // Empty values go last whichever the direction; the recommendation, the action's place in its
  // list and its id break ties, so paging is stable.
  const order = sort
    .map(parseActionSortKey)
    .map(({ id, desc }) => sql`${sortExpression(id, today)} ${sql.raw(desc ? "desc" : "asc")} nulls last`);
  return [...order, asc(recommendations.code), asc(actions.position), asc(actions.id)];
}

type FilterKey = Exclude<keyof ActionFilters, "includeArchived" | "q">;

function filterConditions(f: ActionFilters, today: string, except?: FilterKey): SQL[] {
  const where: SQL[] = [];
  const active = <K extends FilterKey>(key: K) => (key === except ? undefined : f[key]?.length ? f[key] : undefined);
  if (!f.includeArchived) where.push(isNull(recommendations.archivedAt));
  const q = f.q?.trim();
  // An action is found by its own title and description or by its recommendation's text.
  if (q) where.push(or(searchMatches(actions.searchText, q), searchMatches(recommendations.searchText, q))!);
  const agency = active("agency");
  if (agency) where.push(inArray(agencies.key, agency));
  const side = active("side");
  if (side) where.push(inArray(agencies.side, side));
  const status = active("status");
  if (status) where.push(inArray(actions.status, status));
  const due = active("due");
  if (due) where.push(or(...due.map((b) => dueCondition(b, today)))!);
  return where;
}

function groupKey(group: ActionGrouping): SQL<string> {
  return group === "agency" ? sql`${agencies.key}` : sql`${recommendations.code}`;
}

function groupOrder(group: ActionGrouping): SQL {
  return group === "agency"
    ? sql`${positionIn(agencies.side, sides)}, ${agencies.abbreviation}`
    : sql`${recommendations.code}`;
}

/** Every action with its recommendation and agency: the rows the filters, sorts and groups work on. */
function joinActions<T extends PgSelect>(query: T): T {
  // The selected fields are explicit, so the joins don't change the row type.
  return query
    .innerJoin(recommendations, eq(recommendations.id, actions.recommendationId))
    .innerJoin(agencies, eq(agencies.id, actions.agencyId)) as unknown as T;
}

/**
 * The statements behind one page of the table (the total, the rows, the group counts), built in one
 * place so the benchmark (bench/list-queries.ts) can EXPLAIN exactly what the list runs.
 */
export function buildActionListStatements(db: DbOrTx, params: ListActionsParams = {}) {
  const today = params.today ?? todayUtc();
  const { page, pageSize } = pageOf(params, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE);
  const where = and(...filterConditions(params, today));
  const total = joinActions(db.select({ total: count() }).from(actions).$dynamic()).where(where);

  const group = params.group;
  const key = group ? groupKey(group) : sql<null>`null`;
  const collapsed = group && params.collapsed?.length ? params.collapsed : [];
  const visible = collapsed.length ? and(where, sql`not ${inTexts(key, collapsed)}`) : where;
  const rows = joinActions(
    db
      .select({
        action: actions,
        rec: {
          code: recommendations.code,
          en: recommendations.titleEn,
          zhHans: recommendations.titleZhHans,
          zhHant: recommendations.titleZhHant,
          archived: sql<boolean>`${recommendations.archivedAt} is not null`,
        },
        agency: {
          id: agencies.id,
          key: agencies.key,
          abbreviation: agencies.abbreviation,
          side: agencies.side,
          en: agencies.nameEn,
          zhHans: agencies.nameZhHans,
          zhHant: agencies.nameZhHant,
        },
        assigneeName: sql<string | null>`${users.name}`,
        overdueBy: overdueBy(today),
        group: key,
      })
      .from(actions)
      .$dynamic(),
  )
    .leftJoin(users, eq(users.id, actions.assigneeId))
    .where(visible)
    .orderBy(...(group ? [groupOrder(group)] : []), ...orderBy(params.sort, today))
    .limit(pageSize)
    .offset((page - 1) * pageSize);
  const rowTotal = joinActions(db.select({ total: count() }).from(actions).$dynamic()).where(visible);
  // Grouped by the agency's or the recommendation's id, so its name or title can be selected too.
  const groups =
    group === "agency"
      ? joinActions(
          db
            .select({
              key: agencies.key,
              label: sql<string>`${agencies.abbreviation}`,
              names: { en: agencies.nameEn, zhHans: agencies.nameZhHans, zhHant: agencies.nameZhHant },
              count: count(),
            })
            .from(actions)
            .$dynamic(),
        )
          .where(where)
          .groupBy(agencies.id)
          .orderBy(groupOrder("agency"))
      : group === "recommendation"
        ? joinActions(
            db
              .select({
                key: recommendations.code,
                label: sql<string>`${recommendations.code}`,
                names: {
                  en: recommendations.titleEn,
                  zhHans: recommendations.titleZhHans,
                  zhHant: recommendations.titleZhHant,
                },
                count: count(),
              })
              .from(actions)
              .$dynamic(),
          )
            .where(where)
            .groupBy(recommendations.id)
            .orderBy(groupOrder("recommendation"))
        : null;
  return { page, pageSize, total, rows, rowTotal, groups, today };
}

export interface ActionGroupCount {
  /** An agency key or a recommendation code. */
  key: string;
  /** The agency's abbreviation or the recommendation's code. */
  label: string;
  /** The agency's name or the recommendation's title, in the three languages. */
  names: { en: string; zhHans: string; zhHant: string };
  count: number;
}

/** The agencies that own each recommendation: what the permission module needs to decide on its actions. */
async function ownerAgencyIds(db: DbOrTx, recommendationIds: string[]): Promise<Map<string, string[]>> {
  const owners = new Map<string, string[]>();
  if (!recommendationIds.length) return owners;
  const rows = await db
    .select({ rec: recommendationOwners.recommendationId, agency: recommendationOwners.agencyId })
    .from(recommendationOwners)
    .where(inArray(recommendationOwners.recommendationId, recommendationIds));
  for (const r of rows) owners.set(r.rec, [...(owners.get(r.rec) ?? []), r.agency]);
  return owners;
}

export async function listActions(db: DbOrTx, params: ListActionsParams = {}) {
  const statements = buildActionListStatements(db, params);
  const { page, pageSize } = statements;
  const [[totalRow], rows, [rowTotalRow], groupRows] = await Promise.all([
    statements.total,
    statements.rows,
    statements.rowTotal,
    statements.groups ?? Promise.resolve([] as ActionGroupCount[]),
  ]);
  const owners = await ownerAgencyIds(db, [...new Set(rows.map((r) => r.action.recommendationId))]);
  const items = rows.map(({ action: a, rec, agency, assigneeName, overdueBy, group }) => ({
    id: a.id,
    ...actionTexts(a),
    recommendation: {
      code: rec.code,
      title: { en: rec.en, zhHans: rec.zhHans, zhHant: rec.zhHant },
      archived: Boolean(rec.archived),
    },
    agency: {
      id: agency.id,
      key: agency.key,
      abbreviation: agency.abbreviation,
      side: agency.side,
      name: { en: agency.en, zhHans: agency.zhHans, zhHant: agency.zhHant },
    },
    assignee: a.assigneeId ? { id: a.assigneeId, name: assigneeName ?? "" } : null,
    status: a.status,
    progress: a.progress,
    dueDate: a.dueDate,
    overdueBy: overdueBy === null ? null : Number(overdueBy),
    updatedAt: a.updatedAt,
    version: a.version,
    group: group ?? null,
    /** What the permission module decides on (not part of the API's answer). */
    facts: {
      agencyId: a.agencyId,
      recommendation: { ownerAgencyIds: owners.get(a.recommendationId) ?? [], archived: Boolean(rec.archived) },
    },
  }));
  return {
    items,
    total: Number(totalRow?.total ?? 0),
    rowTotal: Number(rowTotalRow?.total ?? 0),
    page,
    pageSize,
    groups: groupRows.map((g) => ({ ...g, count: Number(g.count) })),
  };
}

export type ActionTableItem = Awaited<ReturnType<typeof listActions>>["items"][number];

/**
 * How many actions each filter value would match, given the other filters: the counts next to each
 * choice in the faceted filters (choosing a value of one facet narrows the others, not itself).
 */
export async function actionFacetCounts(
  db: DbOrTx,
  filters: ActionFilters,
  today = todayUtc(),
): Promise<Record<ActionFacetId, Record<string, number>>> {
  const by = async (key: FilterKey, column: SQL) => {
    const rows = await joinActions(
      db
        .select({ value: sql<string | null>`${column}`, count: count() })
        .from(actions)
        .$dynamic(),
    )
      .where(and(...filterConditions(filters, today, key)))
      // By position: an expression with bound parameters would not match itself in GROUP BY.
      .groupBy(sql`1`);
    return Object.fromEntries(rows.filter((r) => r.value !== null).map((r) => [r.value, Number(r.count)]));
  };
  const counts: Record<ActionFacetId, () => Promise<Record<string, number>>> = {
    agency: () => by("agency", sql`${agencies.key}`),
    side: () => by("side", sql`${agencies.side}::text`),
    status: () => by("status", sql`${actions.status}::text`),
    due: () => by("due", dueBucket(today)),
  };
  const results = await Promise.all(actionFacetIds.map((id) => counts[id]()));
  return Object.fromEntries(actionFacetIds.map((id, i) => [id, results[i]!])) as Record<
    ActionFacetId,
    Record<string, number>
  >;
}

/**
 * listActions and actionFacetCounts through the per-data-version cache (./list-cache.ts): every
 * table they read (actions, recommendations, their owners, agencies, users) notifies on change, and
 * nothing in the answer depends on the reader.
 */
export function listActionsCached(handle: DatabaseHandle, params: ListActionsParams = {}) {
  const keyed = { ...params, today: params.today ?? todayUtc() };
  return cachedRead(handle, cacheKey("actions.list", keyed), () => listActions(handle.db, keyed));
}

export function actionFacetCountsCached(handle: DatabaseHandle, filters: ActionFilters, today = todayUtc()) {
  return cachedRead(handle, cacheKey("actions.facets", { filters, today }), () =>
    actionFacetCounts(handle.db, filters, today),
  );
}
