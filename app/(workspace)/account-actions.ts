"use server";
import { serverAction } from "@/lib/actions/server-action";
import { revokeAllSessions } from "@/db/mutations/sessions";
import { noInput } from "@/lib/validation/inputs";

/**
 * Ends every session of the signed-in user, this one included: each is refused on its next request
 * (getCurrentUser compares its sign-in time with users.sessionsValidAfter). The caller then signs
 * this browser out so its cookie goes too.
 */
export const signOutEverywhere = serverAction(noInput, async (_input, { db, user }) => {
  const cutOff = await revokeAllSessions(db, { userId: user.id });
  return { sessionsValidAfter: cutOff.toISOString() };
});
