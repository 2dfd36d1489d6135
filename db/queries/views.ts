import { and, asc, eq, ne, or } from "drizzle-orm";
import type { DbOrTx } from "../index";
import { savedViews, userDefaultViews, users, type ViewList } from "../schema";

export interface SavedViewSummary {
  id: string;
  name: string;
  query: string;
  shared: boolean;
  ownerId: string;
  ownerName: string;
  mine: boolean;
}

/**
 * The views of one table (`list`): the user's own, then the ones others shared, each by name; and the
 * user's default view of that table.
 */
export async function listSavedViews(db: DbOrTx, userId: string, list: ViewList = "recommendations") {
  const rows = await db
    .select({ view: savedViews, ownerName: users.name })
    .from(savedViews)
    .innerJoin(users, eq(users.id, savedViews.ownerId))
    .where(
      and(
        eq(savedViews.list, list),
        or(eq(savedViews.ownerId, userId), and(eq(savedViews.shared, true), ne(savedViews.ownerId, userId))),
      ),
    )
    .orderBy(asc(savedViews.name));
  const [preference] = await db
    .select()
    .from(userDefaultViews)
    .where(and(eq(userDefaultViews.userId, userId), eq(userDefaultViews.list, list)));
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
