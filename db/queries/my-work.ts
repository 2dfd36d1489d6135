/**
 * "My work": an agency's actions sorted into what needs doing first, and for coordinators what
 * nobody has picked up. Grouping by due date is done in SQL against the caller's `today` (a
 * YYYY-MM-DD date), so the page, the API and the navigation's count agree on every boundary.
 */
import { and, asc, count, eq, inArray, isNull, ne, or, sql, type SQL } from "drizzle-orm";
import type { DbOrTx } from "../index";
import { actions, activityLog, agencies, recommendationOwners, recommendations, users } from "../schema";
import { actionTexts } from "./action-order";

export const myWorkGroups = ["overdue", "dueSoon", "later", "recentlyDone"] as const;
export type MyWorkGroup = (typeof myWorkGroups)[number];
/** "Due within 14 days": due today up to and including today + 14. */
export const DUE_SOON_DAYS = 14;
/** "Recently done": completed on a day from today − 30 up to today. */
export const RECENTLY_DONE_DAYS = 30;
/** How many items a Needs attention list shows before "Show all". */
export const ATTENTION_CAP = 5;
/** What "Show all" shows at most, so a runaway backlog cannot make the page unbounded. */
export const ATTENTION_MAX = 500;

const day = (today: string) => sql`${today}::date`;
const isOpen = sql`${actions.status} not in ('done', 'cancelled')`;
/** The day it was done, as a UTC date (done actions from before completedAt was kept: their last change). */
const doneOn = sql`(coalesce(${actions.completedAt}, ${actions.updatedAt}) at time zone 'UTC')::date`;
const dueAscending = sql`${actions.dueDate} asc nulls last`;

function groupOf(today: string) {
  return sql<MyWorkGroup>`case
    when ${actions.status} = 'done' then 'recentlyDone'
    when ${actions.dueDate} < ${day(today)} then 'overdue'
    when ${actions.dueDate} <= ${day(today)} + ${DUE_SOON_DAYS}::int then 'dueSoon'
    else 'later' end`;
}

/** Whole days past the due date of an open action; null when it is not overdue. */
function daysOverdue(today: string) {
  return sql<number | null>`case when ${isOpen} and ${actions.dueDate} < ${day(today)}
    then ${day(today)} - ${actions.dueDate} end`.mapWith((v) => (v === null ? null : Number(v)));
}

const revisions = sql<number>`(select count(*) from ${activityLog}
  where ${activityLog.entityType} = 'action' and ${activityLog.kind} = 'update'
    and ${activityLog.field} = 'dueDate' and ${activityLog.entityId} = ${actions.id}::text)`.mapWith(Number);

/** The columns every My work row carries: the action, its agency, its assignee, its recommendation. */
function rowShape(today: string) {
  return {
    action: actions,
    daysOverdue: daysOverdue(today),
    revisions,
    agency: {
      id: agencies.id,
      key: agencies.key,
      abbreviation: agencies.abbreviation,
      nameEn: agencies.nameEn,
      nameZhHans: agencies.nameZhHans,
      nameZhHant: agencies.nameZhHant,
      side: agencies.side,
    },
    assignee: { id: users.id, name: users.name },
    rec: {
      id: recommendations.id,
      code: recommendations.code,
      en: recommendations.titleEn,
      zhHans: recommendations.titleZhHans,
      zhHant: recommendations.titleZhHant,
    },
  };
}

type Row = {
  action: typeof actions.$inferSelect;
  daysOverdue: number | null;
  revisions: number;
  agency: {
    id: string;
    key: string;
    abbreviation: string;
    nameEn: string;
    nameZhHans: string;
    nameZhHant: string;
    side: "shenzhen" | "hong_kong";
  };
  assignee: { id: string; name: string } | null;
  rec: { id: string; code: string; en: string; zhHans: string; zhHant: string };
};

