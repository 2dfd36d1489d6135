/** When a session stops counting: pure rules, shared by next-auth's options and the session check. */

export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60; // one working day

/**
 * Sessions last one working day from signing in, however often the cookie is renewed: so a session
 * ended by signing out needs remembering only that long (revoked_sessions).
 */
export function sessionExpiresAt(signedInAt: number): Date {
  return new Date(signedInAt + SESSION_MAX_AGE_SECONDS * 1000);
}

export function isSessionExpired(signedInAt: number | null | undefined, now: Date): boolean {
  if (typeof signedInAt !== "number" || !Number.isFinite(signedInAt)) return true;
  return sessionExpiresAt(signedInAt).getTime() <= now.getTime();
}

/**
 * Whether "sign out everywhere" ended a session. A session without a sign-in time predates the
 * feature, so it counts as revoked as soon as the user has signed out everywhere once.
 */
export function isSessionRevoked(signedInAt: number | null | undefined, sessionsValidAfter: Date | null): boolean {
  if (!sessionsValidAfter) return false;
  if (typeof signedInAt !== "number" || !Number.isFinite(signedInAt)) return true;
  return signedInAt < sessionsValidAfter.getTime();
}
