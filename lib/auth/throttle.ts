/**
 * Sign-in throttling with a growing delay, per account and per client address.
 *
 * Failures are counted since the last success and within the last 15 minutes. Once a key (the
 * lower-cased e-mail, whether or not the account exists, or the client address) has `threshold`
 * failures, the next attempt must wait 2^(failures - threshold) seconds after the last failure,
 * capped at 15 minutes. Attempts live in `sign_in_attempts`, so every instance sees the same counts.
 *
 * Every attempt is written before its password is checked (as a failure, turned into a success
 * afterwards), under per-key advisory locks: parallel requests cannot all slip through on the same
 * count, which a check-then-record design would allow.
 */
import "server-only";
import { and, count, eq, gt, max, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db";
import { signInAttempts } from "@/db/schema";

export const SIGN_IN_WINDOW_MS = 15 * 60 * 1000;
export const SIGN_IN_MAX_DELAY_MS = 15 * 60 * 1000;
export const ACCOUNT_FAILURE_THRESHOLD = 3;
export const ADDRESS_FAILURE_THRESHOLD = 10;
export const UNKNOWN_ADDRESS = "unknown";

/** Advisory-lock namespaces (first key of the two-key form), one per kind of throttle key. */
const LOCK_ACCOUNT = 727_274_101;
const LOCK_ADDRESS = 727_274_102;

export interface SignInAttemptParams {
  /** Normalised (trimmed, lower-cased) e-mail. */
  email: string;
  ip: string;
  /** The clock; tests pass a fake one. */
  now?: Date;
}

export interface SignInAttempt {
  /** The recorded attempt, to mark as a success once the password checks out. */
  attemptId: number;
  /** 0 when the attempt may go ahead; otherwise it was refused and recorded as a failure. */
  retryAfterSeconds: number;
}

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

/**
 * The caller's address as the proxy in front reports it: the first x-forwarded-for entry, else
 * x-real-ip, else "unknown". Next's own server fills x-forwarded-for with the socket address when
 * nothing is in front. Only as trustworthy as that proxy: a client talking to the app directly
 * can send its own header, which is why the per-account throttle does not depend on it.
 */
export function clientAddress(headers: Record<string, unknown> | undefined): string {
  const header = (name: string): string => {
    const value = headers?.[name];
    const first: unknown = Array.isArray(value) ? value[0] : value;
    return typeof first === "string" ? first.trim() : "";
  };
  const address = header("x-forwarded-for").split(",")[0]?.trim() || header("x-real-ip");
  return address ? address.slice(0, 100) : UNKNOWN_ADDRESS;
}

interface KeyState {
  failures: number;
  lastFailureAt: Date | null;
}

async function recentFailures(
  db: DbOrTx,
  column: typeof signInAttempts.email | typeof signInAttempts.ip,
  value: string,
  now: Date,
): Promise<KeyState> {
  const windowStart = new Date(now.getTime() - SIGN_IN_WINDOW_MS);
  // "Since the last success" goes by id, the order attempts were recorded in: a success and a
  // failure in the same millisecond, or on two instances whose clocks differ a little, still
  // come out in the right order.
  const lastSuccess = db
    .select({ id: max(signInAttempts.id) })
    .from(signInAttempts)
    .where(and(eq(column, value), eq(signInAttempts.success, true), gt(signInAttempts.at, windowStart)));
  const [row] = await db
    .select({ failures: count(), lastFailureAt: max(signInAttempts.at) })
    .from(signInAttempts)
    .where(
      and(
        eq(column, value),
        eq(signInAttempts.success, false),
        gt(signInAttempts.at, windowStart),
        sql`${signInAttempts.id} > coalesce((${lastSuccess}), 0)`,
      ),
    );
  return { failures: Number(row?.failures ?? 0), lastFailureAt: row?.lastFailureAt ?? null };
}

function waitMs(state: KeyState, threshold: number, now: Date): number {
  if (!state.lastFailureAt) return 0;
  const delay = throttleDelayMs(state.failures, threshold);
  return Math.max(0, state.lastFailureAt.getTime() + delay - now.getTime());
}

/**
 * Decides whether an attempt may check its password, and records it as a failure either way.
 * A refused attempt counts too, so hammering only lengthens the wait; the wait reported is the one
 * that applies after this attempt, so someone who waits that long gets through.
 */
export async function beginSignInAttempt(db: DbOrTx, params: SignInAttemptParams): Promise<SignInAttempt> {
  const now = params.now ?? new Date();
  return db.transaction(async (tx) => {
    // Account lock first, then address, in every request: no two requests can wait on each other.
    await tx.execute(sql`select pg_advisory_xact_lock(${LOCK_ACCOUNT}::int4, hashtext(${params.email}))`);
    await tx.execute(sql`select pg_advisory_xact_lock(${LOCK_ADDRESS}::int4, hashtext(${params.ip}))`);
    const account = await recentFailures(tx, signInAttempts.email, params.email, now);
    const address = await recentFailures(tx, signInAttempts.ip, params.ip, now);
    const throttled =
      waitMs(account, ACCOUNT_FAILURE_THRESHOLD, now) > 0 || waitMs(address, ADDRESS_FAILURE_THRESHOLD, now) > 0;
    const [row] = await tx
      .insert(signInAttempts)
      .values({ at: now, email: params.email, ip: params.ip, success: false })
      .returning({ id: signInAttempts.id });
    const nextWaitMs = throttled
      ? Math.max(
          throttleDelayMs(account.failures + 1, ACCOUNT_FAILURE_THRESHOLD),
          throttleDelayMs(address.failures + 1, ADDRESS_FAILURE_THRESHOLD),
        )
      : 0;
    return { attemptId: row!.id, retryAfterSeconds: Math.ceil(nextWaitMs / 1000) };
  });
}

/** Turns a recorded attempt into a success, which resets both counts. */
export async function markSignInSucceeded(db: DbOrTx, attemptId: number): Promise<void> {
  await db.update(signInAttempts).set({ success: true }).where(eq(signInAttempts.id, attemptId));
}
