import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { eq } from "drizzle-orm";
import { getDb } from "@/db";
import { agencies, users, type Agency, type User } from "@/db/schema";
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

/** For pages: the signed-in user, or a redirect to the sign-in page that comes back here. */
export async function requireUser(returnTo: string): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`/login?callbackUrl=${encodeURIComponent(returnTo)}`);
  return user;
}
