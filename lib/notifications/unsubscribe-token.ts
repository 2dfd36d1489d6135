/**
 * Unsubscribe links that work without signing in: the link itself is the authority, so it is
 * signed (HMAC-SHA256 with the server's secret), says exactly what it stops (one reason for one
 * person, or all of that person's mail) and expires. The purpose prefix keeps a signature made
 * here from being valid as anything else signed with the same secret.
 */
import { notificationReasons, type NotificationReason } from "@/db/schema/notifications";
import { openToken, sealToken } from "@/lib/security/signed-token";

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

export function createUnsubscribeToken(scope: UnsubscribeScope, secret: string, now = new Date()): string {
  const expires = Math.floor(now.getTime() / 1000) + UNSUBSCRIBE_LINK_DAYS * (DAY_MS / 1000);
  return sealToken(secret, PURPOSE, { u: scope.userId, r: scope.reason, e: expires });
}

export function verifyUnsubscribeToken(token: string, secret: string, now = new Date()): UnsubscribeCheck {
  const opened = openToken(secret, PURPOSE, token);
  if (!opened.ok) return { ok: false, why: "invalid" };
  const body = (opened.payload ?? {}) as { u?: unknown; r?: unknown; e?: unknown };
  const reasonOk = body.r === "all" || (notificationReasons as readonly unknown[]).includes(body.r);
  if (typeof body.u !== "string" || !reasonOk || typeof body.e !== "number") return { ok: false, why: "invalid" };
  if (body.e * 1000 < now.getTime()) return { ok: false, why: "expired" };
  return { ok: true, scope: { userId: body.u, reason: body.r as UnsubscribeScope["reason"] } };
}
