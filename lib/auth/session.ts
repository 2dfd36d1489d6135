import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { getDb, type DbOrTx } from "@/db";
import type { Agency, User } from "@/db/schema";
import { getSessionUser } from "@/db/queries/sessions";
import { isUuid } from "@/lib/validation/ids";
import { buildAuthOptions } from "./options";
import { isSessionExpired, isSessionRevoked } from "./session-rules";

export type CurrentUser = Pick<User, "id" | "name" | "email" | "role" | "agencyId" | "locale"> & {
  agency: Pick<Agency, "id" | "key" | "abbreviation" | "nameEn" | "side"> | null;
  /** The session this request came with; what it opened (a note's websocket) ends with it. */
  sessionId: string;
};

/** What a session cookie says about itself (lib/auth/options.ts puts it there at sign-in). */
export interface SessionClaims {
  userId?: string;
  /** This session's own id, which signing out records as ended. */
  sessionId?: string;
  /** When this session's sign-in happened (ms since the epoch). */
  signedInAt?: number;
}

/**
 * The signed-in user, re-read from the database on every request so that a deactivated account,
 * "sign out everywhere" or signing out takes effect at once, not when the JWT expires. Null when
 * not signed in.
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await getServerSession(buildAuthOptions());
  return resolveSessionUser(await getDb(), {
    userId: (session?.user as { id?: string } | undefined)?.id,
    sessionId: session?.sessionId,
    signedInAt: session?.signedInAt,
  });
});

/**
 * The user a session stands for, or null when it no longer counts: no such active user, signed
 * out, ended by "sign out everywhere", or older than the session lifetime. A session without an id
 * or a sign-in time predates these checks and could not be signed out, so it does not count either.
 */
export async function resolveSessionUser(
  db: DbOrTx,
  claims: SessionClaims,
  now: Date = new Date(),
): Promise<CurrentUser | null> {
  const { userId, sessionId, signedInAt } = claims;
  if (!userId || !isUuid(userId) || !sessionId || !isUuid(sessionId)) return null;
  if (isSessionExpired(signedInAt, now)) return null;
  const row = await getSessionUser(db, { userId, sessionId });
  if (!row || !row.user.active || row.signedOut) return null;
  if (isSessionRevoked(signedInAt, row.user.sessionsValidAfter)) return null;
  const { user, agency } = row;
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    role: user.role,
    agencyId: user.agencyId,
    locale: user.locale,
    sessionId,
    agency: agency
      ? { id: agency.id, key: agency.key, abbreviation: agency.abbreviation, nameEn: agency.nameEn, side: agency.side }
      : null,
  };
}

/** For pages: the signed-in user, or a redirect to the sign-in page that comes back here. */
export async function requireUser(returnTo: string): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`/login?callbackUrl=${encodeURIComponent(returnTo)}`);
  return user;
}
