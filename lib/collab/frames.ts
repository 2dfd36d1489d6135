/**
 * What a client may send: every frame is checked before Hocuspocus sees it (size, structure,
 * document name), so malformed input closes that one connection with a reason and never reaches
 * the document or the database. The close codes the server uses are defined here.
 */
import type { Peer } from "crossws";
import * as decoding from "lib0/decoding";
import * as Y from "yjs";
import { MAX_MESSAGE_BYTES } from "@/lib/notes/document-name";

/** Close codes sent to the client, with a reason it can show. */
export const CloseCodes = {
  malformed: 4400,
  unauthorized: 4401,
  forbidden: 4403,
  unknownDocument: 4404,
  tooLarge: 4413,
  /** The note was repaired: its document in memory is gone; reconnect to load the repaired one. */
  reloaded: 4409,
  /** An update that refers to content the server does not have (Yjs could not apply it). */
  unappliable: 4422,
  /** The database did not take the update: nothing was stored or acknowledged; reconnect later. */
  storageUnavailable: 4503,
} as const;

export class CloseError extends Error {
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
        // An update's own content is decoded once, by the limits extension, before it is applied
        // (a malformed one closes the connection there with the same code).
        else if (step !== 1 && step !== 2) throw new Error(`unknown sync step ${step}`);
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

export function closePeer(peer: Peer | undefined, code: number, reason: string) {
  try {
    peer?.close(code, reason);
  } catch {
    // already closed
  }
}
