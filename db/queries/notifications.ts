import { and, count, desc, eq, isNull, lt } from "drizzle-orm";
import type { DbOrTx } from "../index";
import {
  actions,
  agencies,
  notificationPreferences,
  notificationReasons,
  notifications,
  recommendations,
  rounds,
  users,
  type EmailDelivery,
  type NotificationReason,
} from "../schema";

/** One notification with what its sentence names: the action, recommendation, round and who acted. */
export interface NotificationItem {
  id: number;
  recipientId: string;
  reason: NotificationReason;
  detail: Record<string, unknown>;
  createdAt: Date;
  readAt: Date | null;
  actorName: string | null;
  recommendationCode: string | null;
  recommendationTitle: { en: string; zhHans: string; zhHant: string } | null;
  actionId: string | null;
  actionTitle: { en: string; zhHans: string; zhHant: string } | null;
  actionAgency: string | null;
  roundId: string | null;
  roundName: string | null;
}

const itemColumns = {
  id: notifications.id,
  recipientId: notifications.recipientId,
  reason: notifications.reason,
  detail: notifications.detail,
  createdAt: notifications.createdAt,
  readAt: notifications.readAt,
  actorName: users.name,
  recommendationCode: recommendations.code,
  recEn: recommendations.titleEn,
  recZhHans: recommendations.titleZhHans,
  recZhHant: recommendations.titleZhHant,
  actionId: notifications.actionId,
  actEn: actions.title,
  actZhHans: actions.titleZhHans,
  actZhHant: actions.titleZhHant,
  actionAgency: agencies.abbreviation,
  roundId: notifications.roundId,
  roundName: rounds.name,
};
type ItemRow = { [K in keyof typeof itemColumns]: (typeof itemColumns)[K]["_"]["data"] | null };

function toItem(r: ItemRow): NotificationItem {
  return {
    id: r.id!,
    recipientId: r.recipientId!,
    reason: r.reason!,
    detail: r.detail ?? {},
    createdAt: r.createdAt!,
    readAt: r.readAt,
    actorName: r.actorName,
    recommendationCode: r.recommendationCode,
    recommendationTitle: r.recommendationCode ? { en: r.recEn!, zhHans: r.recZhHans!, zhHant: r.recZhHant! } : null,
    actionId: r.actionId,
    actionTitle: r.actionId ? { en: r.actEn ?? "", zhHans: r.actZhHans ?? "", zhHant: r.actZhHant ?? "" } : null,
    actionAgency: r.actionAgency,
    roundId: r.roundId,
    roundName: r.roundName,
  };
}

/** The notifications' items with their joins; `where` picks which. Newest first. */
export async function selectNotificationItems(
  db: DbOrTx,
  where: ReturnType<typeof and>,
  limit: number,
): Promise<NotificationItem[]> {
  const rows = await db
    .select(itemColumns)
    .from(notifications)
    .leftJoin(users, eq(users.id, notifications.actorId))
    .leftJoin(recommendations, eq(recommendations.id, notifications.recommendationId))
    .leftJoin(actions, eq(actions.id, notifications.actionId))
    .leftJoin(agencies, eq(agencies.id, actions.agencyId))
    .leftJoin(rounds, eq(rounds.id, notifications.roundId))
    .where(where)
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(limit);
  return rows.map(toItem);
}

/** A person's notifications, newest first; `before` (an id) pages on, `unread` keeps the unread ones. */
export function listNotifications(
  db: DbOrTx,
  userId: string,
  p: { unread?: boolean; limit?: number; before?: number } = {},
): Promise<NotificationItem[]> {
  return selectNotificationItems(
    db,
    and(
      eq(notifications.recipientId, userId),
      p.unread ? isNull(notifications.readAt) : undefined,
      p.before ? lt(notifications.id, p.before) : undefined,
    ),
    p.limit ?? 50,
  );
}

export async function countUnreadNotifications(db: DbOrTx, userId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(notifications)
    .where(and(eq(notifications.recipientId, userId), isNull(notifications.readAt)));
  return row?.n ?? 0;
}

/** A person's mail delivery for every reason; a reason they never chose is "daily". */
export async function getNotificationPreferences(
  db: DbOrTx,
  userId: string,
): Promise<Record<NotificationReason, EmailDelivery>> {
  const rows = await db
    .select({ reason: notificationPreferences.reason, delivery: notificationPreferences.delivery })
    .from(notificationPreferences)
    .where(eq(notificationPreferences.userId, userId));
  const chosen = new Map(rows.map((r) => [r.reason, r.delivery]));
  return Object.fromEntries(notificationReasons.map((reason) => [reason, chosen.get(reason) ?? "daily"])) as Record<
    NotificationReason,
    EmailDelivery
  >;
}
