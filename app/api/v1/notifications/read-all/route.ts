import { apiRoute } from "@/lib/api/handler";
import { markAllNotificationsRead } from "@/db/mutations/notifications";

export const dynamic = "force-dynamic";

/** POST /api/v1/notifications/read-all: marks all your notifications read; answers how many were unread. */
export const POST = apiRoute(async ({ db, actor }) => {
  return { data: { marked: await markAllNotificationsRead(db, actor), unread: 0 } };
});
