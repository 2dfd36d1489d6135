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

/**
 * Whether something a user opened at `openedAt` with `granted` rights (an event stream) must end:
 * the user is gone or inactive, signed out everywhere since, or their role or agency changed.
 */
export function accessEndedSince(
  granted: { role: string; agencyId: string | null },
  current: { active: boolean; role: string; agencyId: string | null; sessionsValidAfter: Date | null } | undefined,
  openedAt: Date,
): boolean {
  if (!current || !current.active) return true;
  if (current.role !== granted.role || current.agencyId !== granted.agencyId) return true;
  return current.sessionsValidAfter !== null && current.sessionsValidAfter.getTime() > openedAt.getTime();
}
