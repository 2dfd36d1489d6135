import { eq, sql } from "drizzle-orm";
import type { DbOrTx } from "../index";
import { agencies, revokedSessions, users, type Agency, type User } from "../schema";

/** The account an e-mail (already normalised: trimmed, lower-case) signs in to, if any. */
export async function findAccountByEmail(db: DbOrTx, email: string): Promise<User | undefined> {
  const [row] = await db.select().from(users).where(eq(users.email, email));
  return row;
}

export interface SessionUserRow {
  user: User;
  agency: Agency | null;
  /** The session was ended by signing out (revoked_sessions). */
  signedOut: boolean;
}

/** The user behind a session, with their agency and whether that session was signed out: one query. */
export async function getSessionUser(
  db: DbOrTx,
  params: { userId: string; sessionId: string },
): Promise<SessionUserRow | undefined> {
  const [row] = await db
    .select({
      user: users,
      agency: agencies,
      signedOut: sql<boolean>`exists (select 1 from ${revokedSessions} where ${revokedSessions.sessionId} = ${params.sessionId})`,
    })
    .from(users)
    .leftJoin(agencies, eq(agencies.id, users.agencyId))
    .where(eq(users.id, params.userId));
  return row;
}

/** What a user's access rests on, for re-checking something opened earlier (an event stream). */
export async function getUserAccess(db: DbOrTx, userId: string) {
  const [row] = await db
    .select({
      active: users.active,
      role: users.role,
      agencyId: users.agencyId,
      sessionsValidAfter: users.sessionsValidAfter,
    })
    .from(users)
    .where(eq(users.id, userId));
  return row;
}
