/** Node clients of the collaboration server for tests: the real HocuspocusProvider over `ws`. */
import { HocuspocusProvider, HocuspocusProviderWebsocket } from "@hocuspocus/provider";
import WebSocket from "ws";
import * as Y from "yjs";
import { createStoredTracker } from "@/lib/notes/stored-acks";
import { signCollabToken } from "@/lib/notes/token";

export interface TestClient {
  doc: Y.Doc;
  provider: HocuspocusProvider;
  socket: HocuspocusProviderWebsocket;
  closes: { code: number; reason: string }[];
  denied: string[];
  text(): string;
  /** Resolves when the server has reported every local change stored ("Saved", as the editor shows it). */
  saved(timeoutMs?: number): Promise<void>;
  synced(timeoutMs?: number): Promise<void>;
  destroy(): void;
}

export function tokenFor(secret: string, userId: string, documentName: string, name = "Test user") {
  return signCollabToken(secret, { userId, documentName, name }).token;
}

export function connectClient(opts: {
  port: number;
  documentName: string;
  token: string;
  doc?: Y.Doc;
  /** Token in the URL (the upgrade gate); defaults to `token`. */
  urlToken?: string | null;
  /** Keep reconnecting (offline tests); by default one attempt. */
  reconnect?: boolean;
}): TestClient {
  const doc = opts.doc ?? new Y.Doc();
  const urlToken = opts.urlToken === undefined ? opts.token : opts.urlToken;
  const closes: TestClient["closes"] = [];
  const denied: string[] = [];
  const stored = createStoredTracker(WebSocket);
  const socket = new HocuspocusProviderWebsocket({
    url: `ws://127.0.0.1:${opts.port}/collab${urlToken === null ? "" : `?token=${encodeURIComponent(urlToken)}`}`,
    WebSocketPolyfill: stored.WebSocketPolyfill,
    maxAttempts: opts.reconnect ? 0 : 1,
    delay: 50,
    minDelay: 50,
    maxDelay: 200,
    onClose: ({ event }) => closes.push({ code: event.code, reason: event.reason }),
  });
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name: opts.documentName,
    document: doc,
    token: opts.token,
    onAuthenticationFailed: ({ reason }) => denied.push(reason),
    onStateless: ({ payload }) => stored.onStateless(payload),
  });
  provider.attach();
  const waitFor = (check: () => boolean, what: string, timeoutMs = 5000) =>
    new Promise<void>((resolve, reject) => {
      if (check()) return resolve();
      const started = Date.now();
      const timer = setInterval(() => {
        if (check()) {
          clearInterval(timer);
          resolve();
        } else if (Date.now() - started > timeoutMs) {
          clearInterval(timer);
          reject(new Error(`timed out waiting for ${what}`));
        }
      }, 2);
    });
  return {
    doc,
    provider,
    socket,
    closes,
    denied,
    text: () => doc.getText("t").toString(),
    saved: (t) =>
      waitFor(
        () => socket.status === "connected" && provider.isSynced && !provider.hasUnsyncedChanges && stored.allStored(),
        "saved",
        t,
      ),
    synced: (t) => waitFor(() => provider.isSynced, "synced", t),
    destroy() {
      provider.destroy();
      socket.destroy();
    },
  };
}
