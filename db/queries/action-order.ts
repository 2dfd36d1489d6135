import { and, asc, count, eq, inArray, sql } from "drizzle-orm";
import type { DbOrTx } from "../index";
import { actions, activityLog } from "../schema";

/**
 * The order of a recommendation's actions: the position people gave them, then (for actions never
 * moved, which share a position) by due date and creation, as the list was ordered before reordering.
 */
export const actionOrder = [
  asc(actions.position),
  sql`${actions.dueDate} asc nulls last`,
  asc(actions.createdAt),
  asc(actions.id),
];

/**
 * How many times each action's due date was changed after it was set, from the activity log: of the
 * actions `actionIds`, or of every action under `recommendationIds` (one read for a page of the list).
 */
export async function dueDateRevisions(
  db: DbOrTx,
  of: { actionIds: string[] } | { recommendationIds: string[] },
): Promise<Map<string, number>> {
  const ids = "actionIds" in of ? of.actionIds : of.recommendationIds;
  if (!ids.length) return new Map();
  const rows = await db
    .select({ id: activityLog.entityId, n: count() })
    .from(activityLog)
    .where(
      and(
        eq(activityLog.entityType, "action"),
        eq(activityLog.kind, "update"),
        eq(activityLog.field, "dueDate"),
        "actionIds" in of ? inArray(activityLog.entityId, ids) : inArray(activityLog.recommendationId, ids),
      ),
    )
    .groupBy(activityLog.entityId);
  return new Map(rows.map((r) => [r.id!, Number(r.n)]));
}

type ActionTextColumns = Pick<
  typeof actions.$inferSelect,
  "title" | "titleZhHans" | "titleZhHant" | "description" | "descriptionZhHans" | "descriptionZhHant"
>;

/**
 * An action's title and description in the three languages, as every answer carries them
 * (`titles`, `descriptions`); "" (or null) is a translation not written yet. `title` and
 * `description` stay beside them as the English ones, for clients written before.
 */
export function actionTexts(a: ActionTextColumns) {
  return {
    title: a.title,
    description: a.description,
    titles: { en: a.title, zhHans: a.titleZhHans, zhHant: a.titleZhHant },
    descriptions: { en: a.description, zhHans: a.descriptionZhHans, zhHant: a.descriptionZhHant },
  };
}
