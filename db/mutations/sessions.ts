/**
 * Writes of signing in and out: the sign-in record, ending one session (signing out) and ending
 * all of them ("sign out everywhere"). The rules (throttling, when a session counts as ended) are
 * in lib/auth; these only store what they decided, each with its activity entry.
 */
import { eq, lt } from "drizzle-orm";
import type { DbOrTx } from "../index";
import { revokedSessions, users, type User } from "../schema";
import { noteAccessChange, publishAccessChange } from "../notify";
import { recordActivity } from "./activity";
import { markSignInAttemptSucceeded } from "./sign-in-attempts";
import { revokeAllApiTokensOf, tokensRevokedReason } from "./tokens";

export type SignInFailureReason = "bad_credentials" | "throttled";

/** A password sign-in that succeeded: the attempt, the user's last sign-in and the security event. */
export async function recordPasswordSignIn(
  db: DbOrTx,
  params: { userId: string; email: string; ip: string; attemptId: number; now: Date },
): Promise<User | null> {
  return db.transaction(async (tx) => {
    await markSignInAttemptSucceeded(tx, params.attemptId);
    const [signedIn] = await tx
      .update(users)
      .set({ lastSignInAt: params.now })
      .where(eq(users.id, params.userId))
      .returning();
    await recordActivity(tx, {
      actor: { id: params.userId },
      entityType: "auth",
      entityId: params.userId,
      kind: "sign_in",
      to: { email: params.email, ip: params.ip, method: "password" },
    });
    return signedIn ?? null;
  });
}

export async function recordOidcSignIn(db: DbOrTx, params: { userId: string; email: string }): Promise<void> {
  await recordActivity(db, {
    actor: { id: params.userId },
    entityType: "auth",
    entityId: params.userId,
    kind: "sign_in",
    to: { email: params.email, method: "oidc" },
  });
}

/**
 * Whoever failed is not known to be the account holder, so the actor is "anonymous"; the entity is
 * the account aimed at (null when no such account exists), so it shows in that account's history.
 */
export async function recordSignInFailure(
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

/**
 * Ends one session (signing out): its cookie, replayed, is refused from now on. The row is kept
 * until the session would have expired anyway; expired rows are cleared on the way. Open event
 * streams of the user close and reconnect, so the signed-out one is cut off.
 */
export async function endSession(
  db: DbOrTx,
  params: { userId: string; sessionId: string; expiresAt: Date; now?: Date },
): Promise<void> {
  const now = params.now ?? new Date();
  // This process's cached authentications go once it is over (the notification tells the others).
  const written = db.transaction(async (tx) => {
    await tx.delete(revokedSessions).where(lt(revokedSessions.expiresAt, now));
    await tx
      .insert(revokedSessions)
      .values({ sessionId: params.sessionId, userId: params.userId, revokedAt: now, expiresAt: params.expiresAt })
      .onConflictDoNothing();
    await publishAccessChange(tx, [params.userId]);
  });
  await written.finally(noteAccessChange);
}

/**
 * "Sign out everywhere": every session of the user issued until now ends, and so do their API
 * tokens, which a stolen session could have minted. Returns the cut-off.
 */
export async function revokeAllSessions(db: DbOrTx, params: { userId: string; now?: Date }): Promise<Date> {
  const now = params.now ?? new Date();
  // This process's cached authentications go once it is over (the notification tells the others).
  const written = db.transaction(async (tx) => {
    await tx.update(users).set({ sessionsValidAfter: now }).where(eq(users.id, params.userId));
    const tokens = await revokeAllApiTokensOf(tx, { userId: params.userId, by: { id: params.userId }, now });
    await recordActivity(tx, {
      actor: { id: params.userId },
      entityType: "auth",
      entityId: params.userId,
      kind: "sign_out_everywhere",
      reason: tokensRevokedReason(tokens),
      to: { sessionsValidAfter: now.toISOString() },
    });
    await publishAccessChange(tx, [params.userId]);
  });
  await written.finally(noteAccessChange);
  return now;
}
