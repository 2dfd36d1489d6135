import { eq, sql } from "drizzle-orm";
import type { DbOrTx } from "../index";
import { users } from "../schema";
import type { Actor } from "@/lib/permissions";
import type { PreferencesInput } from "@/lib/validation/preferences";
import { requireAllowed } from "./facts";
import { noteAccessChange } from "../notify";

/** Sets the caller's own preferences. Not in the history: it changes nothing anyone else sees. */
export async function setOwnPreferences(db: DbOrTx, actor: Actor, input: PreferencesInput): Promise<void> {
  requireAllowed(actor, { action: "preferences.update" });
  await db
    .update(users)
    .set({ locale: input.locale, updatedAt: sql`now()` })
    .where(eq(users.id, actor.id));
  // Cached authentications here carry the language (answers' messages): they are read again.
  noteAccessChange();
}
