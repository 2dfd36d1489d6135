/**
 * The collaboration websocket: Hocuspocus 4 behind crossws's Node adapter, mounted by server.ts on
 * /collab of the one HTTP server (and by tests on a small server of their own, with the same code).
 *
 * The upgrade itself needs `?token=` (a ticket from POST /api/v1/recommendations/{code}/notes/token)
 * and every frame is checked (lib/collab/frames.ts) before Hocuspocus sees it. The rest is done by
 * extensions, one concern each, in lib/collab/extensions/: authentication, limits (what an update
 * may do, checked before it is applied, relayed or stored), persistence (group commit, then a
 * "stored" message that the editor shows as "Saved"), awareness, access re-check, and Redis.
 */
import type { IncomingMessage } from "node:http";
import type { Duplex } from "node:stream";
import crossws from "crossws/adapters/node";
import { Hocuspocus, type Document, type Extension } from "@hocuspocus/server";
import * as Y from "yjs";
import type { Database } from "@/db";
import { MAX_MESSAGE_BYTES, noteDocumentName, parseNoteDocumentName } from "@/lib/notes/document-name";
import { verifyCollabToken, type CollabTokenPayload } from "@/lib/notes/token";
import { authenticated, type CollabContext } from "./context";
import { AccessRecheckExtension, type Listen } from "./extensions/access-recheck";
import { AuthenticationExtension } from "./extensions/authentication";
import { AwarenessExtension } from "./extensions/awareness";
import { LimitsExtension } from "./extensions/limits";
import { PersistenceExtension } from "./extensions/persistence";
import { createRedisExtension } from "./extensions/redis";
import { checkFrame, CloseCodes, closePeer, type CloseError } from "./frames";

export interface CollabServerOptions {
  db: Database;
  secret: string;
  /** With a Redis URL, instances sharing it serve the same live documents. */
  redisUrl?: string;
  redisPrefix?: string;
  /** How often open connections' access is re-checked against the database. */
  accessCheckMs?: number;
  /**
   * LISTEN on the database (DatabaseHandle.listen): access changes (lib/realtime/access.ts) and
   * recommendation changes (owners) trigger a re-check at once instead of at the next period.
   */
  listen?: Listen;
  /** Settling time before text/HTML are derived (and the last edits recorded in history). */
  debounceMs?: number;
  maxDebounceMs?: number;
  /** Compaction runs at most this often per document while it is open, and always on unload. */
  compactEveryMs?: number;
  /** Tests only: holds each group commit this long (a window between relaying and storing). */
  storeDelayMs?: number;
  log?: (message: string) => void;
}

export interface CollabServer {
  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): Promise<void>;
  /** Applies an update produced elsewhere in this process (a restored version) to the live note. */
  applyExternalUpdate(recommendationId: string, update: Uint8Array): Promise<void>;
  /**
   * After a repair replaced the stored note: closes its connections (4409) so everyone reloads it
   * from the database, and never stores or derives from the document in memory again.
   */
  reloadNote(recommendationId: string): Promise<void>;
  /** Derives and compacts every loaded note (SIGTERM), then closes every connection. */
  shutdown(): Promise<void>;
}

export function createCollabServer(options: CollabServerOptions): CollabServer {
  const { db, secret } = options;
  const log = options.log ?? ((m: string) => console.log(`collab: ${m}`));
  const debounceMs = options.debounceMs ?? 2000;
  const maxDebounceMs = options.maxDebounceMs ?? 10_000;
  const persistence = new PersistenceExtension({
    db,
    compactEveryMs: options.compactEveryMs,
    debounceMs,
    maxDebounceMs,
    storeDelayMs: options.storeDelayMs,
    log,
  });
  const access = new AccessRecheckExtension({ db, intervalMs: options.accessCheckMs, listen: options.listen, log });
  const extensions: Extension[] = [
    new AuthenticationExtension({ db, secret }),
    new LimitsExtension(),
    persistence,
    new AwarenessExtension(),
    access,
  ];
  const redis = options.redisUrl ? createRedisExtension(options.redisUrl, options.redisPrefix) : null;
  if (redis) extensions.push(redis.extension);

  const hocuspocus = new Hocuspocus({
    name: null,
    quiet: true,
    // Hocuspocus's debounced store only tells the persistence extension when the last person left;
    // while a note is open, its own per-note schedule decides (lib/collab/settle-schedule.ts).
    debounce: debounceMs,
    maxDebounce: maxDebounceMs,
    extensions,
  });

  const connections = new Map<string, ReturnType<Hocuspocus["handleConnection"]>>();
  const ws = crossws({
    serverOptions: { maxPayload: MAX_MESSAGE_BYTES },
    hooks: {
      upgrade(request) {
        const url = new URL(request.url);
        const verified = verifyCollabToken(secret, url.searchParams.get("token"));
        if (!verified.ok) throw new Response(`Unauthorized: ${verified.reason} token`, { status: 401 });
        if (!parseNoteDocumentName(verified.payload.doc)) throw new Response("Unknown document", { status: 404 });
        return { context: { token: verified.payload } };
      },
      open(peer) {
        const context: Partial<CollabContext> = { peer };
        connections.set(
          peer.id,
          hocuspocus.handleConnection(peer.websocket as WebSocket, peer.request as Request, context),
        );
      },
      message(peer, message) {
        const conn = connections.get(peer.id);
        if (!conn) return;
        const data = message.uint8Array();
        try {
          checkFrame(data, (peer.context.token as CollabTokenPayload).doc);
        } catch (err) {
          const e = err as CloseError;
          closePeer(peer, e.code, e.reason);
          return;
        }
        conn.handleMessage(data);
      },
      close(peer, details) {
        const conn = connections.get(peer.id);
        connections.delete(peer.id);
        conn?.handleClose({ code: details.code ?? 1000, reason: details.reason ?? "" });
      },
      error(_peer, error) {
        console.error("collab: websocket error", error);
      },
    },
  });

  const loaded = (recommendationId: string) =>
    hocuspocus.documents.get(noteDocumentName(recommendationId)) as Document | undefined;

  return {
    handleUpgrade: (req, socket, head) => ws.handleUpgrade(req, socket, head),
    async applyExternalUpdate(recommendationId, update) {
      const document = loaded(recommendationId);
      if (document) {
        Y.applyUpdate(document, update, { source: "local" });
        return;
      }
      if (options.redisUrl) {
        // Another instance may hold it open: loading it here syncs it with them through Redis.
        const direct = await hocuspocus.openDirectConnection(noteDocumentName(recommendationId), {});
        await direct.disconnect();
      }
    },
    async reloadNote(recommendationId) {
      const document = loaded(recommendationId);
      if (!document) return;
      persistence.discard(document);
      for (const connection of document.getConnections()) {
        closePeer(authenticated(connection.context)?.peer, CloseCodes.reloaded, "note repaired: reconnect");
      }
    },
    async shutdown() {
      await access.stop();
      const started = performance.now();
      const docs = [...hocuspocus.documents.entries()];
      ws.closeAll(1012, "server restarting");
      // Also waits for the stores the closing sockets started (Hocuspocus stores a note when its last client leaves).
      await persistence.flush(docs);
      await redis?.close();
      log(`flushed ${docs.length} notes in ${(performance.now() - started).toFixed(1)} ms`);
    },
  };
}
