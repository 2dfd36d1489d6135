import type { DbOrTx } from "@/db";
import type { User } from "@/db/schema";
import { findAccountByEmail } from "@/db/queries/sessions";
import { recordPasswordSignIn, recordSignInFailure } from "@/db/mutations/sessions";
import { UNKNOWN_ADDRESS } from "./client-address";
import { dummyPasswordHash, verifyPassword } from "./password";
import { beginSignInAttempt, SignInThrottledError } from "./throttle";

export interface PasswordSignIn {
  email: string;
  password: string;
  /** The client's address, for the throttle (see lib/auth/client-address.ts). */
  ip?: string;
  /** The clock; tests pass a fake one. */
  now?: Date;
}

/**
 * The one sign-in path for e-mail and password: throttle, check, record.
 *
 * Unknown accounts, inactive accounts and wrong passwords all answer null after the same amount of
 * hashing work, so the answer reveals nothing about which it was. A throttled attempt throws
 * SignInThrottledError before any password is checked. Every attempt lands in the activity log
 * ("sign_in" / "sign_in_failed"), every checked one in sign_in_attempts; the password is never
 * written anywhere.
 */
export async function authenticateWithPassword(db: DbOrTx, input: PasswordSignIn): Promise<User | null> {
  const email = input.email.trim().toLowerCase();
  const ip = input.ip ?? UNKNOWN_ADDRESS;
  const now = input.now ?? new Date();
  const user = await findAccountByEmail(db, email);

  const attempt = await beginSignInAttempt(db, { email, ip, now });
  if (attempt.attemptId === null) {
    await recordSignInFailure(db, { userId: user?.id ?? null, email, ip, reason: "throttled" });
    throw new SignInThrottledError(attempt.retryAfterSeconds);
  }

  const ok = await verifyPassword(input.password, user?.passwordHash ?? (await dummyPasswordHash()));
  if (!user || !user.passwordHash || !user.active || !ok) {
    await recordSignInFailure(db, { userId: user?.id ?? null, email, ip, reason: "bad_credentials" });
    return null;
  }
  return recordPasswordSignIn(db, { userId: user.id, email, ip, attemptId: attempt.attemptId, now });
}
