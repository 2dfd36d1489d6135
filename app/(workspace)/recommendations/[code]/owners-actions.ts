"use server";
import { revalidatePath } from "next/cache";
import { setOwners } from "@/db/mutations/owners";
import { serverAction } from "@/lib/actions/server-action";
import { ownersSaveInput } from "@/lib/validation/owners";

/** Add, remove, change the role or the contact of owning agencies from the detail page's Owners card. */
export const saveOwnersAction = serverAction(ownersSaveInput, async ({ code, ...input }, { db, actor }) => {
  const rec = await setOwners(db, actor, code, input);
  revalidatePath(`/recommendations/${code}`);
  revalidatePath("/recommendations");
  return { version: rec.version };
});
