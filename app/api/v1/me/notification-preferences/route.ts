import { apiRoute } from "@/lib/api/handler";
import { setOwnNotificationPreferences } from "@/db/mutations/notifications";
import { getNotificationPreferences } from "@/db/queries/notifications";
import { mailConfigured } from "@/lib/notifications/mail-config";
import { notificationPreferencesInput } from "@/lib/validation/notifications";

export const dynamic = "force-dynamic";

async function answer(db: Parameters<typeof getNotificationPreferences>[0], userId: string) {
  return { data: { delivery: await getNotificationPreferences(db, userId), mailConfigured: mailConfigured() } };
}

/**
 * GET /api/v1/me/notification-preferences: your mail delivery per reason ("immediate", "daily" or
 * "none"; "daily" unless you chose), and whether this server sends mail at all.
 */
export const GET = apiRoute(async ({ db, actor }) => answer(db, actor.id));

/** PUT /api/v1/me/notification-preferences { <reason>: delivery, … }: reasons left out keep their choice. */
export const PUT = apiRoute({ body: notificationPreferencesInput }, async ({ db, actor, body }) => {
  await setOwnNotificationPreferences(db, actor, body);
  return answer(db, actor.id);
});
