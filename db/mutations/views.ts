/**
 * Saved table views: a name for a list URL, private or shared with everyone, and each person's
 * default view. Only the owner (or an administrator) changes or deletes a view; who may share one
 * is the permission module's "view.share".
 */
import { and, eq, or, sql } from "drizzle-orm";
import type { Database, DbOrTx } from "../index";
import { savedViews, userDefaultViews, type ViewList } from "../schema";
import type { Actor } from "@/lib/permissions";
import { conflict, notFound } from "@/lib/errors";
import { msg } from "@/lib/i18n/server-message";
import { requireAllowed } from "./facts";
import type { SavedViewInput } from "@/lib/validation/inputs";

async function setDefault(db: DbOrTx, userId: string, list: ViewList, viewId: string | null) {
  if (viewId === null) {
    await db.delete(userDefaultViews).where(and(eq(userDefaultViews.userId, userId), eq(userDefaultViews.list, list)));
    return;
  }
  await db
    .insert(userDefaultViews)
    .values({ userId, list, viewId })
    .onConflictDoUpdate({ target: [userDefaultViews.userId, userDefaultViews.list], set: { viewId } });
}

/**
 * Creates a view of `input.list` (the recommendations table unless named), or updates the caller's
 * view `id`: name, query and sharing. A view stays on the table it was made for.
 */
export async function saveView(db: Database, actor: Actor, input: SavedViewInput) {
  const list: ViewList = input.list ?? "recommendations";
  // Asked on every save that leaves the view shared, so someone who lost the right (say, made a
  // viewer) must unshare a view before changing it.
  if (input.shared) requireAllowed(actor, { action: "view.share" });
  return db.transaction(async (tx) => {
    let id = input.id;
    if (id) {
      const [view] = await tx.select().from(savedViews).where(eq(savedViews.id, id)).for("update");
      if (!view || view.list !== list) throw notFound("errors.viewGone");
      requireAllowed(actor, { action: "view.manage", ownerId: view.ownerId });
      const renamedOnto = await tx
        .select({ id: savedViews.id })
        .from(savedViews)
        .where(and(eq(savedViews.ownerId, view.ownerId), eq(savedViews.list, list), eq(savedViews.name, input.name)));
      if (renamedOnto.some((v) => v.id !== id)) throw duplicateName(input.name);
      await tx
        .update(savedViews)
        .set({ name: input.name, query: input.query, shared: input.shared, updatedAt: sql`now()` })
        .where(eq(savedViews.id, id));
    } else {
      requireAllowed(actor, { action: "view.create" });
      const [created] = await tx
        .insert(savedViews)
        .values({ ownerId: actor.id, list, name: input.name, query: input.query, shared: input.shared })
        .onConflictDoNothing()
        .returning({ id: savedViews.id });
      if (!created) throw duplicateName(input.name);
      id = created.id;
    }
    if (input.makeDefault) await setDefault(tx, actor.id, list, id);
    return { id };
  });
}

const duplicateName = (name: string) => conflict(msg("errors.viewNameTaken", { name }));

export async function deleteView(db: Database, actor: Actor, id: string) {
  const [view] = await db.select().from(savedViews).where(eq(savedViews.id, id));
  if (!view) throw notFound("errors.viewGone");
  requireAllowed(actor, { action: "view.manage", ownerId: view.ownerId });
  await db.delete(savedViews).where(eq(savedViews.id, id));
}

/** The view the caller's table `list` opens with; one of their own or a shared one. Null clears it. */
export async function setDefaultView(
  db: Database,
  actor: Actor,
  viewId: string | null,
  list: ViewList = "recommendations",
) {
  if (viewId) {
    const [view] = await db
      .select({ id: savedViews.id })
      .from(savedViews)
      .where(
        and(
          eq(savedViews.id, viewId),
          eq(savedViews.list, list),
          or(eq(savedViews.ownerId, actor.id), eq(savedViews.shared, true)),
        ),
      );
    if (!view) throw notFound("errors.viewGoneOrPrivate");
  }
  await setDefault(db, actor.id, list, viewId);
}
