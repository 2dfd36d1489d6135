import { and, eq, isNull, sql } from "drizzle-orm";
import type { DbOrTx } from "../index";
import { notificationPreferences, notifications, type EmailDelivery, type NotificationReason } from "../schema";
import type { Actor } from "@/lib/permissions";
import { notFound } from "@/lib/errors";
import { msg } from "@/lib/i18n/server-message";
import { requireAllowed } from "./facts";

/**
 * Marks one of the caller's notifications read. Someone else's id is answered like one that does
 * not exist, so ids reveal nothing. Not in the history: it changes nothing anyone else sees.
 */
export async function markNotificationRead(db: DbOrTx, actor: Actor, id: number): Promise<void> {
  requireAllowed(actor, { action: "notification.mark_read" });
  const found = await db
    .update(notifications)
    .set({ readAt: sql`coalesce(${notifications.readAt}, now())` })
    .where(and(eq(notifications.id, id), eq(notifications.recipientId, actor.id)))
    .returning({ id: notifications.id });
  if (!found.length) throw notFound(msg("errors.noSuchAddress"));
}

/** Marks every unread notification of the caller read; answers how many were. */
export async function markAllNotificationsRead(db: DbOrTx, actor: Actor): Promise<number> {
  requireAllowed(actor, { action: "notification.mark_read" });
  const marked = await db
    .update(notifications)
    .set({ readAt: sql`now()` })
    .where(and(eq(notifications.recipientId, actor.id), isNull(notifications.readAt)))
    .returning({ id: notifications.id });
  return marked.length;
}

/**
 * Sets how the person gets mail for the reasons given (others stay as they were). Also used by
 * an unsubscribe link, which acts for the user it was signed for without a session.
 */
export async function setNotificationPreferences(
  db: DbOrTx,
  userId: string,
  choices: Partial<Record<NotificationReason, EmailDelivery>>,
): Promise<void> {
  const rows = Object.entries(choices).map(([reason, delivery]) => ({
    userId,
    reason: reason as NotificationReason,
    delivery: delivery!,
  }));
  if (!rows.length) return;
  await db.transaction(async (tx) => {
    await tx
      .insert(notificationPreferences)
      .values(rows)
      .onConflictDoUpdate({
        target: [notificationPreferences.userId, notificationPreferences.reason],
        set: { delivery: sql`excluded.delivery`, updatedAt: sql`now()` },
      });
    // Mail not yet sent at once stops being due when the person no longer wants it at once.
    await tx
      .update(notifications)
      .set({ emailDueAt: null })
      .where(
        and(
          eq(notifications.recipientId, userId),
          isNull(notifications.emailSentAt),
          sql`${notifications.emailDueAt} is not null`,
          sql`${notifications.reason} in (select reason from notification_preferences
                where user_id = ${userId} and delivery <> 'immediate')`,
        ),
      );
  });
}

/** The caller's own preferences, checked like any write of theirs (a read-only token may not). */
export async function setOwnNotificationPreferences(
  db: DbOrTx,
  actor: Actor,
  choices: Partial<Record<NotificationReason, EmailDelivery>>,
): Promise<void> {
  requireAllowed(actor, { action: "preferences.update" });
  await setNotificationPreferences(db, actor.id, choices);
}
