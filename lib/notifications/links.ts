import type { NotificationItem } from "@/db/queries/notifications";

/**
 * Where a notification takes its reader: the action on its recommendation's page, the
 * recommendation, or the round. A path, so the bell and mails (which prefix the public address) share it.
 */
export function notificationPath(n: Pick<NotificationItem, "recommendationCode" | "actionId" | "roundId">): string {
  if (n.recommendationCode) {
    const page = `/recommendations/${encodeURIComponent(n.recommendationCode)}`;
    return n.actionId ? `${page}#action-${n.actionId}-title` : page;
  }
  if (n.roundId) return `/rounds/${n.roundId}`;
  return "/notifications";
}

/** An absolute address for mail, on the app's public address (NEXTAUTH_URL). */
export function absoluteUrl(path: string, baseUrl: string): string {
  return new URL(path, baseUrl).toString();
}
