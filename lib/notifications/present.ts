import type { NotificationItem } from "@/db/queries/notifications";
import type { SupportedLocale } from "@/lib/i18n/config";
import { describeNotification } from "./describe";
import { notificationPath } from "./links";

/** A notification as the API and the bell receive it: its sentence already in the reader's language. */
export interface PresentedNotification {
  id: number;
  reason: NotificationItem["reason"];
  message: string;
  href: string;
  createdAt: string;
  readAt: string | null;
  recommendation: string | null;
  actionId: string | null;
  roundId: string | null;
  detail: Record<string, unknown>;
}

export function presentNotification(n: NotificationItem, locale: SupportedLocale): PresentedNotification {
  return {
    id: n.id,
    reason: n.reason,
    message: describeNotification(n, locale),
    href: notificationPath(n),
    createdAt: n.createdAt.toISOString(),
    readAt: n.readAt?.toISOString() ?? null,
    recommendation: n.recommendationCode,
    actionId: n.actionId,
    roundId: n.roundId,
    detail: n.detail,
  };
}
