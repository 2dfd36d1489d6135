"use server";
import { listMentionableUsers } from "@/db/queries/mentionable-users";
import { serverAction } from "@/lib/actions/server-action";
import { mentionSearchInput } from "@/lib/validation/notifications";

/** The people an @mention in this recommendation's note may name, for the editor's suggestions. */
export const searchMentionableUsersAction = serverAction(mentionSearchInput, async ({ code, prefix }, { db, actor }) =>
  listMentionableUsers(db, actor, code, prefix),
);
