import "server-only";
import { eq } from "drizzle-orm";
import type { DbOrTx } from "@/db";
import { users } from "@/db/schema";
import { notificationReasons, type EmailDelivery, type NotificationReason } from "@/db/schema/notifications";
import { setNotificationPreferences } from "@/db/mutations/notifications";
import { verifyUnsubscribeToken, type UnsubscribeScope } from "./unsubscribe-token";

export type UnsubscribeLookup =
  { ok: true; scope: UnsubscribeScope; email: string } | { ok: false; why: "invalid" | "expired" };

function secret(): string {
  const s = process.env.NEXTAUTH_SECRET;
  if (!s) throw new Error("NEXTAUTH_SECRET is not set: server.ts sets it before serving");
  return s;
}

/** What a link stops and for whom; a link for an account that no longer exists is invalid. */
export async function lookUpUnsubscribe(db: DbOrTx, token: string): Promise<UnsubscribeLookup> {
  const check = verifyUnsubscribeToken(token, secret());
  if (!check.ok) return check;
  const [user] = await db.select({ email: users.email }).from(users).where(eq(users.id, check.scope.userId));
  if (!user) return { ok: false, why: "invalid" };
  return { ok: true, scope: check.scope, email: user.email };
}

/** Applies a valid link: its reason (or every reason) set to "none" for its user. */
export async function applyUnsubscribe(db: DbOrTx, token: string): Promise<UnsubscribeLookup> {
  const found = await lookUpUnsubscribe(db, token);
  if (!found.ok) return found;
  const reasons: readonly NotificationReason[] =
    found.scope.reason === "all" ? notificationReasons : [found.scope.reason];
  const none = Object.fromEntries(reasons.map((r) => [r, "none" satisfies EmailDelivery]));
  await setNotificationPreferences(db, found.scope.userId, none);
  return found;
}
