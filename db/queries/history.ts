import { and, desc, eq, sql, type SQL } from "drizzle-orm";
import type { DbOrTx } from "../index";
import { actions, activityLog, agencies, users } from "../schema";
import type { ActivityEvent } from "../schema/activity";
import type { RecommendationStatus } from "../schema/enums";

/**
 * Where a timeline entry comes from, decided in one place (the badge and the filter both use it):
 * - "assessment": a coordinator's or administrator's judgement of the recommendation: whether it
 *   is accepted (and why), whether the work is verified, whether and why it is closed, and how
 *   healthy it is. These are the calls an agency cannot make about its own work.
 * - "coordination": everything else a coordinator or administrator does: editing the text, the
 *   priority or the owners, adding actions or updating their progress, indicators and readings,
 *   editing notes or freezing a version, archiving. Work done, not judged.
 * - "agency": anything an agency member does (their status and health updates, their actions,
 *   readings and notes).
 * - "system": no user acted (the seed, imports).
 * The actor's role is their role now: the log does not keep the role someone had at the time.
 */
export const historySources = ["agency", "assessment", "coordination", "system"] as const;
export type HistorySource = (typeof historySources)[number];
export const historyFilters = ["all", "agency", "assessment"] as const;
export type HistoryFilter = (typeof historyFilters)[number];

/** Recommendation fields whose change is a judgement. */
export const assessedFields = ["acceptance", "acceptanceReason", "closureReason", "health"] as const;
/** Statuses that record a judgement rather than progress: accepting, verifying, closing. */
export const assessedStatuses = ["accepted", "verified", "closed"] as const satisfies readonly RecommendationStatus[];

const list = (values: readonly string[]) =>
  sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  );

/**
 * An entry's source (see historySources), over activity_log left-joined with the acting user as
 * `users`; the workspace feed (db/queries/activity-feed.ts) reads it the same way.
 */
export const historySourceSql: SQL<HistorySource> = sql<HistorySource>`case
  when ${users.id} is null then 'system'
  -- Sign-ins, accounts and tokens are the workspace's own bookkeeping, whoever did them (feed only).
  when ${activityLog.entityType} in ('auth', 'user', 'api_token') then 'system'
  when ${users.role} = 'member' then 'agency'
  when ${activityLog.entityType} = 'recommendation' and ${activityLog.kind} = 'update' and (
    ${activityLog.field} in (${list(assessedFields)})
    or (${activityLog.field} = 'status' and ${activityLog.toValue} #>> '{}' in (${list(assessedStatuses)}))
  ) then 'assessment'
  else 'coordination' end`;

/** The timeline of a recommendation: its own changes and those of its actions, newest first. */
export async function listRecommendationHistory(
  db: DbOrTx,
  recommendationId: string,
  options: { filter?: HistoryFilter; limit?: number } = {},
) {
  const where: SQL[] = [eq(activityLog.recommendationId, recommendationId)];
  if (options.filter && options.filter !== "all") where.push(sql`${historySourceSql} = ${options.filter}`);
  const rows = await db
    .select({
      entry: activityLog,
      source: historySourceSql,
      actorName: users.name,
      agency: agencies.abbreviation,
      actionTitle: actions.title,
      actionTitleZhHans: actions.titleZhHans,
      actionTitleZhHant: actions.titleZhHant,
    })
    .from(activityLog)
    .leftJoin(users, eq(users.id, activityLog.actorId))
    .leftJoin(agencies, eq(agencies.id, users.agencyId))
    .leftJoin(
      actions,
      // entity_id is text (it names rows of any table); compare it with the action's id as text.
      and(eq(activityLog.entityType, "action"), sql`${actions.id}::text = ${activityLog.entityId}`),
    )
    .where(and(...where))
    .orderBy(desc(activityLog.at), desc(activityLog.id))
    .limit(Math.min(options.limit ?? 200, 500));

  return rows.map(historyEntryOf);
}

/** A row read with the columns above (the log joined with its actor, their agency and the action), as a timeline entry. */
export function historyEntryOf(row: {
  entry: typeof activityLog.$inferSelect;
  source: HistorySource;
  actorName: string | null;
  agency: string | null;
  actionTitle: string | null;
  actionTitleZhHans: string | null;
  actionTitleZhHant: string | null;
}) {
  const { entry, source, actorName, agency, actionTitle, actionTitleZhHans, actionTitleZhHant } = row;
  return {
    id: entry.id,
    at: entry.at,
    // Only recordActivity writes the log, and it takes only the pairs activityKinds lists.
    ...({ entityType: entry.entityType, kind: entry.kind } as ActivityEvent),
    /** The action's English title (null for other entries); `actionTitles` has all three. */
    actionTitle,
    actionTitles:
      actionTitle === null
        ? null
        : { en: actionTitle, zhHans: actionTitleZhHans ?? "", zhHant: actionTitleZhHant ?? "" },
    field: entry.field,
    from: entry.fromValue,
    to: entry.toValue,
    reason: entry.reason,
    actor: actorName ? { name: actorName, agency } : { name: entry.actorLabel ?? "system", agency: null },
    source,
  };
}

export type HistoryEntry = ReturnType<typeof historyEntryOf>;
