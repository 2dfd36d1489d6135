/**
 * One LISTEN per process and channel, fanned out to every subscriber in the process (open pages,
 * event streams). The hub lives on globalThis because Next loads its own copy of this module beside
 * server.ts's; the listening connection re-listens after a database outage (db/listener.ts).
 */
import { EventEmitter } from "node:events";

interface Hub {
  emitter: EventEmitter;
  listening: Promise<void> | null;
}
type GlobalWithHubs = typeof globalThis & { [key: symbol]: Hub | undefined };

/** A subscribe function for `channel`; `parse` turns a payload into an event, or undefined to drop it. */
export function channelSubscriber<T>(channel: string, parse: (payload: unknown) => T | undefined) {
  const key = Symbol.for(`twin-city-tracker.hub.${channel}`);
  const hub = (): Hub => {
    const g = globalThis as GlobalWithHubs;
    if (!g[key]) {
      const emitter = new EventEmitter();
      emitter.setMaxListeners(0); // one per open page or stream; not a leak
      g[key] = { emitter, listening: null };
    }
    return g[key];
  };

  /** Calls `onEvent` for every committed notification on the channel until the returned function is called. */
  return async function subscribe(onEvent: (event: T) => void): Promise<() => void> {
    const h = hub();
    h.listening ??= (async () => {
      const { getDatabaseHandle } = await import("@/db");
      const handle = await getDatabaseHandle();
      await handle.listen(channel, (payload) => {
        try {
          const event = parse(JSON.parse(payload));
          if (event !== undefined) h.emitter.emit("event", event);
        } catch (err) {
          console.error(`ignoring a malformed ${channel} notification`, err);
        }
      });
    })().catch((err) => {
      h.listening = null; // let the next subscriber try again
      throw err;
    });
    await h.listening;
    h.emitter.on("event", onEvent);
    return () => h.emitter.off("event", onEvent);
  };
}
