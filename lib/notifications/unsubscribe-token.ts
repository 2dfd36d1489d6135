/**
 * Unsubscribe links that work without signing in: the link itself is the authority, so it is
 * signed (HMAC-SHA256 with the server's secret), says exactly what it stops (one reason for one
 * person, or all of that person's mail) and expires. The purpose prefix keeps a signature made
 * here from being valid as anything else signed with the same secret.
 */
import { createHmac, timingSafeEqual } from "node:crypto";
import { notificationReasons, type NotificationReason } from "@/db/schema/notifications";

const PURPOSE = "tct-unsubscribe-v1";
/** Long enough for a mail read weeks later; short enough that an old forwarded mail stops working. */
export const UNSUBSCRIBE_LINK_DAYS = 60;
const DAY_MS = 86_400_000;

export interface UnsubscribeScope {
  userId: string;
  /** One reason, or every reason. */
  reason: NotificationReason | "all";
}

export type UnsubscribeCheck = { ok: true; scope: UnsubscribeScope } | { ok: false; why: "invalid" | "expired" };

function sign(payload: string, secret: string): string {
  return createHmac("sha256", secret).update(`${PURPOSE}:${payload}`).digest("base64url");
}

export function createUnsubscribeToken(scope: UnsubscribeScope, secret: string, now = new Date()): string {
  const expires = Math.floor(now.getTime() / 1000) + UNSUBSCRIBE_LINK_DAYS * (DAY_MS / 1000);
  const payload = Buffer.from(JSON.stringify({ u: scope.userId, r: scope.reason, e: expires })).toString("base64url");
  return `${payload}.${sign(payload, secret)}`;
}

export function verifyUnsubscribeToken(token: string, secret: string, now = new Date()): UnsubscribeCheck {
  const [payload, signature, extra] = token.split(".");
  if (!payload || !signature || extra !== undefined) return { ok: false, why: "invalid" };
  const expected = Buffer.from(sign(payload, secret));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return { ok: false, why: "invalid" };
  let body: { u?: unknown; r?: unknown; e?: unknown };
  try {
    body = JSON.parse(Buffer.from(payload, "base64url").toString("utf8"));
  } catch {
    return { ok: false, why: "invalid" };
  }
  const reasonOk = body.r === "all" || (notificationReasons as readonly unknown[]).includes(body.r);
  if (typeof body.u !== "string" || !reasonOk || typeof body.e !== "number") return { ok: false, why: "invalid" };
  if (body.e * 1000 < now.getTime()) return { ok: false, why: "expired" };
  return { ok: true, scope: { userId: body.u, reason: body.r as UnsubscribeScope["reason"] } };
}
