/**
 * Changes to who owns a recommendation: the lead agency of a side, and adding an owning agency.
 * Both are coordinators' decisions (authorize: the "owners" field), versioned and recorded like any
 * other change to the recommendation.
 */
import { and, eq, sql } from "drizzle-orm";
import type { Database, Transaction } from "../index";
import { agencies, recommendationOwners, recommendations, type Side } from "../schema";
import { getRecommendationByCode } from "../queries/recommendations";
import type { Actor } from "@/lib/permissions";
import { notFound, unprocessable } from "@/lib/errors";
import { recordActivity } from "./activity";
import { actorRef, recommendationFacts, requireAllowed } from "./facts";
import { staleVersionError } from "./conflicts";
import { publishChange } from "../notify";

export type OwnerChange =
  { kind: "lead"; side: Extract<Side, "shenzhen" | "hong_kong">; agency: string } | { kind: "add"; agency: string };

const leadField = { shenzhen: "leadShenzhen", hong_kong: "leadHongKong" } as const;
const sideName = { shenzhen: "Shenzhen", hong_kong: "Hong Kong", joint: "joint", national: "national" } as const;

/** Makes an agency the lead of a side (the previous lead stays as a supporting owner). */
export async function setLeadAgency(
  db: Database,
  actor: Actor,
  code: string,
  input: { version: number; side: "shenzhen" | "hong_kong"; agency: string },
) {
  await db.transaction((tx) => changeOwners(tx, actor, code, input.version, { kind: "lead", ...input }));
  return (await getRecommendationByCode(db, code))!;
}

/** Applies one owner change inside the caller's transaction; answers the version after it. */
export async function changeOwners(
  tx: Transaction,
  actor: Actor,
  code: string,
  version: number,
  change: OwnerChange,
): Promise<number> {
  const [rec] = await tx.select().from(recommendations).where(eq(recommendations.code, code)).for("update");
  if (!rec) throw notFound(`No recommendation has the code "${code}".`);
  const facts = await recommendationFacts(tx, rec);
  requireAllowed(actor, { action: "recommendation.update", recommendation: facts, fields: ["owners"] });
  if (rec.version !== version) {
    throw await staleVersionError(
      tx,
      { id: rec.id, version: rec.version, label: rec.code },
      version,
      await getRecommendationByCode(tx, code),
    );
  }
  const [agency] = await tx.select().from(agencies).where(eq(agencies.key, change.agency));
  if (!agency) {
    throw unprocessable(`Unknown agency: ${change.agency}. GET /api/v1/agencies lists the keys.`, {
      agency: [`No agency has the key "${change.agency}"`],
    });
  }
  const owners = await tx
    .select({ id: recommendationOwners.id, role: recommendationOwners.role, agency: agencies })
    .from(recommendationOwners)
    .innerJoin(agencies, eq(agencies.id, recommendationOwners.agencyId))
    .where(eq(recommendationOwners.recommendationId, rec.id));
  const existing = owners.find((o) => o.agency.id === agency.id);
  const nextVersion = rec.version + 1;
  const base = {
    actor: actorRef(actor),
    entityType: "recommendation" as const,
    entityId: rec.id,
    recommendationId: rec.id,
  };

  if (change.kind === "lead") {
    if (agency.side !== change.side) {
      throw unprocessable(`${agency.abbreviation} is not a ${sideName[change.side]} agency.`, {
        agency: [`Choose a ${sideName[change.side]} agency`],
      });
    }
    const previous = owners.filter((o) => o.role === "lead" && o.agency.side === change.side);
    if (existing?.role === "lead" && previous.length === 1) return rec.version;
    for (const p of previous.filter((p) => p.agency.id !== agency.id)) {
      await tx.update(recommendationOwners).set({ role: "supporting" }).where(eq(recommendationOwners.id, p.id));
    }
    if (existing)
      await tx.update(recommendationOwners).set({ role: "lead" }).where(eq(recommendationOwners.id, existing.id));
    else await tx.insert(recommendationOwners).values({ recommendationId: rec.id, agencyId: agency.id, role: "lead" });
    await recordActivity(tx, {
      ...base,
      kind: "update",
      field: leadField[change.side],
      from: previous.map((p) => p.agency.abbreviation).join(", ") || null,
      to: agency.abbreviation,
      entityVersion: nextVersion,
    });
  } else {
    if (existing) return rec.version;
    await tx.insert(recommendationOwners).values({ recommendationId: rec.id, agencyId: agency.id, role: "supporting" });
    await recordActivity(tx, { ...base, kind: "owner_added", to: agency.abbreviation, entityVersion: nextVersion });
  }
  await tx
    .update(recommendations)
    .set({ version: nextVersion, updatedAt: sql`now()`, updatedById: actor.id })
    .where(and(eq(recommendations.id, rec.id), eq(recommendations.version, version)));
  await publishChange(tx, { type: "recommendation", code, version: nextVersion, actorId: actor.id });
  return nextVersion;
}
