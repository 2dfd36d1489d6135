/**
 * Live changes, the listening side. A mutation publishes inside its transaction (db/notify.ts), so
 * the event leaves only if the change commits, and on PostgreSQL it reaches every instance listening
 * on the channel (that is what carries it between instances behind a load balancer). Each process
 * listens once, through a connection that re-listens after a database outage (db/listener.ts), and
 * fans the events out to its subscribers (the server-sent events of /api/v1/events).
 */
import { EventEmitter } from "node:events";
import { sql } from "drizzle-orm";
import type { DbOrTx } from "@/db";
import { CHANGES_CHANNEL, type ChangeEvent } from "@/db/notify";
import { selectRows } from "@/db/rows";

export { CHANGES_CHANNEL, type ChangeEvent };

interface Hub {
  emitter: EventEmitter;
  listening: Promise<void> | null;
}
const hubKey = Symbol.for("twin-city-tracker.changes-hub");
type GlobalWithHub = typeof globalThis & { [hubKey]?: Hub };

function hub(): Hub {
  const g = globalThis as GlobalWithHub;
  if (!g[hubKey]) {
    const emitter = new EventEmitter();
    emitter.setMaxListeners(0); // one per open page; not a leak
    g[hubKey] = { emitter, listening: null };
  }
  return g[hubKey];
}

/** Calls `onChange` for every committed change until the returned function is called. */
export async function subscribeToChanges(onChange: (event: ChangeEvent) => void): Promise<() => void> {
  const h = hub();
  h.listening ??= (async () => {
    const { getDatabaseHandle } = await import("@/db");
    const handle = await getDatabaseHandle();
    await handle.listen(CHANGES_CHANNEL, (payload) => {
      try {
        h.emitter.emit("change", JSON.parse(payload) as ChangeEvent);
      } catch (err) {
        console.error("ignoring a malformed change notification", err);
      }
    });
  })().catch((err) => {
    h.listening = null; // let the next subscriber try again
    throw err;
  });
  await h.listening;
  h.emitter.on("change", onChange);
  return () => h.emitter.off("change", onChange);
}

/**
 * Changes recorded since `since`, one per recommendation (the latest), for a subscriber that was not
 * listening yet. The activity log's time is when the writing transaction began, so the window starts
 * a few seconds early: replaying a change the page already shows only costs a refresh.
 */
export async function changesSince(db: DbOrTx, since: Date, limit = 100): Promise<ChangeEvent[]> {
  const from = new Date(since.getTime() - 5_000);
  const rows = await selectRows<{ code: string; version: number; actor_id: string | null }>(
    db,
    sql`select distinct on (r.code) r.code, r.version, a.actor_id
        from activity_log a join recommendations r on r.id = a.recommendation_id
        where a.at > ${from.toISOString()}::timestamptz
        order by r.code, a.id desc
        limit ${limit}`,
  );
  return rows.map((r) => ({ type: "recommendation", code: r.code, version: r.version, actorId: r.actor_id }));
}
