/**
 * Durable storage of a note: every update is appended to note_updates before the server
 * acknowledges it as stored (the collaboration server's persistence extension, grouped by
 * lib/collab/update-writer.ts), and compaction folds them
 * into notes.state. A note is therefore always `notes.state` + the updates after it, in id order.
 *
 * Compaction works from what is in the database, never from a process's in-memory document, so
 * with several instances an update stored by another instance (not yet arrived here through Redis)
 * is never dropped.
 */
import { and, eq, lte, sql } from "drizzle-orm";
import * as Y from "yjs";
import type { DbOrTx } from "@/db";
import { noteUpdates, notes } from "@/db/schema";
import { applyStoredNote, readStoredNote } from "@/db/queries/notes";
import { EMPTY_NOTE_STATE } from "@/lib/notes/yjs-state";

export interface NoteUpdateRow {
  recommendationId: string;
  update: Uint8Array;
  userId: string | null;
}

export async function appendNoteUpdate(db: DbOrTx, params: NoteUpdateRow): Promise<void> {
  await appendNoteUpdates(db, [params]);
}

/**
 * One statement, one commit for many updates (the collaboration server's group commit). Written as
 * parameterised SQL rather than with the query builder: it is the hottest statement of a typing
 * session, and building it through drizzle's insert cost more CPU than the insert itself.
 */
export async function appendNoteUpdates(db: DbOrTx, rows: NoteUpdateRow[]): Promise<void> {
  if (!rows.length) return;
  const values = rows.map(
    (r) =>
      sql`(${r.recommendationId}, ${Buffer.from(r.update.buffer, r.update.byteOffset, r.update.byteLength)}, ${r.userId})`,
  );
  await db.execute(
    sql`insert into ${noteUpdates} (${sql.identifier("recommendation_id")}, ${sql.identifier("update")}, ${sql.identifier("user_id")}) values ${sql.join(values, sql`, `)}`,
  );
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
      await applyStoredNote(doc, stored);
      const state = Y.encodeStateAsUpdate(doc);
      await replaceNoteState(tx, recommendationId, state, pending[pending.length - 1]!.id);
      return { folded: pending.length, stateBytes: state.byteLength };
    } finally {
      doc.destroy();
    }
  });
}

/** notes.state becomes `state`, and the updates up to `lastUpdateId` (folded into it) go. */
export async function replaceNoteState(
  tx: DbOrTx,
  recommendationId: string,
  state: Uint8Array,
  lastUpdateId: number | undefined,
): Promise<void> {
  await tx
    .update(notes)
    .set({ state, compactedAt: sql`now()` })
    .where(eq(notes.recommendationId, recommendationId));
  if (lastUpdateId === undefined) return;
  await tx
    .delete(noteUpdates)
    .where(and(eq(noteUpdates.recommendationId, recommendationId), lte(noteUpdates.id, lastUpdateId)));
}
