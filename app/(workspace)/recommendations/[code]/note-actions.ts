"use server";
import { revalidatePath } from "next/cache";
import { freezeNoteVersion, repairNote, restoreNoteVersion } from "@/db/mutations/notes";
import { serverAction } from "@/lib/actions/server-action";
import { liveNotes } from "@/lib/collab/registry";
import { noteFreezeInput, noteRepairInput, noteRestoreInput } from "@/lib/validation/inputs";

/** "Freeze as report version": a named read-only copy of the note as saved now (note.freeze). */
export const freezeNoteVersionAction = serverAction(noteFreezeInput, async ({ code, name }, { db, actor }) => {
  const row = await freezeNoteVersion(db, actor, { code, name });
  revalidatePath(`/recommendations/${code}`);
  return { id: row.id, name: row.name };
});

/** Restore a version into the live note (note.edit); everyone connected sees the change. */
export const restoreNoteVersionAction = serverAction(noteRestoreInput, async ({ code, versionId }, { db, actor }) => {
  const result = await restoreNoteVersion(db, actor, { code, versionId });
  await liveNotes()?.applyExternalUpdate(result.recommendationId, result.update);
  revalidatePath(`/recommendations/${code}`);
  return { name: result.name };
});

/**
 * Repair a damaged note (note.repair, administrators): drop what cannot be applied, optionally
 * restore a version, and make everyone connected reload the repaired note.
 */
export const repairNoteAction = serverAction(noteRepairInput, async ({ code, versionId }, { db, actor }) => {
  const result = await repairNote(db, actor, { code, versionId });
  await liveNotes()?.reloadNote(result.recommendationId);
  revalidatePath(`/recommendations/${code}`);
  return {
    bytesBefore: result.bytesBefore,
    bytesAfter: result.bytesAfter,
    droppedPending: result.droppedPending,
    restored: result.restored,
  };
});
