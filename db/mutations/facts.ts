import { eq, inArray, sql } from "drizzle-orm";
import type { DbOrTx } from "../index";
import { agencies, recommendationOwners, users } from "../schema";
import { authorize, type Actor, type RecommendationFacts, type Request } from "@/lib/permissions";
import { forbidden, unprocessable } from "@/lib/errors";
import { listOf, msg } from "@/lib/i18n/server-message";

/**
 * Asks the permission module and refuses with its reason (403): the one way a write is checked.
 * Every mutation calls it before it changes anything; pages call `authorize` only to show or hide.
 */
export function requireAllowed(actor: Actor, request: Request): void {
  const decision = authorize(actor, request);
  if (!decision.allowed) throw forbidden(decision.reason);
}

/** The facts the permission module needs about a recommendation. */
export async function recommendationFacts(
  db: DbOrTx,
  rec: { id: string; archivedAt: Date | null },
): Promise<RecommendationFacts> {
  const owners = await db
    .select({ agencyId: recommendationOwners.agencyId })
    .from(recommendationOwners)
    .where(eq(recommendationOwners.recommendationId, rec.id));
  return { ownerAgencyIds: owners.map((o) => o.agencyId), archived: rec.archivedAt !== null };
}

/**
 * The owning agencies' ids as a column of the query that loads the recommendation, so its facts come
 * in the same round trip (with `factsFrom`): `select({ rec: recommendations, ownerAgencyIds:
 * ownerAgencyIdsOf() })` (on the unaliased recommendations table). Same facts as `recommendationFacts`.
 */
export function ownerAgencyIdsOf() {
  // Qualified by hand: drizzle writes a select list's columns without their table, and inside the
  // subquery a bare "id" would be the owner row's.
  return sql<
    string[]
  >`(select coalesce(json_agg(o.agency_id), '[]'::json) from recommendation_owners o where o.recommendation_id = "recommendations"."id")`.mapWith(
    (v: unknown) => (typeof v === "string" ? JSON.parse(v) : v) as string[],
  );
}

export function factsFrom(rec: { archivedAt: Date | null }, ownerAgencyIds: string[]): RecommendationFacts {
  return { ownerAgencyIds, archived: rec.archivedAt !== null };
}

/** Agency keys → ids, refusing with the unknown keys named. */
export async function resolveAgencyKeys(db: DbOrTx, keys: string[], field: string): Promise<Map<string, string>> {
  const unique = [...new Set(keys)];
  if (!unique.length) return new Map();
  const rows = await db
    .select({ id: agencies.id, key: agencies.key })
    .from(agencies)
    .where(inArray(agencies.key, unique));
  const ids = new Map(rows.map((r) => [r.key, r.id]));
  const missing = unique.filter((k) => !ids.has(k));
  if (missing.length) {
    throw unprocessable(msg("errors.unknownAgencies", { keys: listOf(missing, "comma") }), {
      [field]: missing.map((key) => msg("errors.noAgencyKey", { key })),
    });
  }
  return ids;
}

/** An assignee must be an active member of the action's agency (viewers and coordinators belong to none). */
export async function checkAssignee(db: DbOrTx, assigneeId: string, agencyId: string): Promise<void> {
  const [user] = await db.select().from(users).where(eq(users.id, assigneeId));
  if (!user || !user.active)
    throw unprocessable("errors.assigneeInactive", { assigneeId: [msg("errors.assigneeInactiveField")] });
  if (user.role === "viewer") {
    throw unprocessable(msg("errors.assigneeViewer", { name: user.name }), {
      assigneeId: [msg("errors.assigneeViewerField")],
    });
  }
  if (user.agencyId !== agencyId) {
    const [agency] = await db
      .select({ abbreviation: agencies.abbreviation })
      .from(agencies)
      .where(eq(agencies.id, agencyId));
    throw unprocessable(
      msg("errors.assigneeOtherAgency", {
        name: user.name,
        agency: agency?.abbreviation ?? msg("errors.theActionsAgency"),
      }),
      { assigneeId: [msg("errors.assigneeOtherAgencyField")] },
    );
  }
}

export function actorRef(actor: Actor) {
  return { id: actor.id, label: actor.tokenScope ? `api-token:${actor.tokenName ?? "unnamed"}` : null };
}
