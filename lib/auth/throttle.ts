/**
 * Sign-in throttling with a growing delay, per account at an address and per address.
 *
 * Two keys, both containing the client's address (lib/auth/client-address.ts), so nobody elsewhere
 * can lock an account's owner out by failing on purpose:
 * - an account (the lower-cased e-mail, whether or not it exists) at one address: from
 *   ACCOUNT_FAILURE_THRESHOLD failures on;
 * - an address, across accounts: from ADDRESS_FAILURE_THRESHOLD failures on.
 * Failures count within the last 15 minutes; a success forgives that account's failures at that
 * address only (see countRecentSignInFailures), so signing in to one's own account between guesses
 * at others does not reset anything. Past the threshold the next attempt must wait
 * 2^(failures - threshold) seconds after the last failure, capped at 15 minutes.
 *
 * An attempt refused for waiting is not checked and does not count: it never lengthens the wait,
 * so whoever waits as told gets through. Attempts live in `sign_in_attempts`, so every instance
 * sees the same counts; each is decided and recorded under a lock on its address, so parallel
 * requests cannot all slip through on the same count.
 */
import "server-only";
import type { DbOrTx } from "@/db";
import { countRecentSignInFailures, type FailureCount } from "@/db/queries/sign-in-attempts";
import { insertSignInAttempt, lockSignInAddress } from "@/db/mutations/sign-in-attempts";

export const SIGN_IN_WINDOW_MS = 15 * 60 * 1000;
export const SIGN_IN_MAX_DELAY_MS = 15 * 60 * 1000;
export const ACCOUNT_FAILURE_THRESHOLD = 3;
export const ADDRESS_FAILURE_THRESHOLD = 10;

export interface SignInAttemptParams {
  /** Normalised (trimmed, lower-cased) e-mail. */
  email: string;
  ip: string;
  /** The clock; tests pass a fake one. */
  now?: Date;
}

export type SignInAttempt =
  /** May check its password; recorded as a failure until marked a success. */
  | { attemptId: number; retryAfterSeconds: 0 }
  /** Refused unchecked and not recorded: try again after this many seconds. */
  | { attemptId: null; retryAfterSeconds: number };

/** Thrown by the sign-in path; next-auth hands the message to the login form, which localises it. */
export class SignInThrottledError extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super(`throttled:${retryAfterSeconds}`);
    this.name = "SignInThrottledError";
  }
}

/** How long the next attempt must wait after `failures` recent failures: 0 below the threshold. */
export function throttleDelayMs(failures: number, threshold: number): number {
  if (failures < threshold) return 0;
  return Math.min(2 ** (failures - threshold) * 1000, SIGN_IN_MAX_DELAY_MS);
}

/** How much longer a key must wait at `now`, measured from its last failure. */
export function remainingWaitMs(state: FailureCount, threshold: number, now: Date): number {
  if (!state.lastFailureAt) return 0;
  const delay = throttleDelayMs(state.failures, threshold);
  return Math.max(0, state.lastFailureAt.getTime() + delay - now.getTime());
}

/** Decides whether an attempt may check its password, and records it when it may. */
export async function beginSignInAttempt(db: DbOrTx, params: SignInAttemptParams): Promise<SignInAttempt> {
  const now = params.now ?? new Date();
  const since = new Date(now.getTime() - SIGN_IN_WINDOW_MS);
  return db.transaction(async (tx) => {
    await lockSignInAddress(tx, params.ip);
    const account = await countRecentSignInFailures(tx, { ip: params.ip, email: params.email, since });
    const address = await countRecentSignInFailures(tx, { ip: params.ip, since });
    const waitMs = Math.max(
      remainingWaitMs(account, ACCOUNT_FAILURE_THRESHOLD, now),
      remainingWaitMs(address, ADDRESS_FAILURE_THRESHOLD, now),
    );
    if (waitMs > 0) return { attemptId: null, retryAfterSeconds: Math.ceil(waitMs / 1000) };
    const attemptId = await insertSignInAttempt(tx, { at: now, email: params.email, ip: params.ip });
    return { attemptId, retryAfterSeconds: 0 };
  });
}
