/**
 * The live collaboration server of this process, for code that Next bundles separately (server
 * actions restoring or repairing a note): server.ts registers it on globalThis, which both module graphs
 * share. Absent in tests and scripts that run without the websocket; callers then rely on the
 * database alone (the next load of the note includes what they stored).
 */
export interface LiveNotes {
  applyExternalUpdate(recommendationId: string, update: Uint8Array): Promise<void>;
  reloadNote(recommendationId: string): Promise<void>;
}

const key = Symbol.for("twin-city-tracker.collab");
type GlobalWithCollab = typeof globalThis & { [key]?: LiveNotes };

export function registerLiveNotes(live: LiveNotes | undefined): void {
  (globalThis as GlobalWithCollab)[key] = live;
}

export function liveNotes(): LiveNotes | undefined {
  return (globalThis as GlobalWithCollab)[key];
}
