/**
 * Offline copies of notes in this browser (y-indexeddb), one database per user and note. Signing
 * out deletes them all, so the next person on a shared computer finds nothing.
 */
const LOCAL_NOTE_PREFIX = "tct-note:";

export const localNoteDatabaseName = (userId: string, documentName: string) =>
  `${LOCAL_NOTE_PREFIX}${userId}:${documentName}`;

export async function clearLocalNoteCopies(): Promise<void> {
  if (typeof indexedDB === "undefined" || typeof indexedDB.databases !== "function") return;
  const dbs = await indexedDB.databases();
  await Promise.all(
    dbs
      .filter((d) => d.name?.startsWith(LOCAL_NOTE_PREFIX))
      .map(
        (d) =>
          new Promise<void>((resolve) => {
            const req = indexedDB.deleteDatabase(d.name!);
            req.onsuccess = req.onerror = req.onblocked = () => resolve();
          }),
      ),
  );
}
