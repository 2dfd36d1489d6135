import { and, desc, eq, inArray, sql, type SQL } from "drizzle-orm";
import type { DbOrTx } from "../index";
import { actions, activityLog, agencies, users } from "../schema";

/** Agency members' updates, coordinators' and administrators' assessments, or the system (seed, imports). */
export type HistorySource = "agency" | "assessment" | "system";
export const historyFilters = ["all", "agency", "assessment"] as const;
export type HistoryFilter = (typeof historyFilters)[number];

/**
 * The timeline of a recommendation: its own changes and those of its actions, newest first.
 * An entry's source follows the actor's role (members update, coordinators assess).
 */
export async function listRecommendationHistory(
  db: DbOrTx,
  recommendationId: string,
  options: { filter?: HistoryFilter; limit?: number } = {},
) {
  const where: SQL[] = [eq(activityLog.recommendationId, recommendationId)];
  if (options.filter === "agency") where.push(eq(users.role, "member"));
  if (options.filter === "assessment") where.push(inArray(users.role, ["admin", "coordinator"]));
  const rows = await db
    .select({
      entry: activityLog,
      actorName: users.name,
      actorRole: users.role,
      agency: agencies.abbreviation,
      actionTitle: actions.title,
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

  return rows.map(({ entry, actorName, actorRole, agency, actionTitle }) => ({
    id: entry.id,
    at: entry.at,
    kind: entry.kind,
    entityType: entry.entityType,
    actionTitle,
    field: entry.field,
    from: entry.fromValue,
    to: entry.toValue,
    reason: entry.reason,
    actor: actorName ? { name: actorName, agency } : { name: entry.actorLabel ?? "system", agency: null },
    source: (actorRole === "member" ? "agency" : actorRole ? "assessment" : "system") as HistorySource,
  }));
}

export type HistoryEntry = Awaited<ReturnType<typeof listRecommendationHistory>>[number];
