/** Live documents are named `note:<recommendation id>`; anything else is refused. */
const NOTE_DOC = /^note:([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/;

export const noteDocumentName = (recommendationId: string) => `note:${recommendationId}`;

export function parseNoteDocumentName(name: string): string | null {
  return NOTE_DOC.exec(name)?.[1] ?? null;
}

/** The Y.XmlFragment Tiptap's Collaboration extension edits (its default `field`). */
export const NOTE_FRAGMENT = "default";

/** Limits enforced by the server: one websocket message, and the whole document. */
export const MAX_MESSAGE_BYTES = 1024 * 1024;
export const MAX_DOCUMENT_BYTES = 4 * 1024 * 1024;
