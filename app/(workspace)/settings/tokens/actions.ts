"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { createApiToken, revokeApiToken } from "@/db/mutations/tokens";
import { serverAction } from "@/lib/actions/server-action";
import { tokenCreateInput } from "@/lib/validation/inputs";

/** Answers with the token itself: the only time it is ever shown. */
export const createTokenAction = serverAction(tokenCreateInput, async (input, { db, actor }) => {
  const created = await createApiToken(db, actor, input);
  revalidatePath("/settings/tokens");
  return created;
});

export const revokeTokenAction = serverAction(
  z.object({ id: z.uuid("Unknown token") }).strict(),
  async ({ id }, { db, actor }) => {
    await revokeApiToken(db, actor, id);
    revalidatePath("/settings/tokens");
    revalidatePath("/admin/activity");
    return { id };
  },
);
