"use server";
import { revalidatePath } from "next/cache";
import { markAllNotificationsRead, markNotificationRead } from "@/db/mutations/notifications";
import { countUnreadNotifications } from "@/db/queries/notifications";
import { serverAction } from "@/lib/actions/server-action";
import { noInput, notificationIdInput } from "@/lib/validation/notifications";

/** Marks one of the caller's notifications read; answers how many are still unread (the bell's count). */
export const markNotificationReadAction = serverAction(notificationIdInput, async ({ id }, { db, actor }) => {
  await markNotificationRead(db, actor, id);
  revalidatePath("/notifications");
  return { unread: await countUnreadNotifications(db, actor.id) };
});

export const markAllNotificationsReadAction = serverAction(noInput, async (_input, { db, actor }) => {
  await markAllNotificationsRead(db, actor);
  revalidatePath("/notifications");
  return { unread: 0 };
});
