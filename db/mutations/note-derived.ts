/**
 * After edits settle: the note's plain text and sanitised HTML go to notes.text/html (search and
 * reports read them), and the history gets "Notes edited by …": at most one entry per editor per
 * note per ten minutes, however many keystrokes that was.
 */
import { noteSearchText } from "../search-text";
import { and, eq, gte } from "drizzle-orm";
import type * as Y from "yjs";
import type { DbOrTx } from "@/db";
import { activityLog, notes } from "@/db/schema";
import { recordActivity } from "@/db/mutations/activity";
import { deriveNoteContent, mentionedUserIds, mentionedUserIdsInHtml } from "@/lib/notes/derive";
import { notifyNewMentions } from "./mention-notifications";
import { EMPTY_NOTE_STATE } from "@/lib/notes/yjs-state";

const NOTE_EDIT_COALESCE_MS = 10 * 60 * 1000;

export async function storeDerivedNote(
  db: DbOrTx,
  params: { recommendationId: string; doc: Y.Doc; editorIds: string[]; now?: Date },
): Promise<{ text: string; html: string }> {
  const { text, html } = deriveNoteContent(params.doc);
  const now = params.now ?? new Date();
  const lastEditor = params.editorIds[params.editorIds.length - 1] ?? null;
  const derived = {
    text,
    searchText: noteSearchText(text),
    html,
    derivedAt: now,
    ...(lastEditor ? { lastEditedAt: now, lastEditedById: lastEditor } : {}),
  };
  const mentions = mentionedUserIds(params.doc);
  await db.transaction(async (tx) => {
    // Mentions new since the last derivation are told; read the last one's only when there are any.
    if (mentions.length) {
      const [before] = await tx
        .select({ html: notes.html })
        .from(notes)
        .where(eq(notes.recommendationId, params.recommendationId));
      await notifyNewMentions(tx, {
        recommendationId: params.recommendationId,
        actorId: lastEditor,
        before: mentionedUserIdsInHtml(before?.html ?? null),
        after: mentions,
      });
    }
    await tx
      .insert(notes)
      .values({ recommendationId: params.recommendationId, state: EMPTY_NOTE_STATE, ...derived })
      .onConflictDoUpdate({ target: notes.recommendationId, set: derived });
    const since = new Date(now.getTime() - NOTE_EDIT_COALESCE_MS);
    for (const userId of new Set(params.editorIds)) {
      const [recent] = await tx
        .select({ id: activityLog.id })
        .from(activityLog)
        .where(
          and(
            eq(activityLog.recommendationId, params.recommendationId),
            eq(activityLog.entityType, "note"),
            eq(activityLog.kind, "edit"),
            eq(activityLog.actorId, userId),
            gte(activityLog.at, since),
          ),
        )
        .limit(1);
      if (recent) continue;
      await recordActivity(tx, {
        actor: { id: userId },
        entityType: "note",
        entityId: params.recommendationId,
        recommendationId: params.recommendationId,
        kind: "edit",
      });
    }
  });
  return { text, html };
}
