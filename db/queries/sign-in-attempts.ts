import { and, count, eq, gt, max, notExists, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { DbOrTx } from "../index";
import { signInAttempts } from "../schema";

export interface FailureCount {
  failures: number;
  lastFailureAt: Date | null;
}

/**
 * Failed sign-ins from `ip` since `since` (for one account when `email` is given). A failure stops
 * counting once the same account signs in successfully from the same address afterwards: someone
 * who mistyped and then got in is forgiven, but a success on one account (an attacker's own) never
 * clears failures against other accounts. "Afterwards" goes by id, the order attempts were recorded
 * in, so a success and a failure in the same millisecond, or on two instances whose clocks differ a
 * little, still come out in the right order.
 */
export async function countRecentSignInFailures(
  db: DbOrTx,
  params: { ip: string; email?: string; since: Date },
): Promise<FailureCount> {
  const later = alias(signInAttempts, "later");
  const forgiven = db
    .select({ one: sql`1` })
    .from(later)
    .where(
      and(
        eq(later.success, true),
        eq(later.email, signInAttempts.email),
        eq(later.ip, signInAttempts.ip),
        gt(later.id, signInAttempts.id),
      ),
    );
  const [row] = await db
    .select({ failures: count(), lastFailureAt: max(signInAttempts.at) })
    .from(signInAttempts)
    .where(
      and(
        eq(signInAttempts.ip, params.ip),
        params.email === undefined ? undefined : eq(signInAttempts.email, params.email),
        eq(signInAttempts.success, false),
        gt(signInAttempts.at, params.since),
        notExists(forgiven),
      ),
    );
  return { failures: Number(row?.failures ?? 0), lastFailureAt: row?.lastFailureAt ?? null };
}
