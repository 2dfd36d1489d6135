/**
 * Progress notes outside the live websocket: websocket tickets, report versions (freeze, restore)
 * and the administrators' repair. Live edits themselves are stored by the collaboration server
 * through note-updates.ts; the reads are in db/queries/notes.ts.
 *
 * Restoring a version needs note.edit: it changes the live note like any edit does, and the people
 * who may freeze (coordinators, administrators) may edit too. The restore is one Yjs update that
 * replaces the note's content with the version's; it is stored before it is applied, like any edit,
 * and applied to the live document so everyone connected sees it.
 */
import { and, eq } from "drizzle-orm";
import * as Y from "yjs";
import type { Database, DbOrTx } from "../index";
import { notes, noteVersions, recommendations } from "../schema";
import { getNoteVersion, loadNoteInto, readStoredNote, applyStoredNote } from "../queries/notes";
import { can, type Actor } from "@/lib/permissions";
import { conflict, notFound } from "@/lib/errors";
import { msg } from "@/lib/i18n/server-message";
import { colorFor } from "@/lib/notes/colors";
import { deriveNoteContent } from "@/lib/notes/derive";
import { NOTE_FRAGMENT, noteDocumentName } from "@/lib/notes/document-name";
import { signCollabToken } from "@/lib/notes/token";
import { dropPending, EMPTY_NOTE_STATE } from "@/lib/notes/yjs-state";
import { recordActivity } from "./activity";
import { actorRef, recommendationFacts, requireAllowed } from "./facts";
import { storeDerivedNote } from "./note-derived";
import { appendNoteUpdate, replaceNoteState } from "./note-updates";

async function loadRecommendation(db: DbOrTx, code: string) {
  const [rec] = await db
    .select({ id: recommendations.id, code: recommendations.code, archivedAt: recommendations.archivedAt })
    .from(recommendations)
    .where(eq(recommendations.code, code));
  if (!rec) throw notFound("errors.noRecommendation", { code });
  return { rec, facts: await recommendationFacts(db, rec) };
}

/** A ticket for the websocket: who (from the session, never from the client) and which note. */
/** A ticket for the note's websocket, bound to the caller's browser session when there is one. */
export async function issueNoteToken(
  db: Database,
  actor: Actor & { name: string; sessionId?: string },
  code: string,
  secret: string,
) {
  const { rec, facts } = await loadRecommendation(db, code);
  requireAllowed(actor, { action: "note.read", recommendation: facts });
  const canEdit = can(actor, { action: "note.edit", recommendation: facts });
  const documentName = noteDocumentName(rec.id);
  const { token, expiresAt } = signCollabToken(secret, {
    userId: actor.id,
    documentName,
    name: actor.name,
    sessionId: actor.sessionId,
  });
  return {
    token,
    expiresAt: new Date(expiresAt).toISOString(),
    documentName,
    path: "/collab",
    canEdit,
    user: { id: actor.id, name: actor.name, color: colorFor(actor.id) },
  };
}

/** Saves the note as it is stored now (every acknowledged edit) under a name, read-only. */
export async function freezeNoteVersion(db: Database, actor: Actor, input: { code: string; name: string }) {
  return db.transaction(async (tx) => {
    const { rec, facts } = await loadRecommendation(tx, input.code);
    requireAllowed(actor, { action: "note.freeze", recommendation: facts });
    const existing = await noteVersionNamed(tx, rec.id, input.name);
    if (existing) throw conflict(msg("errors.versionNameTaken", { name: input.name }));
    return storeNoteVersion(tx, actor, rec.id, input.name);
  });
}

/** The recommendation's report version of this name, if it has one (names are unique per note). */
export async function noteVersionNamed(tx: DbOrTx, recommendationId: string, name: string) {
  const [existing] = await tx
    .select({ id: noteVersions.id, createdAt: noteVersions.createdAt })
    .from(noteVersions)
    .where(and(eq(noteVersions.recommendationId, recommendationId), eq(noteVersions.name, name)));
  return existing ?? null;
}

/**
 * The body of a freeze inside the caller's transaction, once the caller has checked `note.freeze`
 * and that the name is free: the note's stored state and derived text, and its history entry.
 */
export async function storeNoteVersion(tx: DbOrTx, actor: Actor, recommendationId: string, name: string) {
  const doc = new Y.Doc();
  await loadNoteInto(tx, recommendationId, doc);
  const state = Y.encodeStateAsUpdate(doc);
  const { text, html } = deriveNoteContent(doc);
  doc.destroy();
  const [row] = await tx
    .insert(noteVersions)
    .values({ recommendationId, name, state, text, html, createdById: actor.id })
    .returning({ id: noteVersions.id, name: noteVersions.name, createdAt: noteVersions.createdAt });
  await recordActivity(tx, {
    actor: actorRef(actor),
    entityType: "note",
    entityId: recommendationId,
    recommendationId,
    kind: "freeze_version",
    to: { name },
  });
  return row!;
}

