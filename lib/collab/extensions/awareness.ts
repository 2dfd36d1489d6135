/**
 * Presence (carets, avatars): names and colours come from the server's session, whatever the
 * client says, and a connection may speak only for its own awareness client ids. The first ids a
 * connection sends are its own (up to two: a Yjs document may change its id once); an id another
 * open connection already holds is refused, so nobody can move or erase someone else's caret.
 */
import type { beforeHandleAwarenessPayload, Extension, onDisconnectPayload } from "@hocuspocus/server";
import { authenticated } from "../context";

const MAX_IDS_PER_CONNECTION = 2;

const isEmptyState = (state: unknown) =>
  state !== null && typeof state === "object" && Object.keys(state as object).length === 0;

export class AwarenessExtension implements Extension {
  extensionName = "tct-awareness";
  /** Per document: which connection (socket id) holds each awareness client id. */
  private readonly holders = new Map<string, Map<number, string>>();

  async beforeHandleAwareness({ states, context, documentName, socketId }: beforeHandleAwarenessPayload) {
    const ctx = authenticated(context);
    // Updates relayed from another instance (Redis) were checked there.
    if (!ctx || !socketId) return;
    let holders = this.holders.get(documentName);
    if (!holders) this.holders.set(documentName, (holders = new Map()));
    for (const [clientId, state] of states) {
      // An empty state shows nothing. Hocuspocus's scratch copy of every message adds one under a
      // random id of its own; dropping those keeps them from taking a connection's ids.
      if (isEmptyState(state)) {
        states.delete(clientId);
        continue;
      }
      const holder = holders.get(clientId);
      if (holder === undefined && this.heldBy(holders, socketId) < MAX_IDS_PER_CONNECTION) {
        holders.set(clientId, socketId);
      } else if (holder !== socketId) {
        states.delete(clientId);
        continue;
      }
      if (state && typeof state === "object") {
        (state as Record<string, unknown>).user = { id: ctx.userId, name: ctx.name, color: ctx.color };
      }
    }
  }

  async onDisconnect({ documentName, socketId }: onDisconnectPayload) {
    const holders = this.holders.get(documentName);
    if (!holders) return;
    for (const [clientId, holder] of holders) if (holder === socketId) holders.delete(clientId);
    if (!holders.size) this.holders.delete(documentName);
  }

  private heldBy(holders: Map<number, string>, socketId: string) {
    let n = 0;
    for (const holder of holders.values()) if (holder === socketId) n++;
    return n;
  }
}
