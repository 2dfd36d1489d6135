/**
 * Who gets in: the per-document auth message carries a ticket, which must be for this note and
 * for the user the upgrade's ticket named; the user is then re-read from the database (active,
 * sessions not revoked) and asked note.read / note.edit. Readers get a read-only connection.
 */
import type { Extension, onAuthenticatePayload } from "@hocuspocus/server";
import type { DbOrTx } from "@/db";
import { loadNoteAccess } from "@/db/queries/notes";
import { colorFor } from "@/lib/notes/colors";
import { parseNoteDocumentName } from "@/lib/notes/document-name";
import { verifyCollabToken, type CollabTokenPayload } from "@/lib/notes/token";
import type { CollabContext } from "../context";
import { CloseCodes, closePeer } from "../frames";

const refuse = (message: string, reason: string) => Object.assign(new Error(message), { reason });

export class AuthenticationExtension implements Extension {
  extensionName = "tct-authentication";

  constructor(private readonly options: { db: DbOrTx; secret: string }) {}

  async onAuthenticate({ token, documentName, connectionConfig, context }: onAuthenticatePayload) {
    const recommendationId = parseNoteDocumentName(documentName);
    if (!recommendationId) throw refuse("unknown document", "unknown-document");
    const verified = verifyCollabToken(this.options.secret, token, { documentName });
    if (!verified.ok) throw refuse(`token ${verified.reason}`, `token-${verified.reason}`);
    const peer = (context as Partial<CollabContext>).peer;
    const upgradeToken = peer?.context.token as CollabTokenPayload | undefined;
    if (upgradeToken && upgradeToken.sub !== verified.payload.sub) {
      throw refuse("token user mismatch", "token-user-mismatch");
    }
    const access = await loadNoteAccess(this.options.db, {
      userId: verified.payload.sub,
      recommendationId,
      tokenIssuedAt: verified.payload.iat,
      sessionId: verified.payload.sid ?? null,
    }).catch((err: unknown) => {
      // The database is down, which says nothing about this user's rights: close so the client
      // retries (a refused authentication would tell it that it has no access).
      console.error("collab: cannot check access to a note", err);
      closePeer(peer, CloseCodes.storageUnavailable, "notes are unavailable right now");
      throw refuse("notes are unavailable right now", "unavailable");
    });
    if (!access.allowed) throw refuse(access.reason, "forbidden");
    connectionConfig.readOnly = !access.canEdit;
    return {
      userId: access.user.id,
      name: access.user.name,
      color: colorFor(access.user.id),
      recommendationId,
      tokenIssuedAt: verified.payload.iat,
      sessionId: verified.payload.sid ?? null,
      canEdit: access.canEdit,
    } satisfies Omit<CollabContext, "peer">;
  }
}
