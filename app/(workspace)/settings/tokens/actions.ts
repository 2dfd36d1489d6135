"use server";
import { revalidatePath } from "next/cache";
import { createApiToken, revokeApiToken } from "@/db/mutations/tokens";
import { serverAction } from "@/lib/actions/server-action";
import { tokenCreateInput, tokenRevokeInput } from "@/lib/validation/inputs";

/** Answers with the token itself: the only time it is ever shown. */
export const createTokenAction = serverAction(tokenCreateInput, async (input, { db, actor }) => {
  const created = await createApiToken(db, actor, input);
  revalidatePath("/settings/tokens");
  return created;
});

export const revokeTokenAction = serverAction(tokenRevokeInput, async ({ id }, { db, actor }) => {
  await revokeApiToken(db, actor, id);
  revalidatePath("/settings/tokens");
  revalidatePath("/admin/activity");
  return { id };
});
