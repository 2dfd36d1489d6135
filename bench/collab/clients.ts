/**
 * Clients for the collaboration benchmark, all in the benchmark's process: the real
 * HocuspocusProvider (ours and plain Hocuspocus) and a minimal y-protocols client for the bare
 * relay (what y-websocket's provider does: sync step 1 on open, answer sync messages, send each
 * local update). Latency is matched by Yjs clocks: an edit is known by its client id and the clock
 * after it, and a receiver's update names the same pair in its metadata.
 */
import { HocuspocusProvider, HocuspocusProviderWebsocket } from "@hocuspocus/provider";
import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import * as syncProtocol from "y-protocols/sync";
import WebSocket from "ws";
import * as Y from "yjs";
import { createStoredTracker, type StoredTracker } from "../../lib/notes/stored-acks";

export interface BenchClient {
  doc: Y.Doc;
  ready: Promise<void>;
  /** "Saved" (ours): the stored-acknowledgement tracker of this client. */
  stored?: StoredTracker<typeof WebSocket>;
  close(): void;
}

/** Edit → remote apply samples for one phase: edits are registered, receivers report arrivals. */
export class LatencyProbe {
  private readonly sentAt = new Map<string, number>();
  readonly samples: number[] = [];
  edits = 0;

  watch(doc: Y.Doc) {
    doc.on("update", (update: Uint8Array, origin: unknown) => {
      if (origin === null) return; // our own edit
      const now = performance.now();
      const { to } = Y.parseUpdateMeta(update);
      for (const [client, clock] of to) {
        const t0 = this.sentAt.get(`${client}:${clock}`);
        if (t0 !== undefined) this.samples.push(now - t0);
      }
    });
  }

  /** Makes one small edit (an insert, sometimes a delete) and registers it. */
  edit(doc: Y.Doc, rnd: () => number): number {
    const text = doc.getText("t");
    const t0 = performance.now();
    if (text.length > 20 && rnd() < 0.1) text.delete(Math.floor(rnd() * (text.length - 1)), 1);
    else text.insert(Math.floor(rnd() * (text.length + 1)), String.fromCharCode(97 + Math.floor(rnd() * 26)));
    this.sentAt.set(`${doc.clientID}:${Y.getState(doc.store, doc.clientID)}`, t0);
    this.edits++;
    return t0;
  }
}

export function hocuspocusClient(opts: {
  url: string;
  name: string;
  token: string;
  trackStored: boolean;
}): BenchClient {
  const doc = new Y.Doc();
  const stored = opts.trackStored ? createStoredTracker(WebSocket) : undefined;
  const socket = new HocuspocusProviderWebsocket({
    url: opts.url,
    WebSocketPolyfill: stored?.WebSocketPolyfill ?? WebSocket,
    maxAttempts: 1,
  });
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name: opts.name,
    document: doc,
    token: opts.token,
    onStateless: ({ payload }) => stored?.onStateless(payload),
  });
  provider.attach();
  const ready = new Promise<void>((resolve, reject) => {
    provider.on("synced", () => resolve());
    provider.on("authenticationFailed", ({ reason }: { reason: string }) => reject(new Error(reason)));
    setTimeout(() => reject(new Error("no sync in 15 s")), 15_000).unref();
  });
  return {
    doc,
    ready,
    stored,
    close() {
      provider.destroy();
      socket.destroy();
      doc.destroy();
    },
  };
}

export function relayClient(opts: { url: string }): BenchClient {
  const doc = new Y.Doc();
  const ws = new WebSocket(opts.url);
  ws.binaryType = "arraybuffer";
  const send = (encoder: encoding.Encoder) => {
    if (ws.readyState === WebSocket.OPEN) ws.send(encoding.toUint8Array(encoder));
  };
  const ready = new Promise<void>((resolve, reject) => {
    ws.on("open", () => {
      const e = encoding.createEncoder();
      encoding.writeVarUint(e, 0);
      syncProtocol.writeSyncStep1(e, doc);
      send(e);
    });
    ws.on("message", (data: ArrayBuffer) => {
      const d = decoding.createDecoder(new Uint8Array(data));
      if (decoding.readVarUint(d) !== 0) return; // awareness: not used here
      const e = encoding.createEncoder();
      encoding.writeVarUint(e, 0);
      const type = syncProtocol.readSyncMessage(d, e, doc, ws);
      if (encoding.length(e) > 1) send(e);
      if (type === syncProtocol.messageYjsSyncStep2) resolve();
    });
    ws.on("error", reject);
  });
  doc.on("update", (update: Uint8Array, origin: unknown) => {
    if (origin === ws) return;
    const e = encoding.createEncoder();
    encoding.writeVarUint(e, 0);
    syncProtocol.writeUpdate(e, update);
    send(e);
  });
  return {
    doc,
    ready,
    close() {
      ws.close();
      doc.destroy();
    },
  };
}
