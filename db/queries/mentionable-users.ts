import { and, asc, eq, ilike, or } from "drizzle-orm";
import type { DbOrTx } from "../index";
import { recommendations, users } from "../schema";
import type { Actor } from "@/lib/permissions";
import { notFound } from "@/lib/errors";
import { recommendationFacts, requireAllowed } from "../mutations/facts";

/** LIKE's own characters in what a person typed are meant literally. */
const literal = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * People who may be mentioned in a recommendation's note: those who may read it (every active
 * account), whose name, or a word of it, begins with `prefix`. Asked as the caller, who must be
 * allowed to read the note. At most 8, by name.
 */
export async function listMentionableUsers(db: DbOrTx, actor: Actor, code: string, prefix: string) {
  const [rec] = await db
    .select({ id: recommendations.id, archivedAt: recommendations.archivedAt })
    .from(recommendations)
    .where(eq(recommendations.code, code));
  if (!rec) throw notFound("errors.noRecommendation", { code });
  requireAllowed(actor, { action: "note.read", recommendation: await recommendationFacts(db, rec) });
  const p = literal(prefix.trim());
  return db
    .select({ id: users.id, name: users.name })
    .from(users)
    .where(and(eq(users.active, true), p ? or(ilike(users.name, `${p}%`), ilike(users.name, `% ${p}%`)) : undefined))
    .orderBy(asc(users.name))
    .limit(8);
}
