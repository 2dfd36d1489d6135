/**
 * One LISTEN per database handle and channel for a process-wide cache (the list cache, the token
 * cache). Resolves false when the handle cannot listen — the cache must then stay off, since it would
 * never hear of changes — and tries again on the next call.
 * On globalThis: Next loads its own copy of the modules beside server.ts's.
 */
import type { DatabaseHandle } from "./index";

const KEY = Symbol.for("twin-city-tracker.listen-once");

export function listenOnce(
  handle: DatabaseHandle,
  channel: string,
  onNotify: () => void,
  what: string,
): Promise<boolean> {
  const g = globalThis as typeof globalThis & { [KEY]?: WeakMap<DatabaseHandle, Map<string, Promise<boolean>>> };
  g[KEY] ??= new WeakMap();
  let channels = g[KEY].get(handle);
  if (!channels) g[KEY].set(handle, (channels = new Map()));
  let listening = channels.get(channel);
  if (!listening) {
    listening = handle.listen(channel, onNotify).then(
      () => true,
      (err) => {
        console.error(`${what} off: cannot listen on ${channel}`, err);
        channels.delete(channel); // try again on the next call
        return false;
      },
    );
    channels.set(channel, listening);
  }
  return listening;
}
