/**
 * Durable storage of a note: every update is appended to note_updates before the server
 * acknowledges it (see the collab server's beforeSync), and compaction folds them into notes.state.
 * A note is therefore always `notes.state` + the updates after it, in id order.
 *
 * Compaction works from what is in the database, never from a process's in-memory document, so
 * with several instances an update stored by another instance (not yet arrived here through Redis)
 * is never dropped.
 */
import { and, asc, eq, lte, sql } from "drizzle-orm";
import * as Y from "yjs";
import type { DbOrTx } from "@/db";
import { noteUpdates, notes } from "@/db/schema";

/** Refuses bytes that are not a Yjs update (throws), so garbage is never stored. */
export function assertValidUpdate(update: Uint8Array): void {
  Y.decodeUpdate(update);
}

/** True for the 2-byte update that changes nothing (what a fresh client sends in sync step 2). */
export function isEmptyUpdate(update: Uint8Array): boolean {
  const { structs, ds } = Y.decodeUpdate(update);
  return structs.length === 0 && ds.clients.size === 0;
}

export async function appendNoteUpdate(
  db: DbOrTx,
  params: { recommendationId: string; update: Uint8Array; userId: string | null },
): Promise<void> {
  await db.insert(noteUpdates).values({
    recommendationId: params.recommendationId,
    update: params.update,
    userId: params.userId,
  });
}

/** Applies the stored state and then every stored update to `doc`. Returns how many updates. */
export async function loadNoteInto(db: DbOrTx, recommendationId: string, doc: Y.Doc): Promise<number> {
  const [row] = await db.select({ state: notes.state }).from(notes).where(eq(notes.recommendationId, recommendationId));
  const pending = await db
    .select({ id: noteUpdates.id, update: noteUpdates.update })
    .from(noteUpdates)
    .where(eq(noteUpdates.recommendationId, recommendationId))
    .orderBy(asc(noteUpdates.id));
  doc.transact(() => {
    if (row && row.state.byteLength) Y.applyUpdate(doc, row.state);
    for (const u of pending) Y.applyUpdate(doc, u.update);
  });
  return pending.length;
}

/** The whole note as one Yjs update. */
export async function loadNoteState(db: DbOrTx, recommendationId: string): Promise<Uint8Array> {
  const doc = new Y.Doc();
  try {
    await loadNoteInto(db, recommendationId, doc);
    return Y.encodeStateAsUpdate(doc);
  } finally {
    doc.destroy();
  }
}

export interface CompactionResult {
  folded: number;
  stateBytes: number;
}

/**
 * Folds the stored updates into notes.state and deletes them, in one transaction that locks the
 * note row, so two instances compacting together take turns and nothing is counted twice or lost.
 */
export async function compactNote(db: DbOrTx, recommendationId: string): Promise<CompactionResult> {
  return db.transaction(async (tx) => {
    await tx
      .insert(notes)
      .values({ recommendationId, state: Y.encodeStateAsUpdate(new Y.Doc()) })
      .onConflictDoNothing();
    const [row] = await tx
      .select({ state: notes.state })
      .from(notes)
      .where(eq(notes.recommendationId, recommendationId))
      .for("update");
    const pending = await tx
      .select({ id: noteUpdates.id, update: noteUpdates.update })
      .from(noteUpdates)
      .where(eq(noteUpdates.recommendationId, recommendationId))
      .orderBy(asc(noteUpdates.id));
    if (!pending.length) return { folded: 0, stateBytes: row!.state.byteLength };
    const doc = new Y.Doc();
    try {
      doc.transact(() => {
        if (row!.state.byteLength) Y.applyUpdate(doc, row!.state);
        for (const u of pending) Y.applyUpdate(doc, u.update);
      });
      const state = Y.encodeStateAsUpdate(doc);
      const lastId = pending[pending.length - 1]!.id;
      await tx
        .update(notes)
        .set({ state, compactedAt: sql`now()` })
        .where(eq(notes.recommendationId, recommendationId));
      await tx
        .delete(noteUpdates)
        .where(and(eq(noteUpdates.recommendationId, recommendationId), lte(noteUpdates.id, lastId)));
      return { folded: pending.length, stateBytes: state.byteLength };
    } finally {
      doc.destroy();
    }
  });
}

export async function countPendingUpdates(db: DbOrTx, recommendationId: string): Promise<number> {
  const [r] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(noteUpdates)
    .where(eq(noteUpdates.recommendationId, recommendationId));
  return Number(r?.n ?? 0);
}
