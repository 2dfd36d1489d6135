/**
 * Opening and closing reporting rounds. The answers themselves (write, submit, withdraw, review)
 * are in round-answers.ts.
 *
 * Scope: a round asks about open work, so it covers recommendations that are neither closed nor
 * archived, narrowed by the list's filters when given; one request per owning agency of each.
 */
import { and, count, eq, inArray, ne } from "drizzle-orm";
import type { Database, DbOrTx } from "../index";
import { recommendationOwners, recommendations, roundRequests, rounds } from "../schema";
import { matchingRecommendationIds } from "../queries/recommendation-list";
import { todayUtc } from "../queries/recommendations";
import type { Actor } from "@/lib/permissions";
import { conflict, notFound, unprocessable } from "@/lib/errors";
import { msg } from "@/lib/i18n/server-message";
import { toListParams } from "@/lib/validation/search-params";
import type { RoundFilters, RoundOpenInput } from "@/lib/validation/rounds";
import { publishChange } from "../notify";
import { recordActivity } from "./activity";
import { actorRef, recommendationFacts, requireAllowed } from "./facts";
import { noteVersionNamed, storeNoteVersion } from "./notes";

/** The owning agencies of every open recommendation the filters match: the requests a round would make. */
export async function roundScope(db: DbOrTx, filters: RoundFilters | undefined, today = todayUtc()) {
  const params = { ...toListParams(filters ?? {}), includeArchived: false };
  const ids = await matchingRecommendationIds(db, params, [ne(recommendations.status, "closed")], today);
  if (!ids.length) return { recommendations: 0, requests: [] };
  const owners = await db
    .select({ recommendationId: recommendationOwners.recommendationId, agencyId: recommendationOwners.agencyId })
    .from(recommendationOwners)
    .where(inArray(recommendationOwners.recommendationId, ids));
  return { recommendations: new Set(owners.map((o) => o.recommendationId)).size, requests: owners };
}

/** Opens a round: the round and one not-started request per owning agency per recommendation in scope. */
export async function openRound(db: Database, actor: Actor, input: RoundOpenInput, today = todayUtc()) {
  requireAllowed(actor, { action: "round.manage" });
  return db.transaction(async (tx) => {
    const [taken] = await tx.select({ id: rounds.id }).from(rounds).where(eq(rounds.name, input.name));
    if (taken)
      throw conflict(msg("rounds.errors.nameTaken", { name: input.name }), { field: "name", roundId: taken.id });
    const scope = await roundScope(tx, input.filters, today);
    if (!scope.requests.length)
      throw unprocessable(msg(input.filters ? "rounds.errors.emptyFiltered" : "rounds.errors.emptyScope"), {
        filters: [msg("rounds.errors.emptyScopeField")],
      });
    const [round] = await tx
      .insert(rounds)
      .values({
        name: input.name,
        dueDate: input.dueDate,
        message: input.message ?? null,
        filters: input.filters ? (input.filters as Record<string, unknown>) : null,
        openedById: actor.id,
      })
      .returning();
    // Inserted in slices: one statement's parameters are capped (65,535 in PostgreSQL).
    for (let i = 0; i < scope.requests.length; i += 5000) {
      await tx
        .insert(roundRequests)
        .values(scope.requests.slice(i, i + 5000).map((r) => ({ ...r, roundId: round!.id })));
    }
    await recordActivity(tx, {
      actor: actorRef(actor),
      entityType: "round",
      entityId: round!.id,
      kind: "round_opened",
      to: { name: input.name, dueDate: input.dueDate, requests: scope.requests.length },
      entityVersion: 1,
    });
    await publishChange(tx, { type: "round", code: "", version: 1, actorId: actor.id });
    return { round: round!, requests: scope.requests.length, recommendations: scope.recommendations };
  });
}

/**
 * Closes a round: every recommendation in scope gets its progress note frozen as a report version
 * named after the round, and the answers become read-only. A recommendation whose note already has
 * a version of that name keeps it (frozen earlier, by hand or by a round of the same name since
 * renamed): it is listed under `kept` rather than overwritten or refused. An archived one is left
 * out (it accepts no change) and listed under `archived`.
 */
export async function closeRound(db: Database, actor: Actor, id: string) {
  requireAllowed(actor, { action: "round.manage" });
  return db.transaction(async (tx) => {
    const [round] = await tx.select().from(rounds).where(eq(rounds.id, id)).for("update");
    if (!round) throw notFound("rounds.errors.noRound", { id });
    if (round.status === "closed") throw unprocessable(msg("rounds.errors.alreadyClosed", { name: round.name }));
    const inScope = await tx
      .selectDistinct({ id: recommendations.id, code: recommendations.code, archivedAt: recommendations.archivedAt })
      .from(roundRequests)
      .innerJoin(recommendations, eq(recommendations.id, roundRequests.recommendationId))
      .where(eq(roundRequests.roundId, id))
      .orderBy(recommendations.code);
    const frozen: string[] = [];
    const kept: string[] = [];
    const archived: string[] = [];
    for (const rec of inScope) {
      if (rec.archivedAt) {
        archived.push(rec.code);
        continue;
      }
      requireAllowed(actor, { action: "note.freeze", recommendation: await recommendationFacts(tx, rec) });
      if (await noteVersionNamed(tx, rec.id, round.name)) {
        kept.push(rec.code);
        continue;
      }
      await storeNoteVersion(tx, actor, rec.id, round.name);
      frozen.push(rec.code);
    }
    const [{ requests }] = (await tx
      .select({ requests: count() })
      .from(roundRequests)
      .where(eq(roundRequests.roundId, id))) as [{ requests: number }];
    const version = round.version + 1;
    const [closed] = await tx
      .update(rounds)
      .set({ status: "closed", closedById: actor.id, closedAt: new Date(), version })
      .where(and(eq(rounds.id, id), eq(rounds.version, round.version)))
      .returning();
    await recordActivity(tx, {
      actor: actorRef(actor),
      entityType: "round",
      entityId: id,
      kind: "round_closed",
      to: { name: round.name, dueDate: round.dueDate, requests: Number(requests) },
      entityVersion: version,
    });
    await publishChange(tx, { type: "round", code: "", version, actorId: actor.id });
    return { round: closed!, frozen, kept, archived };
  });
}
