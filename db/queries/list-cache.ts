/**
 * Answers of the list reads (the recommendations list and its facet counts) cached per data version.
 * The version moves on every notification on DATA_CHANNEL, which the database sends after any
 * committed write to the tables the lists read (migration 0008's triggers; PostgreSQL delivers it to
 * every instance that listens, PGlite within the process), and a move drops every cached answer.
 *
 * Key: the read's name and its parameters (filters, sort, page, the day for "overdue"). Nothing about
 * the reader goes in, because nothing about the reader changes these answers: every signed-in user
 * may see every recommendation and the answers carry all three languages. A read that comes to depend
 * on the reader (an agency's private rows, say) must add what the reader may see to the key.
 *
 * Caveats, each bounded: an answer computed while a write commits is stored under the version read
 * before it started, so the notification that follows drops it; a notification lost while the
 * listening connection is down (db/listener.ts) is covered by MAX_AGE_MS. Only the process's own
 * database is cached, never a transaction (its uncommitted writes are nobody else's). The same
 * request arriving while its answer is being computed waits for that computation instead of
 * starting another (the promise is what is cached).
 * LIST_CACHE=off turns it off (benchmarks measure both).
 */
import type { DatabaseHandle } from "../index";
import { listenOnce } from "../listen-once";
import { DATA_CHANNEL } from "../notify";

/** A backstop for a notification lost during a database outage. */
export const MAX_AGE_MS = 30_000;
const MAX_ENTRIES = 500;

interface Entry {
  version: number;
  at: number;
  value: Promise<unknown>;
}
interface State {
  version: number;
  entries: Map<string, Entry>;
}

// On globalThis: Next loads its own copy of this module beside server.ts's. One cache per database
// handle, so two databases in one process (tests, scripts) never share answers.
const KEY = Symbol.for("twin-city-tracker.list-cache");
function stateOf(handle: DatabaseHandle): State {
  const g = globalThis as typeof globalThis & { [KEY]?: WeakMap<DatabaseHandle, State> };
  g[KEY] ??= new WeakMap();
  let state = g[KEY].get(handle);
  if (!state) g[KEY].set(handle, (state = { version: 0, entries: new Map() }));
  return state;
}

/** Drops every answer cached for this database (what a notification does). */
export function invalidateListCache(handle: DatabaseHandle): void {
  const s = stateOf(handle);
  s.version++;
  s.entries.clear();
}

/** `compute()`, or its cached answer for `key` at the current data version. */
export async function cachedRead<T>(handle: DatabaseHandle, key: string, compute: () => Promise<T>): Promise<T> {
  if (process.env.LIST_CACHE === "off") return compute();
  if (!(await listenOnce(handle, DATA_CHANNEL, () => invalidateListCache(handle), "list cache"))) return compute();
  const s = stateOf(handle);
  const now = Date.now();
  const hit = s.entries.get(key);
  if (hit && hit.version === s.version && now - hit.at < MAX_AGE_MS) {
    // Most recently used last: the oldest is the first to go.
    s.entries.delete(key);
    s.entries.set(key, hit);
    return hit.value as Promise<T>;
  }
  const value = compute();
  const entry: Entry = { version: s.version, at: now, value };
  s.entries.set(key, entry);
  value.catch(() => {
    if (s.entries.get(key) === entry) s.entries.delete(key); // a failure is not an answer to keep
  });
  while (s.entries.size > MAX_ENTRIES) s.entries.delete(s.entries.keys().next().value!);
  return value;
}

/** A stable key for parameters: object keys sorted, so the same filters in another order hit. */
export function cacheKey(name: string, params: unknown): string {
  return `${name}:${JSON.stringify(params, (_k, v: unknown) =>
    v && typeof v === "object" && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)))
      : v,
  )}`;
}
