/**
 * Reads of progress notes: the stored note (state + the updates after it, in id order), report
 * versions, and who may open a note, re-read from the database on connect and periodically by the
 * collaboration server, so a deactivation, a role or agency change or "sign out everywhere" ends an
 * open connection.
 */
import { and, asc, desc, eq, sql } from "drizzle-orm";
import * as Y from "yjs";
import type { DbOrTx } from "@/db";
import { noteUpdates, noteVersions, notes, recommendations, revokedSessions, users } from "@/db/schema";
import { recommendationFacts } from "@/db/mutations/facts";
import { actorOf, can } from "@/lib/permissions";
import { applyNoteUpdates } from "@/lib/notes/yjs-state";

export interface StoredNote {
  state: Uint8Array | undefined;
  pending: { id: number; update: Uint8Array }[];
}

/** The stored state and the updates after it, in id order; `lock` holds the note row until the transaction ends. */
export async function readStoredNote(
  db: DbOrTx,
  recommendationId: string,
  opts: { lock?: boolean } = {},
): Promise<StoredNote> {
  const byNote = db.select({ state: notes.state }).from(notes).where(eq(notes.recommendationId, recommendationId));
  const [row] = await (opts.lock ? byNote.for("update") : byNote);
  const pending = await db
    .select({ id: noteUpdates.id, update: noteUpdates.update })
    .from(noteUpdates)
    .where(eq(noteUpdates.recommendationId, recommendationId))
    .orderBy(asc(noteUpdates.id));
  return { state: row?.state, pending };
}

export const applyStoredNote = (doc: Y.Doc, stored: StoredNote) =>
  applyNoteUpdates(
    doc,
    stored.state,
    stored.pending.map((p) => p.update),
  );

/** Applies the stored state and then every stored update to `doc`. Returns how many updates. */
export async function loadNoteInto(db: DbOrTx, recommendationId: string, doc: Y.Doc): Promise<number> {
  const stored = await readStoredNote(db, recommendationId);
  await applyStoredNote(doc, stored);
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

export async function countPendingUpdates(db: DbOrTx, recommendationId: string): Promise<number> {
  const [r] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(noteUpdates)
    .where(eq(noteUpdates.recommendationId, recommendationId));
  return Number(r?.n ?? 0);
}

export async function listNoteVersions(db: DbOrTx, recommendationId: string) {
  return db
    .select({
      id: noteVersions.id,
      name: noteVersions.name,
      createdAt: noteVersions.createdAt,
      createdById: noteVersions.createdById,
    })
    .from(noteVersions)
    .where(eq(noteVersions.recommendationId, recommendationId))
    .orderBy(desc(noteVersions.createdAt));
}

export async function getNoteVersion(db: DbOrTx, recommendationId: string, versionId: string) {
  const [row] = await db
    .select()
    .from(noteVersions)
    .where(and(eq(noteVersions.recommendationId, recommendationId), eq(noteVersions.id, versionId)));
  return row ?? null;
}

export type NoteAccess =
  | { allowed: true; canEdit: boolean; user: { id: string; name: string; role: string } }
  | { allowed: false; reason: string };

export async function loadNoteAccess(
  db: DbOrTx,
  params: { userId: string; recommendationId: string; tokenIssuedAt: number; sessionId?: string | null },
): Promise<NoteAccess> {
  const [user] = await db.select().from(users).where(eq(users.id, params.userId));
  if (!user || !user.active) return { allowed: false, reason: "This account is not active." };
  if (user.sessionsValidAfter && params.tokenIssuedAt < user.sessionsValidAfter.getTime()) {
    return { allowed: false, reason: "This session was signed out." };
  }
  if (params.sessionId) {
    const [ended] = await db
      .select({ id: revokedSessions.sessionId })
      .from(revokedSessions)
      .where(eq(revokedSessions.sessionId, params.sessionId));
    if (ended) return { allowed: false, reason: "This session was signed out." };
  }
  const [rec] = await db
    .select({ id: recommendations.id, archivedAt: recommendations.archivedAt })
    .from(recommendations)
    .where(eq(recommendations.id, params.recommendationId));
  if (!rec) return { allowed: false, reason: "No such recommendation." };
  const facts = await recommendationFacts(db, rec);
  const actor = actorOf(user);
  // Everyone signed in may read (note.read refuses only API tokens, which never reach the websocket).
  if (!can(actor, { action: "note.read", recommendation: facts }))
    return { allowed: false, reason: "You may not read this note." };
  const canEdit = can(actor, { action: "note.edit", recommendation: facts });
  return { allowed: true, canEdit, user: { id: user.id, name: user.name, role: user.role } };
}

/** The id of the recommendation with this code, or null (a change event names recommendations by code). */
export async function recommendationIdByCode(db: DbOrTx, code: string): Promise<string | null> {
  const [rec] = await db.select({ id: recommendations.id }).from(recommendations).where(eq(recommendations.code, code));
  return rec?.id ?? null;
}
