/**
 * The one signer behind every short-lived link or ticket the server hands out (collaboration
 * tickets, unsubscribe links, the report printer's page token): base64url(JSON payload) "."
 * base64url(HMAC-SHA256). A `purpose` is mixed into what is signed, so a token made for one use is
 * never valid for another signed with the same secret. Expiry and the payload's shape are each
 * caller's to check: they differ (milliseconds or seconds, what the token names).
 */
import { createHmac, timingSafeEqual } from "node:crypto";

/** Longer than any token this app makes: refused before any work. */
const MAX_TOKEN_CHARS = 4096;

const signed = (purpose: string | null, body: string) => (purpose === null ? body : `${purpose}:${body}`);

function mac(secret: string, purpose: string | null, body: string): Buffer {
  return createHmac("sha256", secret).update(signed(purpose, body)).digest();
}

/** `payload` sealed with `secret`; `purpose` null only for the collaboration tickets issued before purposes. */
export function sealToken(secret: string, purpose: string | null, payload: unknown): string {
  if (!secret) throw new Error("sealToken: no secret");
  const body = Buffer.from(JSON.stringify(payload)).toString("base64url");
  return `${body}.${mac(secret, purpose, body).toString("base64url")}`;
}

export type OpenedToken = { ok: true; payload: unknown } | { ok: false; reason: "malformed" | "bad-signature" };

/** The payload of a token sealed with `secret` for `purpose`, or why it is not one. */
export function openToken(secret: string, purpose: string | null, token: unknown): OpenedToken {
  if (typeof token !== "string" || token.length > MAX_TOKEN_CHARS) return { ok: false, reason: "malformed" };
  const parts = token.split(".");
  if (parts.length !== 2 || !parts[0] || !parts[1]) return { ok: false, reason: "malformed" };
  const [body, sig] = parts as [string, string];
  const expected = mac(secret, purpose, body);
  const given = Buffer.from(sig, "base64url");
  if (given.length !== expected.length || !timingSafeEqual(given, expected))
    return { ok: false, reason: "bad-signature" };
  try {
    return { ok: true, payload: JSON.parse(Buffer.from(body, "base64url").toString("utf8")) };
  } catch {
    return { ok: false, reason: "malformed" };
  }
}
