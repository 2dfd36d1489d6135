import { asc, eq } from "drizzle-orm";
import type { DbOrTx } from "../index";
import { agencies, users } from "../schema";

/** Every account with its agency, for the administration page. */
export async function listUsersForAdmin(db: DbOrTx) {
  return db
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      role: users.role,
      active: users.active,
      lastSignInAt: users.lastSignInAt,
      agencyKey: agencies.key,
      agencyAbbreviation: agencies.abbreviation,
    })
    .from(users)
    .leftJoin(agencies, eq(agencies.id, users.agencyId))
    .orderBy(asc(users.name), asc(users.email));
}

/** The caller's own account as GET /api/v1/me shows it. */
export async function getOwnProfile(db: DbOrTx, userId: string) {
  const [row] = await db
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      role: users.role,
      locale: users.locale,
      agencyKey: agencies.key,
    })
    .from(users)
    .leftJoin(agencies, eq(agencies.id, users.agencyId))
    .where(eq(users.id, userId));
  return row ?? null;
}
