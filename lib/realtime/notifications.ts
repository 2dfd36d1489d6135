/**
 * New notifications, the listening side: db/mutations/notification-insert.ts announces the
 * recipients of every committed insert on NOTIFICATIONS_CHANNEL; the event stream passes on only
 * the caller's own, as a `notification` event the bell refetches on.
 */
import { NOTIFICATIONS_CHANNEL } from "@/db/notify";
import { channelSubscriber } from "./channel-hub";

export type NotificationsEvent = { userIds: string[] } | { all: true };

export const subscribeToNotifications = channelSubscriber<NotificationsEvent>(NOTIFICATIONS_CHANNEL, (payload) => {
  const p = payload as Partial<{ userIds: unknown; all: unknown }>;
  if (p.all === true) return { all: true };
  return Array.isArray(p.userIds)
    ? { userIds: p.userIds.filter((u): u is string => typeof u === "string") }
    : undefined;
});

export const concerns = (event: NotificationsEvent, userId: string) => "all" in event || event.userIds.includes(userId);
