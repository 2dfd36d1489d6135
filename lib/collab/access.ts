/**
 * Who may open a note, and how: re-read from the database on connect and again periodically, so a
 * deactivation, a role or agency change or "sign out everywhere" ends an open connection.
 */
import { eq } from "drizzle-orm";
import type { DbOrTx } from "@/db";
import { recommendations, users } from "@/db/schema";
import { recommendationFacts } from "@/db/mutations/facts";
import { actorOf, authorize } from "@/lib/permissions";

export type NoteAccess =
  | { allowed: true; canEdit: boolean; user: { id: string; name: string; role: string } }
  | { allowed: false; reason: string };

export async function loadNoteAccess(
  db: DbOrTx,
  params: { userId: string; recommendationId: string; tokenIssuedAt: number },
): Promise<NoteAccess> {
  const [user] = await db.select().from(users).where(eq(users.id, params.userId));
  if (!user || !user.active) return { allowed: false, reason: "This account is not active." };
  if (user.sessionsValidAfter && params.tokenIssuedAt < user.sessionsValidAfter.getTime()) {
    return { allowed: false, reason: "This session was signed out." };
  }
  const [rec] = await db
    .select({ id: recommendations.id, archivedAt: recommendations.archivedAt })
    .from(recommendations)
    .where(eq(recommendations.id, params.recommendationId));
  if (!rec) return { allowed: false, reason: "No such recommendation." };
  const facts = await recommendationFacts(db, rec);
  const actor = actorOf(user);
  const read = authorize(actor, { action: "note.read", recommendation: facts });
  if (!read.allowed) return { allowed: false, reason: read.reason };
  const edit = authorize(actor, { action: "note.edit", recommendation: facts });
  return { allowed: true, canEdit: edit.allowed, user: { id: user.id, name: user.name, role: user.role } };
}

/** The id of the recommendation with this code, or null (a change event names recommendations by code). */
export async function recommendationIdByCode(db: DbOrTx, code: string): Promise<string | null> {
  const [rec] = await db.select({ id: recommendations.id }).from(recommendations).where(eq(recommendations.code, code));
  return rec?.id ?? null;
}
