import { asc, inArray, isNull } from "drizzle-orm";
import type { DbOrTx } from "../index";
import { agencies } from "../schema";

export async function listAgencies(db: DbOrTx) {
  return db.select().from(agencies).orderBy(asc(agencies.side), asc(agencies.abbreviation));
}

/** The agencies still in use (not merged away), by side and abbreviation. */
export async function listCurrentAgencies(db: DbOrTx) {
  return db
    .select()
    .from(agencies)
    .where(isNull(agencies.mergedIntoId))
    .orderBy(asc(agencies.side), asc(agencies.abbreviation));
}

/** Returns the keys among `keys` that name no agency, so callers can say exactly which one is wrong. */
export async function findUnknownAgencyKeys(db: DbOrTx, keys: string[]): Promise<string[]> {
  if (!keys.length) return [];
  const found = new Set(
    (await db.select({ key: agencies.key }).from(agencies).where(inArray(agencies.key, keys))).map((a) => a.key),
  );
  return keys.filter((k) => !found.has(k));
}
