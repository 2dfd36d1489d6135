/**
 * The unappliable-update attack of issue 15, item 1: updates whose items hang off a parent the
 * server never received. Yjs cannot integrate them, so it keeps them as pending structs, fires no
 * `update` event for them, and still encodes (and sends) them with the document.
 */
import * as encoding from "lib0/encoding";
import * as Y from "yjs";

/**
 * `count` updates, each about `textBytes` long: an XmlElement is created (and never sent), then
 * each update adds an XmlText child to it and encodes only the difference.
 */
export function orphanUpdates(count: number, textBytes: number, fragment = "default"): Uint8Array[] {
  const doc = new Y.Doc();
  const parent = new Y.XmlElement("paragraph");
  doc.getXmlFragment(fragment).insert(0, [parent]);
  const out: Uint8Array[] = [];
  for (let i = 0; i < count; i++) {
    const before = Y.encodeStateVector(doc);
    const text = new Y.XmlText();
    text.insert(0, String.fromCharCode(97 + (i % 26)).repeat(textBytes));
    parent.insert(parent.length, [text]);
    out.push(Y.encodeStateAsUpdate(doc, before));
  }
  doc.destroy();
  return out;
}

/** A sync-protocol update frame (message type 0, step 2 = update) for `documentName`. */
export function updateFrame(documentName: string, update: Uint8Array): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarString(e, documentName);
  encoding.writeVarUint(e, 0);
  encoding.writeVarUint(e, 2);
  encoding.writeVarUint8Array(e, update);
  return encoding.toUint8Array(e);
}

/** The per-document auth frame a provider sends first. */
export function authFrame(documentName: string, token: string): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarString(e, documentName);
  encoding.writeVarUint(e, 2);
  encoding.writeVarUint(e, 0);
  encoding.writeVarString(e, token);
  return encoding.toUint8Array(e);
}
