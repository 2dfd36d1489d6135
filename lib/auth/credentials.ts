import { eq } from "drizzle-orm";
import type { DbOrTx } from "@/db";
import { users, type User } from "@/db/schema";
import { recordActivity } from "@/db/mutations/activity";
import { dummyPasswordHash, verifyPassword } from "./password";
import { beginSignInAttempt, markSignInSucceeded, SignInThrottledError, UNKNOWN_ADDRESS } from "./throttle";

export interface PasswordSignIn {
  email: string;
  password: string;
  /** The client's address, for the per-address throttle (see clientAddress in ./throttle). */
  ip?: string;
  /** The clock; tests pass a fake one. */
  now?: Date;
}

export type SignInFailureReason = "bad_credentials" | "throttled";

/**
 * The one sign-in path for e-mail and password: throttle, check, record.
 *
 * Unknown accounts, inactive accounts and wrong passwords all answer null after the same amount of
 * hashing work, so the answer reveals nothing about which it was. A throttled attempt throws
 * SignInThrottledError before any password is checked. Every attempt lands in sign_in_attempts and
 * the activity log ("sign_in" / "sign_in_failed"); the password is never written anywhere.
 */
export async function authenticateWithPassword(db: DbOrTx, input: PasswordSignIn): Promise<User | null> {
  const email = input.email.trim().toLowerCase();
  const ip = input.ip ?? UNKNOWN_ADDRESS;
  const now = input.now ?? new Date();
  const [user] = await db.select().from(users).where(eq(users.email, email));

  const attempt = await beginSignInAttempt(db, { email, ip, now });
  if (attempt.retryAfterSeconds > 0) {
    await recordSignInFailure(db, { userId: user?.id ?? null, email, ip, reason: "throttled" });
    throw new SignInThrottledError(attempt.retryAfterSeconds);
  }

  const ok = await verifyPassword(input.password, user?.passwordHash ?? (await dummyPasswordHash()));
  if (!user || !user.passwordHash || !user.active || !ok) {
    await recordSignInFailure(db, { userId: user?.id ?? null, email, ip, reason: "bad_credentials" });
    return null;
  }

  return db.transaction(async (tx) => {
    await markSignInSucceeded(tx, attempt.attemptId);
    const [signedIn] = await tx.update(users).set({ lastSignInAt: now }).where(eq(users.id, user.id)).returning();
    await recordActivity(tx, {
      actor: { id: user.id },
      entityType: "auth",
      entityId: user.id,
      kind: "sign_in",
      to: { email, ip, method: "password" },
    });
    return signedIn ?? null;
  });
}

/**
 * Whoever failed is not known to be the account holder, so the actor is "anonymous"; the entity is
 * the account aimed at (null when no such account exists), so it shows in that account's history.
 */
async function recordSignInFailure(
  db: DbOrTx,
  failure: { userId: string | null; email: string; ip: string; reason: SignInFailureReason },
): Promise<void> {
  await recordActivity(db, {
    actor: { id: null, label: "anonymous" },
    entityType: "auth",
    entityId: failure.userId,
    kind: "sign_in_failed",
    to: { email: failure.email, ip: failure.ip, reason: failure.reason },
  });
}
