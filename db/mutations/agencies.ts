/**
 * Agency administration: create, rename, merge. Admin only ("agency.manage"). A merged agency is
 * kept (its id stays valid in the history) with mergedIntoId set, and is left out of every list.
 */
import { and, eq, inArray, ne, sql } from "drizzle-orm";
import type { Database, DbOrTx } from "../index";
import { actions, agencies, recommendationOwners, users, type Agency } from "../schema";
import type { OwnerRole } from "../schema/enums";
import type { Actor } from "@/lib/permissions";
import { AppError, notFound, unprocessable } from "@/lib/errors";
import { msg } from "@/lib/i18n/server-message";
import { noteAccessChange, publishAccessChange } from "../notify";
import type { AgencyCreateInput, AgencyMergeInput, AgencyRenameInput } from "@/lib/validation/agencies";
import { recordActivity, type ActivityInput } from "./activity";
import { actorRef, requireAllowed } from "./facts";

export interface MergeReport {
  source: string;
  target: string;
  users: number;
  /** Owner rows moved to the target. */
  ownersMoved: number;
  /** Recommendations both owned: the source row was dropped, the target kept the stronger role. */
  ownersCombined: number;
  actions: number;
}

function requireAdmin(actor: Actor) {
  requireAllowed(actor, { action: "agency.manage" });
}

/** An agency by key that has not been merged away, locked for the rest of the transaction. */
async function currentAgency(db: DbOrTx, key: string, field: string): Promise<Agency> {
  const [row] = await db.select().from(agencies).where(eq(agencies.key, key)).for("update");
  if (!row) throw notFound("errors.noAgencyReload", { key });
  if (row.mergedIntoId) {
    const [into] = await db.select({ key: agencies.key }).from(agencies).where(eq(agencies.id, row.mergedIntoId));
    throw unprocessable(msg("errors.agencyAlreadyMerged", { key, into: into?.key ?? "" }), {
      [field]: [msg("errors.mergedInto", { into: into?.key ?? "" })],
    });
  }
  return row;
}

export async function createAgency(db: Database, actor: Actor, parsed: AgencyCreateInput): Promise<Agency> {
  requireAdmin(actor);
  return db.transaction(async (tx) => {
    const [created] = await tx
      .insert(agencies)
      .values(parsed)
      .onConflictDoNothing({ target: agencies.key })
      .returning();
    if (!created) {
      throw new AppError("conflict", msg("errors.agencyKeyTaken", { key: parsed.key }), {
        key: [msg("errors.agencyKeyTakenField")],
      });
    }
    await recordActivity(tx, {
      actor: actorRef(actor),
      entityType: "agency",
      entityId: created.id,
      kind: "agency_created",
      to: {
        key: created.key,
        nameEn: created.nameEn,
        nameZhHans: created.nameZhHans,
        nameZhHant: created.nameZhHant,
        abbreviation: created.abbreviation,
        side: created.side,
      },
    });
    return created;
  });
}

/** Changes the three names and the abbreviation; the key stays, as links and API clients use it. */
export async function renameAgency(db: Database, actor: Actor, input: AgencyRenameInput): Promise<Agency> {
  requireAdmin(actor);
  const { key, ...next } = input;
  return db.transaction(async (tx) => {
    const agency = await currentAgency(tx, key, "key");
    const before = {
      nameEn: agency.nameEn,
      nameZhHans: agency.nameZhHans,
      nameZhHant: agency.nameZhHant,
      abbreviation: agency.abbreviation,
    };
    const changed = (Object.keys(next) as (keyof typeof next)[]).filter((k) => next[k] !== before[k]);
    if (!changed.length) return agency;
    const [updated] = await tx
      .update(agencies)
      .set({ ...next, updatedAt: new Date() })
      .where(eq(agencies.id, agency.id))
      .returning();
    await recordActivity(tx, {
      actor: actorRef(actor),
      entityType: "agency",
      entityId: agency.id,
      kind: "agency_renamed",
      from: Object.fromEntries(changed.map((k) => [k, before[k]])),
      to: Object.fromEntries(changed.map((k) => [k, next[k]])),
    });
    return updated!;
  });
}

const stronger = (a: OwnerRole, b: OwnerRole): OwnerRole => (a === "lead" || b === "lead" ? "lead" : "supporting");

/**
 * Merges `sourceKey` into `targetKey` in one transaction: its users, its recommendation ownerships
 * (where both owned one, the target's row stays with the stronger role) and its actions move to the
 * target; then the source is marked merged. Each moved thing gets its own history entry.
 */
