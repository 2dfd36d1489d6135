"use client";
import { useEffect, useState } from "react";
import { HocuspocusProvider, HocuspocusProviderWebsocket, WebSocketStatus } from "@hocuspocus/provider";
import { IndexeddbPersistence } from "y-indexeddb";
import * as Y from "yjs";
import { createStoredTracker } from "@/lib/notes/stored-acks";
import { localNoteDatabaseName } from "./local-copies";

export interface NoteTicket {
  token: string;
  /** ISO time after which the server refuses the ticket. */
  expiresAt: string;
  documentName: string;
  path: string;
  canEdit: boolean;
  user: { id: string; name: string; color: string };
}

export type SaveState = "connecting" | "saving" | "saved" | "offline" | "denied";

export interface NoteConnection {
  doc: Y.Doc;
  provider: HocuspocusProvider;
  ticket: NoteTicket;
}

async function fetchTicket(code: string): Promise<NoteTicket> {
  const res = await fetch(`/api/v1/recommendations/${encodeURIComponent(code)}/notes/token`, {
    method: "POST",
    credentials: "same-origin",
  });
  const body = await res.json().catch(() => null);
  if (!res.ok) throw Object.assign(new Error(body?.error?.message ?? `HTTP ${res.status}`), { status: res.status });
  return body.data as NoteTicket;
}

const socketUrl = (ticket: NoteTicket) => {
  const scheme = window.location.protocol === "https:" ? "wss" : "ws";
  return `${scheme}://${window.location.host}${ticket.path}?token=${encodeURIComponent(ticket.token)}`;
};

/**
 * Opens the live note: a ticket from the token route, the local copy from IndexedDB, then the
 * websocket. "Saved" means the server reported every update this socket sent as stored in the
 * database (lib/notes/stored-acks.ts), not merely applied: the server relays edits before storing
 * them. Each reconnect gets a fresh ticket (they last five
 * minutes), in the URL for the upgrade and in the auth message.
 */
export function useNoteConnection(code: string) {
  const [connection, setConnection] = useState<NoteConnection | null>(null);
  const [state, setState] = useState<SaveState>("connecting");
  const [error, setError] = useState<string | null>(null);
  /** What the server granted on the last (re)connection: rights can change while the page is open. */
  const [canEdit, setCanEdit] = useState(false);

  useEffect(() => {
    let cancelled = false;
    let cleanup = () => {};
    (async () => {
      const ticket = await fetchTicket(code);
      if (cancelled) return;
      const doc = new Y.Doc();
      const local = new IndexeddbPersistence(localNoteDatabaseName(ticket.user.id, ticket.documentName), doc);
      const stored = createStoredTracker(WebSocket);
      const socket = new HocuspocusProviderWebsocket({
        url: socketUrl(ticket),
        WebSocketPolyfill: stored.WebSocketPolyfill,
      });
      // The ticket fetched for the socket URL also goes in that connection's auth message (if it has
      // a minute left), so a (re)connection costs one ticket, not two.
      let unused: NoteTicket | null = ticket;
      const provider = new HocuspocusProvider({
        websocketProvider: socket,
        name: ticket.documentName,
        document: doc,
        onStateless: ({ payload }) => stored.onStateless(payload),
        token: async () => {
          const fresh = unused && Date.parse(unused.expiresAt) - Date.now() > 60_000 ? unused : null;
          unused = null;
          return (fresh ?? (await fetchTicket(code))).token;
        },
      });
      provider.attach();

      const update = () => {
        if (cancelled) return;
        if (socket.status !== WebSocketStatus.Connected) setState("offline");
        else if (!provider.isSynced) setState("connecting");
        else if (provider.hasUnsyncedChanges || !stored.allStored()) setState("saving");
        else setState("saved");
      };
      let denied = false;
      setCanEdit(ticket.canEdit);
      provider.on("authenticated", ({ scope }: { scope: string }) => {
        if (!cancelled) setCanEdit(scope === "read-write");
      });
      provider.on("unsyncedChanges", update);
      stored.onChange(update);
      provider.on("synced", update);
      socket.on("status", update);
      provider.on("authenticationFailed", () => {
        denied = true;
        setState("denied");
      });
      // Fresh ticket in the URL before the provider reconnects (its backoff starts at a second).
      socket.on("disconnect", () => {
        if (denied) return;
        fetchTicket(code)
          .then((t) => {
            unused = t;
            socket.configuration.url = socketUrl(t);
          })
          .catch((err: Error & { status?: number }) => {
            if (err.status === 401 || err.status === 403) {
              denied = true;
              setState("denied");
              socket.disconnect();
            }
          });
      });
      setConnection({ doc, provider, ticket });
      update();
      cleanup = () => {
        provider.destroy();
        socket.destroy();
        void local.destroy();
        doc.destroy();
      };
    })().catch((err: Error) => {
      if (!cancelled) setError(err.message);
    });
    return () => {
      cancelled = true;
      cleanup();
      setConnection(null);
    };
  }, [code]);

  return { connection, state, error, canEdit };
}