function toItem(r: Row, ownerAgencyIds: string[]) {
  const a = r.action;
  return {
    id: a.id,
    ...actionTexts(a),
    agency: {
      id: r.agency.id,
      key: r.agency.key,
      abbreviation: r.agency.abbreviation,
      name: { en: r.agency.nameEn, zhHans: r.agency.nameZhHans, zhHant: r.agency.nameZhHant },
      side: r.agency.side,
    },
    assignee: r.assignee,
    status: a.status,
    progress: a.progress,
    dueDate: a.dueDate,
    overdue: r.daysOverdue !== null,
    daysOverdue: r.daysOverdue,
    dueDateRevisions: r.revisions,
    completedAt: a.completedAt,
    completionNote: a.completionNote,
    cancellationReason: a.cancellationReason,
    version: a.version,
    updatedAt: a.updatedAt,
    recommendation: {
      id: r.rec.id,
      code: r.rec.code,
      title: { en: r.rec.en, zhHans: r.rec.zhHans, zhHant: r.rec.zhHant },
      ownerAgencyIds,
    },
  };
}

export type MyWorkItem = ReturnType<typeof toItem>;
export type MyWorkGroups = Record<MyWorkGroup, MyWorkItem[]>;

/** The owning agencies of each recommendation, for the permission module's facts. */
async function ownerIds(db: DbOrTx, recommendationIds: string[]): Promise<Map<string, string[]>> {
  const ids = [...new Set(recommendationIds)];
  const map = new Map<string, string[]>(ids.map((id) => [id, []]));
  if (!ids.length) return map;
  const rows = await db
    .select({ rec: recommendationOwners.recommendationId, agency: recommendationOwners.agencyId })
    .from(recommendationOwners)
    .where(inArray(recommendationOwners.recommendationId, ids));
  for (const r of rows) map.get(r.rec)!.push(r.agency);
  return map;
}

export interface MyWorkParams {
  agencyId: string;
  /** The caller: "Only mine" keeps the actions assigned to them. */
  userId: string;
  onlyMine?: boolean;
  /** The caller's today, YYYY-MM-DD. */
  today: string;
}

/**
 * An agency's actions in four groups: overdue, due within 14 days, later (no due date included)
 * and done in the last 30 days. Cancelled actions and those under an archived recommendation are
 * left out (an archived recommendation refuses every change, so it is nobody's work).
 */
export async function listMyWork(db: DbOrTx, p: MyWorkParams): Promise<MyWorkGroups> {
  const rows = await db
    .select({ ...rowShape(p.today), group: groupOf(p.today) })
    .from(actions)
    .innerJoin(recommendations, eq(recommendations.id, actions.recommendationId))
    .innerJoin(agencies, eq(agencies.id, actions.agencyId))
    .leftJoin(users, eq(users.id, actions.assigneeId))
    .where(
      and(
        eq(actions.agencyId, p.agencyId),
        p.onlyMine ? eq(actions.assigneeId, p.userId) : undefined,
        isNull(recommendations.archivedAt),
        ne(actions.status, "cancelled"),
        or(ne(actions.status, "done"), sql`${doneOn} >= ${day(p.today)} - ${RECENTLY_DONE_DAYS}::int`) as SQL,
      ),
    )
    .orderBy(
      dueAscending,
      sql`coalesce(${actions.completedAt}, ${actions.updatedAt}) desc`,
      asc(recommendations.code),
      asc(actions.createdAt),
      asc(actions.id),
    );
  const owners = await ownerIds(
    db,
    rows.map((r) => r.rec.id),
  );
  const groups: MyWorkGroups = { overdue: [], dueSoon: [], later: [], recentlyDone: [] };
  for (const r of rows) groups[r.group].push(toItem(r as Row, owners.get(r.rec.id)!));
  // Done actions: most recent first, not by their old due dates.
  groups.recentlyDone.sort(
    (a, b) => (b.completedAt ?? b.updatedAt).getTime() - (a.completedAt ?? a.updatedAt).getTime(),
  );
  return groups;
}

/**
 * Open actions past their due date, under recommendations that are not archived: one count, for
 * the navigation's badge. `agencyId` null counts every agency's (what a coordinator looks after).
 */
export async function countOverdueActions(db: DbOrTx, p: { agencyId: string | null; today: string }) {
  const [row] = await db
    .select({ n: count() })
    .from(actions)
    .innerJoin(recommendations, eq(recommendations.id, actions.recommendationId))
    .where(
      and(
        p.agencyId ? eq(actions.agencyId, p.agencyId) : undefined,
        isOpen,
        sql`${actions.dueDate} < ${day(p.today)}`,
        isNull(recommendations.archivedAt),
      ),
    );
  return row?.n ?? 0;
}