export async function mergeAgencies(db: Database, actor: Actor, input: AgencyMergeInput): Promise<MergeReport> {
  requireAdmin(actor);
  const { sourceKey, targetKey } = input;
  // This process's cached authentications go once it is over (the notification tells the others).
  const written = db.transaction(async (tx) => {
    // Lock both in key order so two merges touching the same agencies wait instead of deadlocking.
    const [first, second] = [sourceKey, targetKey].sort();
    const locked = new Map<string, Agency>();
    locked.set(first!, await currentAgency(tx, first!, first === sourceKey ? "sourceKey" : "targetKey"));
    locked.set(second!, await currentAgency(tx, second!, second === sourceKey ? "sourceKey" : "targetKey"));
    const source = locked.get(sourceKey)!;
    const target = locked.get(targetKey)!;
    const reason = `Agency ${source.key} merged into ${target.key}`;
    const actorInfo = actorRef(actor);
    const events: ActivityInput[] = [];
    const now = new Date();

    // Users.
    const movedUsers = await tx
      .update(users)
      .set({ agencyId: target.id, updatedAt: now })
      .where(eq(users.agencyId, source.id))
      .returning({ id: users.id });
    await publishAccessChange(
      tx,
      movedUsers.map((u) => u.id),
    );
    for (const u of movedUsers) {
      events.push({
        actor: actorInfo,
        entityType: "user",
        entityId: u.id,
        kind: "agency_changed",
        field: "agency",
        from: source.key,
        to: target.key,
        reason,
      });
    }

    // Recommendation owners.
    const sourceOwners = await tx
      .select()
      .from(recommendationOwners)
      .where(eq(recommendationOwners.agencyId, source.id))
      .for("update");
    const targetOwners = sourceOwners.length
      ? await tx
          .select()
          .from(recommendationOwners)
          .where(
            and(
              eq(recommendationOwners.agencyId, target.id),
              inArray(
                recommendationOwners.recommendationId,
                sourceOwners.map((o) => o.recommendationId),
              ),
            ),
          )
          .for("update")
      : [];
    const targetByRecommendation = new Map(targetOwners.map((o) => [o.recommendationId, o]));
    let ownersMoved = 0;
    let ownersCombined = 0;
    for (const owner of sourceOwners) {
      const existing = targetByRecommendation.get(owner.recommendationId);
      if (existing) {
        const role = stronger(existing.role, owner.role);
        await tx
          .update(recommendationOwners)
          .set({ role, contactUserId: existing.contactUserId ?? owner.contactUserId })
          .where(eq(recommendationOwners.id, existing.id));
        await tx.delete(recommendationOwners).where(eq(recommendationOwners.id, owner.id));
        ownersCombined++;
        events.push({
          actor: actorInfo,
          entityType: "owner",
          entityId: existing.id,
          recommendationId: owner.recommendationId,
          kind: "owner_combined",
          from: [
            { agency: source.key, role: owner.role },
            { agency: target.key, role: existing.role },
          ],
          to: { agency: target.key, role },
          reason,
        });
      } else {
        await tx.update(recommendationOwners).set({ agencyId: target.id }).where(eq(recommendationOwners.id, owner.id));
        ownersMoved++;
        events.push({
          actor: actorInfo,
          entityType: "owner",
          entityId: owner.id,
          recommendationId: owner.recommendationId,
          kind: "owner_moved",
          from: { agency: source.key, role: owner.role },
          to: { agency: target.key, role: owner.role },
          reason,
        });
      }
    }

    // Actions: a new version each, so a stale editor is told the agency changed.
    const movedActions = await tx
      .update(actions)
      .set({
        agencyId: target.id,
        version: sql`${actions.version} + 1`,
        updatedAt: now,
        updatedById: actor.id,
      })
      .where(eq(actions.agencyId, source.id))
      .returning({ id: actions.id, recommendationId: actions.recommendationId, version: actions.version });
    for (const a of movedActions) {
      events.push({
        actor: actorInfo,
        entityType: "action",
        entityId: a.id,
        recommendationId: a.recommendationId,
        kind: "update",
        field: "agencyId",
        from: source.id,
        to: target.id,
        reason,
        entityVersion: a.version,
      });
    }

    // Agencies that pointed at the source now point at the target, so history resolves in one step.
    await tx.update(agencies).set({ mergedIntoId: target.id }).where(eq(agencies.mergedIntoId, source.id));
    await tx
      .update(agencies)
      .set({ parentId: target.id })
      .where(and(eq(agencies.parentId, source.id), ne(agencies.id, target.id)));
    if (target.parentId === source.id) {
      const parentId = source.parentId === target.id ? null : source.parentId;
      await tx.update(agencies).set({ parentId }).where(eq(agencies.id, target.id));
    }
    await tx.update(agencies).set({ mergedIntoId: target.id, updatedAt: now }).where(eq(agencies.id, source.id));

    const report: MergeReport = {
      source: source.key,
      target: target.key,
      users: movedUsers.length,
      ownersMoved,
      ownersCombined,
      actions: movedActions.length,
    };
    events.push({
      actor: actorInfo,
      entityType: "agency",
      entityId: source.id,
      kind: "agency_merged",
      from: { key: source.key, nameEn: source.nameEn },
      to: { key: target.key, nameEn: target.nameEn },
      reason: `Moved ${report.users} users, ${report.ownersMoved + report.ownersCombined} ownerships and ${report.actions} actions`,
    });
    await recordActivity(tx, events);
    return report;
  });
  return written.finally(noteAccessChange);
}
