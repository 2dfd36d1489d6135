/**
 * LISTEN on PostgreSQL over one dedicated connection that comes back after the database does.
 * postgres.js re-listens once when its listening connection closes and, if the database is still
 * down at that moment, silently never again; here the channels are re-listened with backoff (100 ms
 * doubling to 5 s) until the database answers. Notifications sent while the connection was down are
 * lost, as with any LISTEN: subscribers that must not miss a change catch up from the database.
 */
import type { Options, PostgresType, Sql } from "postgres";

type Notify = (payload: string) => void;
export type ClientOptions = Options<Record<string, PostgresType>>;

export interface Listener {
  listen(channel: string, onNotify: Notify): Promise<() => Promise<void>>;
  close(): Promise<void>;
}

const quoted = (channel: string) => `"${channel.replace(/"/g, '""')}"`;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms).unref());

export function createListener(connect: (options: ClientOptions) => Sql): Listener {
  const channels = new Map<string, Set<Notify>>();
  let relistening = false;
  let ended = false;

  // `onnotify` and `onclose` are options of postgres.js that its type definitions leave out.
  const sql = connect({
    max: 1,
    idle_timeout: 0,
    max_lifetime: 0,
    fetch_types: false,
    onnotify: (channel: string, payload: string) => channels.get(channel)?.forEach((fn) => fn(payload)),
    onclose: () => void relisten(),
  } as ClientOptions);

  async function relisten() {
    if (ended || relistening || !channels.size) return;
    relistening = true;
    try {
      for (let attempt = 0; !ended; attempt++) {
        await sleep(Math.min(100 * 2 ** attempt, 5_000));
        try {
          for (const channel of channels.keys()) await sql.unsafe(`listen ${quoted(channel)}`);
          if (attempt > 0) console.log(`database: listening again on ${[...channels.keys()].join(", ")}`);
          return;
        } catch {
          // still out of reach: try again after a longer pause
        }
      }
    } finally {
      relistening = false;
    }
  }

  return {
    async listen(channel, onNotify) {
      let listeners = channels.get(channel);
      if (!listeners) {
        listeners = new Set();
        channels.set(channel, listeners);
        try {
          await sql.unsafe(`listen ${quoted(channel)}`);
        } catch (err) {
          channels.delete(channel);
          throw err;
        }
      }
      listeners.add(onNotify);
      return async () => {
        const current = channels.get(channel);
        if (!current?.delete(onNotify) || current.size) return;
        channels.delete(channel);
        await sql.unsafe(`unlisten ${quoted(channel)}`).catch(() => {});
      };
    },
    async close() {
      ended = true;
      await sql.end({ timeout: 5 });
    },
  };
}
