/**
 * Notifications a write sends from inside its transaction with pg_notify, so they leave only if the
 * change commits and, on PostgreSQL, reach every instance listening on the channel. The listening
 * side is elsewhere: lib/realtime/changes.ts streams changes to open pages, the collaboration server
 * closes or downgrades connections on access changes.
 */
import { sql } from "drizzle-orm";
import type { DbOrTx } from "./index";

export const CHANGES_CHANNEL = "tct_changes";
/**
 * Any committed write to what the lists show: sent by the database itself (triggers of migration
 * 0008), with an empty payload; db/queries/list-cache.ts drops its cached answers on it.
 */
export const DATA_CHANNEL = "tct_data";
/**
 * New notifications committed, `{ userIds }` (or `{ all: true }` when too many to list within
 * pg_notify's 8000-byte payload): sent by db/mutations/notification-insert.ts in the statement that
 * inserts them, so a bell hears of a notification only once it exists.
 */
export const NOTIFICATIONS_CHANNEL = "tct_notifications";
/** Deactivation, role or agency change, sessions revoked, agencies merged. */
export const ACCESS_CHANNEL = "tct_access";

export interface ChangeEvent {
  type: "recommendation" | "action" | "indicator" | "round" | "evidence";
  /** The recommendation concerned, so a page showing it knows to refresh. */
  code: string;
  version: number;
  actorId: string | null;
}

export async function publishChange(tx: DbOrTx, event: ChangeEvent): Promise<void> {
  await tx.execute(sql`select pg_notify(${CHANGES_CHANNEL}, ${JSON.stringify(event)})`);
}

/**
 * Sends the access change with the transaction (every instance hears it once it commits). The
 * mutation also calls `noteAccessChange` once its transaction is over, so that this process forgets
 * what it cached about callers as soon as the change has committed, before its answer leaves.
 */
export async function publishAccessChange(tx: DbOrTx, userIds: string[]): Promise<void> {
  if (!userIds.length) return;
  noteAccessChange();
  await tx.execute(sql`select pg_notify(${ACCESS_CHANNEL}, ${JSON.stringify({ userIds })})`);
}

/**
 * This process's count of access changes, moved by every change committed here (`noteAccessChange`)
 * and every notification on ACCESS_CHANNEL (any instance's, as the token cache in
 * db/mutations/tokens.ts listens). What is cached about a caller is valid only at the count it was
 * read at. On globalThis: Next loads its own copy of this module beside server.ts's.
 */
const ACCESS_GENERATION = Symbol.for("twin-city-tracker.access-generation");
type GlobalWithGeneration = typeof globalThis & { [ACCESS_GENERATION]?: { value: number } };
function generation(): { value: number } {
  const g = globalThis as GlobalWithGeneration;
  g[ACCESS_GENERATION] ??= { value: 0 };
  return g[ACCESS_GENERATION];
}

export function accessGeneration(): number {
  return generation().value;
}

/** Drops everything this process cached about who may do what. */
export function noteAccessChange(): void {
  generation().value++;
}
