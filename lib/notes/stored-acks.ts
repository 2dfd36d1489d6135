/**
 * "Saved" means stored in the database. The collaboration server relays an update as soon as it is
 * checked and stores it a moment later (lib/collab/extensions/persistence.ts); once stored it sends
 * a stateless message `{"stored": n}`: the first n sync-step-2 and update messages received on this
 * connection are stored. The client counts those messages as its socket sends them, so the note is
 * saved when nothing is waiting to be sent and the counts agree. Both counts start again with each
 * socket: a reconnect sends what the server lacks (sync step 2), which is counted on the new one.
 *
 * Used by the editor (components/notes/use-note-connection.ts), tests and the benchmark.
 */
import * as decoding from "lib0/decoding";

const STORED_KEY = "stored";

export function storedAckPayload(count: number): string {
  return `{"${STORED_KEY}":${count}}`;
}

/** The count in a stored acknowledgement, or null for any other stateless message. */
export function parseStoredAck(payload: string): number | null {
  try {
    const value = (JSON.parse(payload) as Record<string, unknown>)[STORED_KEY];
    return typeof value === "number" ? value : null;
  } catch {
    return null;
  }
}

/** True for a frame the server counts: a sync step 2 or an update (message type 0, step 1 or 2). */
export function isCountedFrame(data: unknown): boolean {
  if (!(data instanceof Uint8Array)) return false;
  try {
    const d = decoding.createDecoder(data);
    decoding.readVarString(d);
    if (decoding.readVarUint(d) !== 0) return false;
    const step = decoding.readVarUint(d);
    return step === 1 || step === 2;
  } catch {
    return false;
  }
}

type SocketClass = new (url: string | URL, protocols?: string | string[]) => { send(data: never): void };

export interface StoredTracker<C> {
  /** Pass as the provider websocket's WebSocketPolyfill: counts what each socket sends. */
  WebSocketPolyfill: C;
  /** Give it the provider's stateless payloads. */
  onStateless(payload: string): void;
  /** Every counted message sent on the current socket is stored. */
  allStored(): boolean;
  /** The counts on the current socket (for the benchmark's "Saved" latency). */
  counts(): { sent: number; stored: number };
  /** Called after each change of either count (send or acknowledgement). */
  onChange(listener: () => void): void;
}

export function createStoredTracker<C extends SocketClass>(Base: C): StoredTracker<C> {
  let sent = 0;
  let stored = 0;
  const listeners: (() => void)[] = [];
  const changed = () => queueMicrotask(() => listeners.forEach((l) => l()));
  // Only the newest socket's messages reach the provider (it drops a closed socket's listeners).
  let current = 0;
  const Counting = class extends (Base as SocketClass) {
    private readonly generation = ++current;
    constructor(url: string | URL, protocols?: string | string[]) {
      super(url, protocols);
      sent = 0;
      stored = 0;
    }
    send(data: never) {
      if (this.generation === current && isCountedFrame(data)) {
        sent++;
        changed();
      }
      super.send(data);
    }
  } as unknown as C;
  return {
    WebSocketPolyfill: Counting,
    onStateless(payload) {
      const n = parseStoredAck(payload);
      if (n === null || n <= stored) return;
      stored = n;
      changed();
    },
    allStored: () => current > 0 && sent === stored,
    counts: () => ({ sent, stored }),
    onChange: (listener) => void listeners.push(listener),
  };
}
