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

/** The state of a note nobody has written in yet. */
export const EMPTY_NOTE_STATE = Y.encodeStateAsUpdate(new Y.Doc());

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

/** The stored state and the updates after it, in id order; `lock` holds the note row until the transaction ends. */
async function readStoredNote(db: DbOrTx, recommendationId: string, opts: { lock?: boolean } = {}) {
  const byNote = db.select({ state: notes.state }).from(notes).where(eq(notes.recommendationId, recommendationId));
  const [row] = await (opts.lock ? byNote.for("update") : byNote);
  const pending = await db
    .select({ id: noteUpdates.id, update: noteUpdates.update })
    .from(noteUpdates)
    .where(eq(noteUpdates.recommendationId, recommendationId))
    .orderBy(asc(noteUpdates.id));
  return { state: row?.state, pending };
}

function applyStoredNote(doc: Y.Doc, stored: Awaited<ReturnType<typeof readStoredNote>>): void {
  doc.transact(() => {
    if (stored.state?.byteLength) Y.applyUpdate(doc, stored.state);
    for (const u of stored.pending) Y.applyUpdate(doc, u.update);
  });
}

/** Applies the stored state and then every stored update to `doc`. Returns how many updates. */
export async function loadNoteInto(db: DbOrTx, recommendationId: string, doc: Y.Doc): Promise<number> {
  const stored = await readStoredNote(db, recommendationId);
  applyStoredNote(doc, stored);
  return stored.pending.length;
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
    await tx.insert(notes).values({ recommendationId, state: EMPTY_NOTE_STATE }).onConflictDoNothing();
    const stored = await readStoredNote(tx, recommendationId, { lock: true });
    const { pending } = stored;
    if (!pending.length) return { folded: 0, stateBytes: stored.state!.byteLength };
    const doc = new Y.Doc();
    try {
      applyStoredNote(doc, stored);
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
