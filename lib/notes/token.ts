/**
 * Short-lived tickets for the collaboration websocket. The token route (which has the session)
 * signs one per user and document; the websocket server, which has no cookies it can trust for
 * this, verifies it. HMAC-SHA256 with NEXTAUTH_SECRET, so every instance sharing that secret
 * accepts tickets issued by any other.
 *
 * Format: base64url(JSON payload) "." base64url(HMAC(payload part)).
 */
import { openToken, sealToken } from "@/lib/security/signed-token";

/** How long a ticket may be used to open (or re-open) a connection. */
export const COLLAB_TOKEN_TTL_MS = 5 * 60 * 1000;

export interface CollabTokenPayload {
  /** user id */
  sub: string;
  /** the document the ticket opens, e.g. `note:<recommendation id>` */
  doc: string;
  /** display name from the server's session, shown on carets and avatars */
  name: string;
  /** issued at, ms since epoch: access removed after this (sign out everywhere) still ends it */
  iat: number;
  /** the browser session the ticket was issued to: signing that session out ends the connection */
  sid?: string;
  /** expiry, ms since epoch */
  exp: number;
}

export function signCollabToken(
  secret: string,
  input: { userId: string; documentName: string; name: string; sessionId?: string; now?: number; ttlMs?: number },
): { token: string; expiresAt: number } {
  if (!secret) throw new Error("signCollabToken: no secret");
  const now = input.now ?? Date.now();
  const payload: CollabTokenPayload = {
    sub: input.userId,
    doc: input.documentName,
    name: input.name,
    iat: now,
    exp: now + (input.ttlMs ?? COLLAB_TOKEN_TTL_MS),
    ...(input.sessionId ? { sid: input.sessionId } : {}),
  };
  // No purpose: tickets have been signed over the payload alone since before there were others.
  return { token: sealToken(secret, null, payload), expiresAt: payload.exp };
}

export type VerifyResult =
  | { ok: true; payload: CollabTokenPayload }
  | { ok: false; reason: "malformed" | "bad-signature" | "expired" | "wrong-document" };

/** Checks signature, expiry and (when given) the document the ticket was issued for. */
export function verifyCollabToken(
  secret: string,
  token: unknown,
  expect: { documentName?: string; now?: number } = {},
): VerifyResult {
  const opened = openToken(secret, null, token);
  if (!opened.ok) return opened;
  const payload = opened.payload as CollabTokenPayload;
  if (
    typeof payload?.sub !== "string" ||
    typeof payload.doc !== "string" ||
    typeof payload.name !== "string" ||
    typeof payload.exp !== "number" ||
    typeof payload.iat !== "number" ||
    (payload.sid !== undefined && typeof payload.sid !== "string")
  ) {
    return { ok: false, reason: "malformed" };
  }
  if ((expect.now ?? Date.now()) >= payload.exp) return { ok: false, reason: "expired" };
  if (expect.documentName !== undefined && payload.doc !== expect.documentName)
    return { ok: false, reason: "wrong-document" };
  return { ok: true, payload };
}