export interface CappedList<T> {
  /** How many there are in all. */
  count: number;
  /** The first `limit` of them. */
  items: T[];
}

export type NeedsAttentionList = "unassigned" | "overdue" | "unplanned";
export const needsAttentionLists: NeedsAttentionList[] = ["unassigned", "overdue", "unplanned"];

async function attentionActions(db: DbOrTx, where: SQL, order: SQL[], today: string, limit: number) {
  const rows = await db
    .select({ ...rowShape(today), total: sql<number>`count(*) over ()`.mapWith(Number) })
    .from(actions)
    .innerJoin(recommendations, eq(recommendations.id, actions.recommendationId))
    .innerJoin(agencies, eq(agencies.id, actions.agencyId))
    .leftJoin(users, eq(users.id, actions.assigneeId))
    .where(and(where, isOpen, isNull(recommendations.archivedAt)))
    .orderBy(...order, asc(recommendations.code), asc(actions.id))
    .limit(limit);
  const owners = await ownerIds(
    db,
    rows.map((r) => r.rec.id),
  );
  return {
    count: rows[0]?.total ?? 0,
    items: rows.map((r) => toItem(r as Row, owners.get(r.rec.id)!)),
  };
}

/**
 * What no agency has in hand, across all agencies: open actions nobody is assigned to, open actions
 * past their due date, and recommendations accepted or in progress with no action (none, or only
 * cancelled ones). Each list is capped at `limit[list]` items and carries its full count.
 */
export async function listNeedsAttention(
  db: DbOrTx,
  p: { today: string; limit?: Partial<Record<NeedsAttentionList, number>> },
) {
  const limit = (l: NeedsAttentionList) => Math.min(p.limit?.[l] ?? ATTENTION_CAP, ATTENTION_MAX);
  const [unassigned, overdue, unplannedRows] = await Promise.all([
    attentionActions(db, isNull(actions.assigneeId), [dueAscending], p.today, limit("unassigned")),
    attentionActions(db, sql`${actions.dueDate} < ${day(p.today)}`, [dueAscending], p.today, limit("overdue")),
    db
      .select({
        code: recommendations.code,
        en: recommendations.titleEn,
        zhHans: recommendations.titleZhHans,
        zhHant: recommendations.titleZhHant,
        status: recommendations.status,
        total: sql<number>`count(*) over ()`.mapWith(Number),
      })
      .from(recommendations)
      .where(
        and(
          inArray(recommendations.status, ["accepted", "in_progress"]),
          isNull(recommendations.archivedAt),
          sql`not exists (select 1 from ${actions} where ${actions.recommendationId} = ${recommendations.id}
            and ${actions.status} <> 'cancelled')`,
        ),
      )
      .orderBy(asc(recommendations.code))
      .limit(limit("unplanned")),
  ]);
  const unplanned: CappedList<{
    code: string;
    title: { en: string; zhHans: string; zhHant: string };
    status: "accepted" | "in_progress";
  }> = {
    count: unplannedRows[0]?.total ?? 0,
    items: unplannedRows.map((r) => ({
      code: r.code,
      title: { en: r.en, zhHans: r.zhHans, zhHant: r.zhHant },
      status: r.status as "accepted" | "in_progress",
    })),
  };
  return { unassigned, overdue, unplanned };
}

export type NeedsAttention = Awaited<ReturnType<typeof listNeedsAttention>>;

/** The agency with this key, if it is still in use (not merged into another). */
export async function findCurrentAgencyByKey(db: DbOrTx, key: string) {
  const [row] = await db
    .select()
    .from(agencies)
    .where(and(eq(agencies.key, key), isNull(agencies.mergedIntoId)));
  return row ?? null;
}

/** The agency with this id (a member's own). */
export async function getAgencyById(db: DbOrTx, id: string) {
  const [row] = await db.select().from(agencies).where(eq(agencies.id, id));
  return row ?? null;
}
