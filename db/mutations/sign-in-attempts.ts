import { eq, sql } from "drizzle-orm";
import type { DbOrTx, Transaction } from "../index";
import { signInAttempts } from "../schema";

/** Advisory-lock namespace (first key of the two-key form) for sign-in attempts from one address. */
const LOCK_ADDRESS = 727_274_102;

/**
 * Serialises sign-in attempts from one address until the transaction ends. Both throttle keys
 * (the address, and an account at that address) contain the address, so this one lock is enough
 * for parallel attempts never to be decided on the same count.
 */
export async function lockSignInAddress(tx: Transaction, ip: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(${LOCK_ADDRESS}::int4, hashtext(${ip}))`);
}

/** Records an attempt about to check its password, as a failure until marked otherwise. */
export async function insertSignInAttempt(
  db: DbOrTx,
  attempt: { at: Date; email: string; ip: string },
): Promise<number> {
  const [row] = await db
    .insert(signInAttempts)
    .values({ ...attempt, success: false })
    .returning({ id: signInAttempts.id });
  return row!.id;
}

export async function markSignInAttemptSucceeded(db: DbOrTx, attemptId: number): Promise<void> {
  await db.update(signInAttempts).set({ success: true }).where(eq(signInAttempts.id, attemptId));
}
