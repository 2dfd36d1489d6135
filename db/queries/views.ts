import { and, asc, eq, ne, or } from "drizzle-orm";
import type { DbOrTx } from "../index";
import { savedViews, userDefaultViews, users } from "../schema";

export interface SavedViewSummary {
  id: string;
  name: string;
  query: string;
  shared: boolean;
  ownerId: string;
  ownerName: string;
  mine: boolean;
}

/** The user's own views, then the views others shared, each by name; and the user's default view. */
export async function listSavedViews(db: DbOrTx, userId: string) {
  const rows = await db
    .select({ view: savedViews, ownerName: users.name })
    .from(savedViews)
    .innerJoin(users, eq(users.id, savedViews.ownerId))
    .where(or(eq(savedViews.ownerId, userId), and(eq(savedViews.shared, true), ne(savedViews.ownerId, userId))))
    .orderBy(asc(savedViews.name));
  const [preference] = await db.select().from(userDefaultViews).where(eq(userDefaultViews.userId, userId));
  const views: SavedViewSummary[] = rows
    .map(({ view, ownerName }) => ({
      id: view.id,
      name: view.name,
      query: view.query,
      shared: view.shared,
      ownerId: view.ownerId,
      ownerName,
      mine: view.ownerId === userId,
    }))
    .sort((a, b) => Number(b.mine) - Number(a.mine));
  return { views, defaultViewId: preference?.viewId ?? null };
}
