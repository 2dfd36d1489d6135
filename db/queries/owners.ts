import { asc, eq, and, inArray } from "drizzle-orm";
import type { DbOrTx } from "../index";
import { users } from "../schema";

/**
 * The people who may be named as an owning agency's contact: the active users of those agencies
 * (setOwners accepts exactly these), by name.
 */
export async function listContactCandidates(db: DbOrTx, agencyIds: string[]) {
  if (!agencyIds.length) return [];
  return db
    .select({ id: users.id, name: users.name, agencyId: users.agencyId })
    .from(users)
    .where(and(inArray(users.agencyId, agencyIds), eq(users.active, true)))
    .orderBy(asc(users.name));
}
