import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { eq } from "drizzle-orm";
import { getDb, type DbOrTx } from "@/db";
import { agencies, users, type Agency, type User } from "@/db/schema";
import { recordActivity } from "@/db/mutations/activity";
import { publishAccessChange } from "@/db/notify";
import { buildAuthOptions } from "./options";

export type CurrentUser = Pick<User, "id" | "name" | "email" | "role" | "agencyId" | "locale"> & {
  agency: Pick<Agency, "id" | "key" | "abbreviation" | "nameEn" | "side"> | null;
};

/**
 * The signed-in user, re-read from the database on every request so that a deactivated account or
 * "sign out everywhere" takes effect at once, not when the JWT expires. Null when not signed in.
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await getServerSession(buildAuthOptions());
  const id = (session?.user as { id?: string } | undefined)?.id;
  if (!id) return null;
  const db = await getDb();
  const [row] = await db
    .select({ user: users, agency: agencies })
    .from(users)
    .leftJoin(agencies, eq(agencies.id, users.agencyId))
    .where(eq(users.id, id));
  if (!row || !row.user.active) return null;
  if (isSessionRevoked(session?.signedInAt, row.user.sessionsValidAfter)) return null;
  const { user, agency } = row;
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    role: user.role,
    agencyId: user.agencyId,
    locale: user.locale,
    agency: agency
      ? { id: agency.id, key: agency.key, abbreviation: agency.abbreviation, nameEn: agency.nameEn, side: agency.side }
      : null,
  };
});

/**
 * Whether "sign out everywhere" ended a session. A session without a sign-in time predates the
 * feature, so it counts as revoked as soon as the user has signed out everywhere once.
 */
export function isSessionRevoked(signedInAt: number | null | undefined, sessionsValidAfter: Date | null): boolean {
  if (!sessionsValidAfter) return false;
  if (typeof signedInAt !== "number" || !Number.isFinite(signedInAt)) return true;
  return signedInAt < sessionsValidAfter.getTime();
}

/** Ends every session of a user issued until now, and records it. Returns the cut-off. */
export async function revokeAllSessions(db: DbOrTx, params: { userId: string; now?: Date }): Promise<Date> {
  const now = params.now ?? new Date();
  await db.transaction(async (tx) => {
    await tx.update(users).set({ sessionsValidAfter: now }).where(eq(users.id, params.userId));
    await recordActivity(tx, {
      actor: { id: params.userId },
      entityType: "auth",
      entityId: params.userId,
      kind: "sign_out_everywhere",
      to: { sessionsValidAfter: now.toISOString() },
    });
    await publishAccessChange(tx, [params.userId]);
  });
  return now;
}

/** For pages: the signed-in user, or a redirect to the sign-in page that comes back here. */
export async function requireUser(returnTo: string): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`/login?callbackUrl=${encodeURIComponent(returnTo)}`);
  return user;
}
