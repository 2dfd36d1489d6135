import { apiRoute } from "@/lib/api/handler";
import { markNotificationRead } from "@/db/mutations/notifications";
import { countUnreadNotifications } from "@/db/queries/notifications";
import { notificationIdParams } from "@/lib/validation/notifications";

export const dynamic = "force-dynamic";

/** POST /api/v1/notifications/{id}/read: marks one of your notifications read (404 for anyone else's). */
export const POST = apiRoute({ params: notificationIdParams }, async ({ db, actor, params }) => {
  await markNotificationRead(db, actor, params.id);
  return { data: { read: true, unread: await countUnreadNotifications(db, actor.id) } };
});
