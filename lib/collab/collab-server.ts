/**
 * The collaboration websocket: Hocuspocus 4 behind crossws's Node adapter, mounted by server.ts on
 * /collab of the one HTTP server (and by tests on a small server of their own, with the same code).
 *
 * Who gets in: the upgrade itself needs `?token=` (a ticket from POST
 * /api/v1/recommendations/{code}/notes/token); the per-document auth message carries one too,
 * checked against the document and re-checked against the database (active account, sessions not
 * revoked, note.read / note.edit). Readers get a read-only connection.
 *
 * Durability: `beforeSync` appends every update of a writer to note_updates before Hocuspocus
 * applies it and answers with the SyncStatus acknowledgement the editor shows as "Saved". A
 * read-only connection's update reaches beforeSync too (it runs before the read-only check), so it
 * is never stored there; Hocuspocus then drops it.
 *
 * Every frame is checked before Hocuspocus sees it (size, structure, document name), so malformed
 * input closes that one connection with a reason and never reaches the document or the database.
 */
import type { IncomingMessage } from "node:http";
import type { Duplex } from "node:stream";
import crossws from "crossws/adapters/node";
import type { Peer } from "crossws";
import { Hocuspocus, type Extension, type Document } from "@hocuspocus/server";
import * as decoding from "lib0/decoding";
import * as Y from "yjs";
import type { Database } from "@/db";
import { loadNoteAccess, recommendationIdByCode } from "./access";
import { MAX_DOCUMENT_BYTES, MAX_MESSAGE_BYTES, noteDocumentName, parseNoteDocumentName } from "./document-name";
import { appendNoteUpdate, compactNote, isEmptyUpdate, loadNoteInto } from "./persistence";
import { storeDerivedNote } from "./derived-store";
import { colorFor } from "./colors";
import { verifyCollabToken, type CollabTokenPayload } from "./token";
import { ACCESS_CHANNEL } from "@/lib/realtime/access";
import { CHANGES_CHANNEL, type ChangeEvent } from "@/lib/realtime/changes";

export interface CollabContext {
  userId: string;
  name: string;
  color: string;
  recommendationId: string;
  tokenIssuedAt: number;
  canEdit: boolean;
  peer: Peer;
}

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
  listen?: (channel: string, onNotify: (payload: string) => void) => Promise<() => Promise<void>>;
  /** Settling time before text/HTML are derived (and the last edits recorded in history). */
  debounceMs?: number;
  maxDebounceMs?: number;
  /** Compaction runs at most this often per document while it is open, and always on unload. */
  compactEveryMs?: number;
  log?: (message: string) => void;
}

export interface CollabServer {
  hocuspocus: Hocuspocus;
  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): Promise<void>;
  /** Applies an update produced elsewhere in this process (a restored version) to the live note. */
  applyExternalUpdate(recommendationId: string, update: Uint8Array): Promise<void>;
  /** Re-checks open connections now (those of the given users, or all). */
  recheckAccess(onlyUserIds?: Set<string>): Promise<void>;
  /** Derives and compacts every loaded note (SIGTERM), then closes every connection. */
  shutdown(): Promise<void>;
}

/** Close codes sent to the client, with a reason it can show. */
export const CloseCodes = {
  malformed: 4400,
  unauthorized: 4401,
  forbidden: 4403,
  unknownDocument: 4404,
  tooLarge: 4413,
} as const;

class CloseError extends Error {
  constructor(
    public code: number,
    public reason: string,
  ) {
    super(reason);
  }
}

const MESSAGE = { Sync: 0, Awareness: 1, Auth: 2, QueryAwareness: 3, Stateless: 5, Close: 7 } as const;

