import { and, asc, eq, inArray, ne } from "drizzle-orm";
import type { DbOrTx } from "../index";
import { actions, agencies, recommendations, users } from "../schema";
import { actionOrder, actionTexts, dueDateRevisions } from "./action-order";
import { isActionOverdue, todayUtc } from "./recommendations";

export { actionOrder };

/** The ids of a recommendation's actions in their order. */
export async function listActionIdsInOrder(db: DbOrTx, recommendationId: string): Promise<string[]> {
  const rows = await db
    .select({ id: actions.id })
    .from(actions)
    .where(eq(actions.recommendationId, recommendationId))
    .orderBy(...actionOrder);
  return rows.map((r) => r.id);
}

/** An action as the API shows it: with its recommendation's code, its agency's key and its place in the list. */
export async function getActionView(db: DbOrTx, id: string) {
  const [row] = await db
    .select({ action: actions, agencyKey: agencies.key, code: recommendations.code })
    .from(actions)
    .innerJoin(agencies, eq(agencies.id, actions.agencyId))
    .innerJoin(recommendations, eq(recommendations.id, actions.recommendationId))
    .where(eq(actions.id, id));
  if (!row) return null;
  const a = row.action;
  const [order, revisions] = await Promise.all([
    listActionIdsInOrder(db, a.recommendationId),
    dueDateRevisions(db, { actionIds: [a.id] }),
  ]);
  return {
    id: a.id,
    recommendation: row.code,
    ...actionTexts(a),
    agency: row.agencyKey,
    assigneeId: a.assigneeId,
    status: a.status,
    progress: a.progress,
    dueDate: a.dueDate,
    dueDateRevisions: revisions.get(a.id) ?? 0,
    completedAt: a.completedAt,
    completionNote: a.completionNote,
    cancellationReason: a.cancellationReason,
    position: order.indexOf(a.id),
    version: a.version,
    updatedAt: a.updatedAt,
  };
}

/** A recommendation's actions as its page lists them, in their order. */
export async function listRecommendationActions(db: DbOrTx, recommendationId: string, today = todayUtc()) {
  const rows = await db
    .select({ action: actions, agency: agencies, assignee: { id: users.id, name: users.name } })
    .from(actions)
    .innerJoin(agencies, eq(agencies.id, actions.agencyId))
    .leftJoin(users, eq(users.id, actions.assigneeId))
    .where(eq(actions.recommendationId, recommendationId))
    .orderBy(...actionOrder);
  const revisions = await dueDateRevisions(db, { actionIds: rows.map((r) => r.action.id) });
  return rows.map(({ action: a, agency, assignee }) => ({
    id: a.id,
    ...actionTexts(a),
    agency: {
      id: agency.id,
      key: agency.key,
      abbreviation: agency.abbreviation,
      name: { en: agency.nameEn, zhHans: agency.nameZhHans, zhHant: agency.nameZhHant },
      side: agency.side,
    },
    assignee,
    status: a.status,
    progress: a.progress,
    dueDate: a.dueDate,
    overdue: isActionOverdue(a, today),
    dueDateRevisions: revisions.get(a.id) ?? 0,
    completionNote: a.completionNote,
    cancellationReason: a.cancellationReason,
    version: a.version,
  }));
}

export type ActionListItem = Awaited<ReturnType<typeof listRecommendationActions>>[number];

/** The people who may be assigned an agency's actions: its active members (never viewers). */
export async function listAssignees(db: DbOrTx, agencyIds: string[]) {
  if (!agencyIds.length) return [];
  return db
    .select({ id: users.id, name: users.name, agencyId: users.agencyId })
    .from(users)
    .where(and(inArray(users.agencyId, agencyIds), eq(users.active, true), ne(users.role, "viewer")))
    .orderBy(asc(users.name));
}
