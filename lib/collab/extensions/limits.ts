/**
 * What a writer's update may do to a note, checked before it is stored or applied (it runs before
 * the persistence extension): it must apply fully (nothing left pending, see
 * lib/notes/yjs-state.ts) and must not take the note past its size limit. A refused update closes
 * that connection with a code and a reason; nothing of it is stored or acknowledged.
 *
 * The size: the note's encoded size when last measured, plus every update accepted since (the
 * bytes that are stored) and every update that reached the document another way (Redis, a restored
 * version). That is nearly always more than its size (merged keystrokes encode far smaller than
 * their updates), so the whole document, which costs as much to encode as it is large, is encoded
 * again only when the estimate says the limit may be near, not on every keystroke.
 */
import { isTransactionOrigin, type beforeSyncPayload, type Extension } from "@hocuspocus/server";
import * as Y from "yjs";
import { MAX_DOCUMENT_BYTES } from "@/lib/notes/document-name";
import { decodeUpdateOnce, findUnappliableIn, isEmptyUpdate, type DecodedUpdate } from "@/lib/notes/yjs-state";
import { authenticated, type CollabContext } from "../context";
import { CloseCodes, CloseError, closePeer } from "../frames";

function refuse(ctx: CollabContext, code: number, reason: string): never {
  // Hocuspocus only detaches the document on a hook error; close the socket itself, with the reason.
  closePeer(ctx.peer, code, reason);
  throw new CloseError(code, reason);
}

export class LimitsExtension implements Extension {
  extensionName = "tct-limits";
  /** Before the persistence extension: a refused update must never be stored. */
  priority = 200;
  private readonly estimates = new WeakMap<Y.Doc, { bytes: number }>();

  constructor(private readonly maxDocumentBytes = MAX_DOCUMENT_BYTES) {}

  async beforeSync({ type, payload, connection, document }: beforeSyncPayload) {
    if (type !== 1 && type !== 2) return;
    const ctx = authenticated(connection.context);
    // The one decoding of this update before Yjs applies it (lib/collab/frames.ts checks only the
    // frame around it): the persistence extension reads the same result.
    let update: DecodedUpdate;
    try {
      update = decodeUpdateOnce(payload);
    } catch {
      if (ctx) refuse(ctx, CloseCodes.malformed, "malformed message");
      throw new CloseError(CloseCodes.malformed, "malformed message");
    }
    // Read-only connections' updates are never stored (see the persistence extension); Hocuspocus drops them.
    if (connection.readOnly || !ctx?.canEdit || isEmptyUpdate(update)) return;
    if (findUnappliableIn(document, update)) {
      refuse(ctx, CloseCodes.unappliable, "update refers to content this note does not have");
    }
    const estimate = this.estimateOf(document);
    if (estimate.bytes + payload.byteLength > this.maxDocumentBytes) {
      estimate.bytes = Y.encodeStateAsUpdate(document).byteLength;
      if (estimate.bytes + payload.byteLength > this.maxDocumentBytes)
        refuse(ctx, CloseCodes.tooLarge, "document too large");
    }
    estimate.bytes += payload.byteLength;
  }

  private estimateOf(document: Y.Doc) {
    let estimate = this.estimates.get(document);
    if (!estimate) {
      const tracked = (estimate = { bytes: Y.encodeStateAsUpdate(document).byteLength });
      this.estimates.set(document, tracked);
      // Connections' updates are counted above, when accepted; the rest when they arrive.
      document.on("update", (update: Uint8Array, origin: unknown) => {
        if (!(isTransactionOrigin(origin) && origin.source === "connection")) tracked.bytes += update.byteLength;
      });
    }
    return estimate;
  }
}
