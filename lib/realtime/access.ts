/**
 * Access changes (deactivation, role or agency change, signing out, sessions or tokens revoked,
 * agencies merged) are published by the mutations through db/notify.ts, inside the transaction that
 * makes them, so that (on every instance, on PostgreSQL) the collaboration server closes or downgrades the
 * open connections of those users and the event streams (/api/v1/events) of those users close and
 * have to authenticate again, at once rather than at a periodic re-check.
 */
import { EventEmitter } from "node:events";
import { ACCESS_CHANNEL } from "@/db/notify";

export { ACCESS_CHANNEL };

interface Hub {
  emitter: EventEmitter;
  listening: Promise<void> | null;
}
const hubKey = Symbol.for("twin-city-tracker.access-hub");
type GlobalWithHub = typeof globalThis & { [hubKey]?: Hub };

function hub(): Hub {
  const g = globalThis as GlobalWithHub;
  if (!g[hubKey]) {
    const emitter = new EventEmitter();
    emitter.setMaxListeners(0); // one per open event stream; not a leak
    g[hubKey] = { emitter, listening: null };
  }
  return g[hubKey];
}

/** Calls `onChange` with the users concerned by every committed access change, until stopped. */
export async function subscribeToAccessChanges(onChange: (userIds: string[]) => void): Promise<() => void> {
  const h = hub();
  h.listening ??= (async () => {
    const { getDatabaseHandle } = await import("@/db");
    const handle = await getDatabaseHandle();
    await handle.listen(ACCESS_CHANNEL, (payload) => {
      try {
        const { userIds } = JSON.parse(payload) as { userIds: unknown };
        if (Array.isArray(userIds)) h.emitter.emit("change", userIds.map(String));
      } catch (err) {
        console.error("ignoring a malformed access notification", err);
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