/** Throws CloseError unless the frame is one a provider sends, well formed, for `documentName`. */
export function checkFrame(data: Uint8Array, documentName: string): void {
  if (data.byteLength > MAX_MESSAGE_BYTES) throw new CloseError(CloseCodes.tooLarge, "message too large");
  try {
    const d = decoding.createDecoder(data);
    const rawKey = decoding.readVarString(d);
    const sep = rawKey.indexOf("\0");
    const name = sep === -1 ? rawKey : rawKey.slice(0, sep);
    if (name !== documentName) throw new CloseError(CloseCodes.unknownDocument, "unknown document");
    const type = decoding.readVarUint(d);
    switch (type) {
      case MESSAGE.Sync: {
        const step = decoding.readVarUint(d);
        const payload = decoding.readVarUint8Array(d);
        if (step === 0) Y.decodeStateVector(payload);
        else if (step === 1 || step === 2) Y.decodeUpdate(payload);
        else throw new Error(`unknown sync step ${step}`);
        break;
      }
      case MESSAGE.Awareness: {
        const update = decoding.readVarUint8Array(d);
        const a = decoding.createDecoder(update);
        const count = decoding.readVarUint(a);
        for (let i = 0; i < count; i++) {
          decoding.readVarUint(a);
          decoding.readVarUint(a);
          JSON.parse(decoding.readVarString(a));
        }
        break;
      }
      case MESSAGE.Auth:
        decoding.readVarUint(d);
        decoding.readVarString(d);
        break;
      case MESSAGE.QueryAwareness:
      case MESSAGE.Close:
        break;
      case MESSAGE.Stateless:
        decoding.readVarString(d);
        break;
      default:
        throw new Error(`unknown message type ${type}`);
    }
  } catch (err) {
    if (err instanceof CloseError) throw err;
    throw new CloseError(CloseCodes.malformed, "malformed message");
  }
}

function closePeer(peer: Peer | undefined, code: number, reason: string) {
  try {
    peer?.close(code, reason);
  } catch {
    // already closed
  }
}