/**
 * The update that turns `live` into `version`'s content: the live fragment's children deleted and
 * copies of the version's inserted, as one transaction. Concurrent edits merge as with any edit.
 */
function restoreUpdate(live: Y.Doc, versionState: Uint8Array): Uint8Array {
  const versionDoc = new Y.Doc();
  Y.applyUpdate(versionDoc, versionState);
  const source = versionDoc.getXmlFragment(NOTE_FRAGMENT);
  const target = live.getXmlFragment(NOTE_FRAGMENT);
  const updates: Uint8Array[] = [];
  const capture = (u: Uint8Array) => updates.push(u);
  live.on("update", capture);
  try {
    live.transact(() => {
      if (target.length) target.delete(0, target.length);
      const copies = source.toArray().map((n) => n.clone()) as (Y.XmlElement | Y.XmlText)[];
      if (copies.length) target.insert(0, copies);
    });
  } finally {
    live.off("update", capture);
    versionDoc.destroy();
  }
  return updates.length ? Y.mergeUpdates(updates) : new Uint8Array([0, 0]);
}

/** Stores the restore as an update of the note; the caller applies it to the live document. */
export async function restoreNoteVersion(db: Database, actor: Actor, input: { code: string; versionId: string }) {
  return db.transaction(async (tx) => {
    const { rec, facts } = await loadRecommendation(tx, input.code);
    requireAllowed(actor, { action: "note.edit", recommendation: facts });
    const version = await getNoteVersion(tx, rec.id, input.versionId);
    if (!version) throw notFound("errors.noteVersionGone");
    const live = new Y.Doc();
    try {
      await loadNoteInto(tx, rec.id, live);
      const update = restoreUpdate(live, version.state);
      await appendNoteUpdate(tx, { recommendationId: rec.id, update, userId: actor.id });
      await storeDerivedNote(tx, { recommendationId: rec.id, doc: live, editorIds: [] });
      await recordActivity(tx, {
        actor: actorRef(actor),
        entityType: "note",
        entityId: rec.id,
        recommendationId: rec.id,
        kind: "restore_version",
        to: { name: version.name },
      });
      return { recommendationId: rec.id, update, name: version.name };
    } finally {
      live.destroy();
    }
  });
}

export interface NoteRepair {
  recommendationId: string;
  /** Stored bytes (state + updates) before and after. */
  bytesBefore: number;
  bytesAfter: number;
  /** Whether the note held content Yjs could not integrate (now dropped). */
  droppedPending: boolean;
  /** The version restored into the repaired note, if one was asked for. */
  restored: string | null;
}

/**
 * Repairs a note damaged by unappliable updates (issue 15, item 1): everything stored is folded
 * into one state without what Yjs could not integrate, optionally with a report version restored
 * on top, and the stored updates are deleted. Administrators only. The caller then reloads the live
 * document, since the one in memory still holds what was dropped.
 */
export async function repairNote(
  db: Database,
  actor: Actor,
  input: { code: string; versionId?: string },
): Promise<NoteRepair> {
  return db.transaction(async (tx) => {
    const { rec, facts } = await loadRecommendation(tx, input.code);
    requireAllowed(actor, { action: "note.repair", recommendation: facts });
    const version = input.versionId ? await getNoteVersion(tx, rec.id, input.versionId) : null;
    if (input.versionId && !version) throw notFound("errors.noteVersionGone");
    await tx.insert(notes).values({ recommendationId: rec.id, state: EMPTY_NOTE_STATE }).onConflictDoNothing();
    const stored = await readStoredNote(tx, rec.id, { lock: true });
    const bytesBefore = (stored.state?.byteLength ?? 0) + stored.pending.reduce((n, p) => n + p.update.byteLength, 0);
    const doc = new Y.Doc();
    try {
      await applyStoredNote(doc, stored);
      const droppedPending = dropPending(doc);
      if (version) restoreUpdate(doc, version.state);
      const state = Y.encodeStateAsUpdate(doc);
      await replaceNoteState(tx, rec.id, state, stored.pending.at(-1)?.id);
      await storeDerivedNote(tx, { recommendationId: rec.id, doc, editorIds: [] });
      const result: NoteRepair = {
        recommendationId: rec.id,
        bytesBefore,
        bytesAfter: state.byteLength,
        droppedPending,
        restored: version?.name ?? null,
      };
      await recordActivity(tx, {
        actor: actorRef(actor),
        entityType: "note",
        entityId: rec.id,
        recommendationId: rec.id,
        kind: "repair",
        to: { bytesBefore, bytesAfter: state.byteLength, droppedPending, restored: result.restored },
      });
      return result;
    } finally {
      doc.destroy();
    }
  });
}
