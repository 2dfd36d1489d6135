import { eq } from "drizzle-orm";
import type { DbOrTx } from "../index";
import { actions, agencies, recommendations } from "../schema";

/** An action as the API shows it: with its recommendation's code and its agency's key. */
export async function getActionView(db: DbOrTx, id: string) {
  const [row] = await db
    .select({ action: actions, agencyKey: agencies.key, code: recommendations.code })
    .from(actions)
    .innerJoin(agencies, eq(agencies.id, actions.agencyId))
    .innerJoin(recommendations, eq(recommendations.id, actions.recommendationId))
    .where(eq(actions.id, id));
  if (!row) return null;
  const a = row.action;
  return {
    id: a.id,
    recommendation: row.code,
    title: a.title,
    description: a.description,
    agency: row.agencyKey,
    assigneeId: a.assigneeId,
    status: a.status,
    progress: a.progress,
    dueDate: a.dueDate,
    completedAt: a.completedAt,
    version: a.version,
    updatedAt: a.updatedAt,
  };
}