export function createCollabServer(options: CollabServerOptions): CollabServer {
  const { db, secret } = options;
  const log = options.log ?? ((m: string) => console.log(`collab: ${m}`));
  const compactEveryMs = options.compactEveryMs ?? 30_000;
  /** Users whose edits are not yet in the history, per document. */
  const editors = new Map<string, Set<string>>();
  const lastCompaction = new Map<string, number>();
  /** Per document, so derivation, compaction and shutdown never run at once for one note. */
  const noteLocks = new Map<string, Promise<unknown>>();

  const serialized = <T>(name: string, work: () => Promise<T>): Promise<T> => {
    const prev = noteLocks.get(name) ?? Promise.resolve();
    const next = prev.then(work, work);
    const settled = next.catch(() => {});
    noteLocks.set(name, settled);
    void settled.then(() => {
      if (noteLocks.get(name) === settled) noteLocks.delete(name);
    });
    return next;
  };

  const storeNote = (documentName: string, document: Y.Doc, opts: { compact: boolean }) =>
    serialized(documentName, async () => {
      const recommendationId = parseNoteDocumentName(documentName);
      if (!recommendationId) return;
      const who = [...(editors.get(documentName) ?? [])];
      editors.delete(documentName);
      try {
        await storeDerivedNote(db, { recommendationId, doc: document, editorIds: who });
      } catch (err) {
        // Not lost: put the editors back so the next settle records them.
        for (const id of who) addEditor(documentName, id);
        throw err;
      }
      const due = Date.now() - (lastCompaction.get(documentName) ?? 0) >= compactEveryMs;
      if (opts.compact || due) {
        const started = performance.now();
        const result = await compactNote(db, recommendationId);
        lastCompaction.set(documentName, Date.now());
        if (result.folded) {
          log(
            `compacted ${documentName}: ${result.folded} updates, ${result.stateBytes} bytes in ${(performance.now() - started).toFixed(1)} ms`,
          );
        }
      }
    });

  /**
   * Per loaded document: its encoded size when last measured plus every update applied since. That
   * is nearly always more than its size (merged keystrokes encode far smaller than their updates),
   * so beforeSync encodes the whole document, which costs as much as the document is large, only
   * when the estimate says the limit may be near, not on every keystroke.
   */
  const sizeEstimates = new WeakMap<Y.Doc, { bytes: number }>();
  const wouldExceedSizeLimit = (document: Y.Doc, payload: Uint8Array) => {
    const estimate = sizeEstimates.get(document);
    if (estimate && estimate.bytes + payload.byteLength <= MAX_DOCUMENT_BYTES) return false;
    const bytes = Y.encodeStateAsUpdate(document).byteLength;
    if (estimate) estimate.bytes = bytes;
    else {
      const tracked = { bytes };
      sizeEstimates.set(document, tracked);
      document.on("update", (update: Uint8Array) => void (tracked.bytes += update.byteLength));
    }
    return bytes + payload.byteLength > MAX_DOCUMENT_BYTES;
  };

  const addEditor = (documentName: string, userId: string) => {
    let set = editors.get(documentName);
    if (!set) editors.set(documentName, (set = new Set()));
    set.add(userId);
  };

  const notesExtension: Extension = {
    extensionName: "tct-notes",
    async onAuthenticate({ token, documentName, connectionConfig, context }) {
      const recommendationId = parseNoteDocumentName(documentName);
      if (!recommendationId) throw Object.assign(new Error("unknown document"), { reason: "unknown-document" });
      const verified = verifyCollabToken(secret, token, { documentName });
      if (!verified.ok)
        throw Object.assign(new Error(`token ${verified.reason}`), { reason: `token-${verified.reason}` });
      const peer = (context as Partial<CollabContext>).peer;
      const upgradeToken = peer?.context.token as CollabTokenPayload | undefined;
      if (upgradeToken && upgradeToken.sub !== verified.payload.sub) {
        throw Object.assign(new Error("token user mismatch"), { reason: "token-user-mismatch" });
      }
      const access = await loadNoteAccess(db, {
        userId: verified.payload.sub,
        recommendationId,
        tokenIssuedAt: verified.payload.iat,
      });
      if (!access.allowed) throw Object.assign(new Error(access.reason), { reason: "forbidden" });
      connectionConfig.readOnly = !access.canEdit;
      return {
        userId: access.user.id,
        name: access.user.name,
        color: colorFor(access.user.id),
        recommendationId,
        tokenIssuedAt: verified.payload.iat,
        canEdit: access.canEdit,
      } satisfies Omit<CollabContext, "peer">;
    },

    async onLoadDocument({ document, documentName }) {
      const recommendationId = parseNoteDocumentName(documentName);
      if (!recommendationId) throw new Error("unknown document");
      const started = performance.now();
      const pending = await loadNoteInto(db, recommendationId, document);
      log(`loaded ${documentName} (${pending} pending updates) in ${(performance.now() - started).toFixed(1)} ms`);
    },

    async beforeSync({ type, payload, connection, documentName, document }) {
      if (type !== 1 && type !== 2) return;
      // Read-only connections reach this hook too: never store what they send.
      if (connection.readOnly) return;
      const context = connection.context as CollabContext;
      if (!context?.canEdit) return;
      if (isEmptyUpdate(payload)) return;
      if (wouldExceedSizeLimit(document, payload)) {
        // Hocuspocus only detaches the document on a hook error; close the socket itself, with the reason.
        closePeer(context.peer, CloseCodes.tooLarge, "document too large");
        throw new CloseError(CloseCodes.tooLarge, "document too large");
      }
      await appendNoteUpdate(db, {
        recommendationId: context.recommendationId,
        update: payload,
        userId: context.userId,
      });
      addEditor(documentName, context.userId);
    },

    /** Names and colours on carets come from the server's session, whatever the client says. */
    async beforeHandleAwareness({ states, context }) {
      const ctx = context as CollabContext | undefined;
      if (!ctx?.userId) return;
      for (const state of states.values()) {
        if (state && typeof state === "object") {
          (state as Record<string, unknown>).user = { id: ctx.userId, name: ctx.name, color: ctx.color };
        }
      }
    },

    async onStoreDocument({ document, documentName, clientsCount }) {
      await storeNote(documentName, document, { compact: clientsCount === 0 });
    },

    async afterUnloadDocument({ documentName }) {
      const recommendationId = parseNoteDocumentName(documentName);
      lastCompaction.delete(documentName);
      if (recommendationId) {
        await serialized(documentName, () => compactNote(db, recommendationId)).catch((err) =>
          console.error(`collab: compaction of ${documentName} failed`, err),
        );
      }
    },
  };

  const extensions: Extension[] = [notesExtension];
  let redisClose: (() => Promise<void>) | null = null;
  if (options.redisUrl) {
    // Loaded lazily so a server without Redis never opens ioredis.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { Redis } = require("@hocuspocus/extension-redis") as typeof import("@hocuspocus/extension-redis");
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const IORedis = require("ioredis") as typeof import("ioredis").default;
    const url = options.redisUrl;
    const clients: import("ioredis").default[] = [];
    extensions.push(
      new Redis({
        createClient: () => {
          const client = new IORedis(url, { maxRetriesPerRequest: null });
          clients.push(client);
          return client;
        },
        prefix: options.redisPrefix ?? "tct-collab",
      }) as unknown as Extension,
    );
    redisClose = async () => {
      await Promise.all(clients.map((c) => c.quit().catch(() => c.disconnect())));
    };
  }

  const hocuspocus = new Hocuspocus({
    name: null,
    quiet: true,
    debounce: options.debounceMs ?? 2000,
    maxDebounce: options.maxDebounceMs ?? 10_000,
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
        const conn = hocuspocus.handleConnection(
          peer.websocket as WebSocket,
          peer.request as Request,
          {
            peer,
          } as Partial<CollabContext>,
        );
        connections.set(peer.id, conn);
      },
      message(peer, message) {
        const conn = connections.get(peer.id);
        if (!conn) return;
        const data = message.uint8Array();
        const payload = peer.context.token as CollabTokenPayload;
        try {
          checkFrame(data, payload.doc);
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
      error(peer, error) {
        console.error("collab: websocket error", error);
      },
    },
  });

  const recheckAccess = async (onlyUserIds?: Set<string>, onlyDocument?: string) => {
    for (const document of hocuspocus.documents.values()) {
      if (onlyDocument && document.name !== onlyDocument) continue;
      for (const connection of document.getConnections()) {
        const ctx = connection.context as CollabContext;
        if (!ctx?.userId) continue;
        if (onlyUserIds && !onlyUserIds.has(ctx.userId)) continue;
        try {
          const access = await loadNoteAccess(db, {
            userId: ctx.userId,
            recommendationId: ctx.recommendationId,
            tokenIssuedAt: ctx.tokenIssuedAt,
          });
          if (!access.allowed) {
            log(`closing ${ctx.name}'s connection to ${document.name}: ${access.reason}`);
            closePeer(ctx.peer, CloseCodes.forbidden, "access removed");
          } else if (access.canEdit !== ctx.canEdit) {
            // Role or agency changed: reconnect so the new rights (and read-only flag) apply.
            closePeer(ctx.peer, CloseCodes.forbidden, "access changed");
          }
        } catch (err) {
          console.error("collab: access re-check failed", err);
        }
      }
    }
  };
  /** After a committed change to a recommendation: re-checks the connections to its note only. */
  const recheckChangedNote = async (payload: string) => {
    try {
      const { code } = JSON.parse(payload) as ChangeEvent;
      const id = await recommendationIdByCode(db, code);
      if (id) await recheckAccess(undefined, noteDocumentName(id));
    } catch (err) {
      console.error("collab: access re-check after a change failed", err);
    }
  };
  const recheckTimer = setInterval(() => void recheckAccess(), options.accessCheckMs ?? 10_000);
  recheckTimer.unref();
  const unlisten: Promise<() => Promise<void>>[] = [];
  if (options.listen) {
    unlisten.push(
      options.listen(ACCESS_CHANNEL, (payload) => {
        try {
          const { userIds } = JSON.parse(payload) as { userIds: string[] };
          void recheckAccess(new Set(userIds));
        } catch (err) {
          console.error("collab: ignoring a malformed access notification", err);
        }
      }),
      // Owners of a recommendation may have changed: who may edit its note with them.
      options.listen(CHANGES_CHANNEL, (payload) => {
        if (hocuspocus.documents.size) void recheckChangedNote(payload);
      }),
    );
  }

  return {
    hocuspocus,
    handleUpgrade: (req, socket, head) => ws.handleUpgrade(req, socket, head),
    async applyExternalUpdate(recommendationId, update) {
      const name = noteDocumentName(recommendationId);
      const loaded = hocuspocus.documents.get(name) as Document | undefined;
      if (loaded) {
        Y.applyUpdate(loaded, update, { source: "local" });
        return;
      }
      if (options.redisUrl) {
        // Another instance may hold it open: loading it here syncs it with them through Redis.
        const direct = await hocuspocus.openDirectConnection(name, {});
        await direct.disconnect();
      }
    },
    recheckAccess,
    async shutdown() {
      clearInterval(recheckTimer);
      for (const stop of await Promise.allSettled(unlisten)) {
        if (stop.status === "fulfilled") await stop.value().catch(() => {});
      }
      const started = performance.now();
      const docs = [...hocuspocus.documents.entries()];
      ws.closeAll(1012, "server restarting");
      for (const [name, document] of docs) {
        await storeNote(name, document, { compact: true }).catch((err) =>
          console.error(`collab: flushing ${name} failed`, err),
        );
      }
      // Stores that the closing sockets started (Hocuspocus stores a note when its last client leaves).
      await Promise.all([...noteLocks.values()]);
      await redisClose?.();
      log(`flushed ${docs.length} notes in ${(performance.now() - started).toFixed(1)} ms`);
    },
  };
}
