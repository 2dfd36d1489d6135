"use server";
import { revalidatePath } from "next/cache";
import { setOwnNotificationPreferences } from "@/db/mutations/notifications";
import { serverAction } from "@/lib/actions/server-action";
import { notificationPreferencesInput } from "@/lib/validation/notifications";

/** Saves the caller's mail delivery per reason. */
export const saveNotificationPreferencesAction = serverAction(
  notificationPreferencesInput,
  async (input, { db, actor }) => {
    await setOwnNotificationPreferences(db, actor, input);
    revalidatePath("/settings/notifications");
    return { saved: true };
  },
);
