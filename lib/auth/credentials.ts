import { eq } from "drizzle-orm";
import type { DbOrTx } from "@/db";
import { users, type User } from "@/db/schema";
import { dummyPasswordHash, verifyPassword } from "./password";

/**
 * Checks an e-mail and password. Unknown accounts, inactive accounts and wrong passwords all answer
 * null after the same amount of hashing work, so the answer reveals nothing about which it was.
 */
export async function authenticateWithPassword(
  db: DbOrTx,
  input: { email: string; password: string },
): Promise<User | null> {
  const email = input.email.trim().toLowerCase();
  const [user] = await db.select().from(users).where(eq(users.email, email));
  const ok = await verifyPassword(input.password, user?.passwordHash ?? (await dummyPasswordHash()));
  if (!user || !user.passwordHash || !user.active || !ok) return null;
  const [signedIn] = await db.update(users).set({ lastSignInAt: new Date() }).where(eq(users.id, user.id)).returning();
  return signedIn ?? null;
}
