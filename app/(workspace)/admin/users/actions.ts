"use server";
import { revalidatePath } from "next/cache";
import { createUser, resetPassword, setUserActive, updateUser } from "@/db/mutations/users";
import { serverAction } from "@/lib/actions/server-action";
import { passwordResetInput, userActiveInput, userCreateInput, userUpdateInput } from "@/lib/validation/users";

function revalidate() {
  revalidatePath("/admin/users");
  revalidatePath("/admin/activity");
}

export const createUserAction = serverAction(userCreateInput, async (input, { db, actor }) => {
  const user = await createUser(db, actor, input);
  revalidate();
  return user;
});

export const updateUserAction = serverAction(userUpdateInput, async (input, { db, actor }) => {
  const user = await updateUser(db, actor, input);
  revalidate();
  return user;
});

export const setUserActiveAction = serverAction(userActiveInput, async (input, { db, actor }) => {
  const user = await setUserActive(db, actor, input);
  revalidate();
  return user;
});

export const resetPasswordAction = serverAction(passwordResetInput, async (input, { db, actor }) => {
  const user = await resetPassword(db, actor, input);
  revalidate();
  return user;
});
