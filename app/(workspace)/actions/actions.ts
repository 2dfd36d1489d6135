"use server";
import { revalidatePath } from "next/cache";
import { bulkUpdateActions } from "@/db/mutations/bulk";
import { serverAction } from "@/lib/actions/server-action";
import { actionBulkInput } from "@/lib/validation/inputs";

/** The same change to the selected actions, in one transaction: all of them or none. */
export const bulkUpdateActionsAction = serverAction(actionBulkInput, async (input, { db, actor }) => {
  const result = await bulkUpdateActions(db, actor, input);
  revalidatePath("/actions");
  return result;
});
