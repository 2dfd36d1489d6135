import { apiRoute, apiLocale } from "@/lib/api/handler";
import { countUnreadNotifications, listNotifications } from "@/db/queries/notifications";
import { badRequest } from "@/lib/errors";
import { presentNotification } from "@/lib/notifications/present";
import { notificationListQuery } from "@/lib/validation/notifications";
import { zodFieldMessages } from "@/lib/validation/search-params";

export const dynamic = "force-dynamic";

/**
 * GET /api/v1/notifications?unread=true&before=<id>: the caller's notifications, newest first, 50 at
 * a time, each with its sentence in the caller's language and the path of its item; `unread` is the
 * count of all unread ones (what the bell shows).
 */
export const GET = apiRoute(async ({ req, db, actor }) => {
  const parsed = notificationListQuery.safeParse(Object.fromEntries(req.nextUrl.searchParams));
  if (!parsed.success) throw badRequest("errors.invalidQuery", zodFieldMessages(parsed.error));
  const locale = apiLocale(req.headers.get("accept-language"), actor.locale);
  const [items, unread] = await Promise.all([
    listNotifications(db, actor.id, { unread: parsed.data.unread === "true", before: parsed.data.before }),
    countUnreadNotifications(db, actor.id),
  ]);
  return { data: items.map((n) => presentNotification(n, locale)), unread };
});
