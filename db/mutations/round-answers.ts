/**
 * An agency's answers in a reporting round and the coordinator's review of them.
 *
 * not_started → draft ⇄ submitted → accepted, or submitted → returned → draft/submitted again.
 * A submitted answer is withdrawn (back to draft) until it is reviewed. Accepting applies the
 * proposed status, health and target date through patchRecommendation, in the same transaction,
 * so the lifecycle rules and the history apply as to any change: the update entries are the
 * reviewer's, beside the answer_accepted entry that names the agency and the round, and the
 * answer_submitted entry of the member who wrote it.
 */
import { and, desc, eq, gt, inArray, sql } from "drizzle-orm";
import type { Database, Transaction } from "../index";
import { activityLog, agencies, recommendations, roundRequests, rounds, users, type RoundRequest } from "../schema";
import { getRecommendationByCode } from "../queries/recommendations";
import { isItemLate, listOpenRequests } from "../queries/rounds";
import { todayUtc } from "../queries/recommendations";
import { authorize, type Actor } from "@/lib/permissions";
import { lifecycleErrors } from "@/lib/lifecycle";
import { conflict, notFound, unprocessable } from "@/lib/errors";
import { listOf, msg } from "@/lib/i18n/server-message";
import type { AnswerInput, ReviewInput, WithdrawInput } from "@/lib/validation/rounds";
import type { RecommendationPatchInput } from "@/lib/validation/inputs";
import { publishChange } from "../notify";
import { recordActivity } from "./activity";
import { replaceAnswerLinks } from "./evidence";
import { actorRef, factsFrom, ownerAgencyIdsOf, requireAllowed } from "./facts";
import { staleVersionError } from "./conflicts";
import { patchRecommendation } from "./recommendations";

/** The round (shared lock: closing waits for answers in flight, and they for it) and the recommendation. */
async function loadTarget(tx: Transaction, roundId: string, code: string) {
  const [round] = await tx.select().from(rounds).where(eq(rounds.id, roundId)).for("share");
  if (!round) throw notFound("rounds.errors.noRound", { id: roundId });
  const [found] = await tx
    .select({ rec: recommendations, ownerAgencyIds: ownerAgencyIdsOf() })
    .from(recommendations)
    .where(eq(recommendations.code, code));
  if (!found) throw notFound("errors.noRecommendation", { code });
  return { round, rec: found.rec, facts: factsFrom(found.rec, found.ownerAgencyIds) };
}

/** The request of `agencyId`, locked, or 404 naming the agency and recommendation. */
async function lockRequest(tx: Transaction, roundId: string, rec: { id: string; code: string }, agencyId: string) {
  const [row] = await tx
    .select({ request: roundRequests, abbreviation: agencies.abbreviation })
    .from(roundRequests)
    .innerJoin(agencies, eq(agencies.id, roundRequests.agencyId))
    .where(
      and(
        eq(roundRequests.roundId, roundId),
        eq(roundRequests.recommendationId, rec.id),
        eq(roundRequests.agencyId, agencyId),
      ),
    )
    .for("update", { of: roundRequests });
  if (!row) throw notFound("rounds.errors.noRequest", { code: rec.code });
  return row;
}

function requireOpen(round: { status: string; name: string }) {
  if (round.status === "closed") throw unprocessable(msg("rounds.errors.roundClosed", { name: round.name }));
}

/**
 * Refuses a change based on another version of the answer than the stored one, naming who saved
 * it last. An answer saved once (version above 1) is only changed by whoever says which version
 * they read, so two people of one agency never overwrite each other's draft.
 */
async function checkRequestVersion(tx: Transaction, request: RoundRequest, read: number | undefined, code: string) {
  if (read === request.version || (read === undefined && request.version === 1)) return;
  const [who] = request.updatedById
    ? await tx.select({ name: users.name }).from(users).where(eq(users.id, request.updatedById))
    : [];
  throw conflict(
    read === undefined
      ? msg("rounds.errors.versionNeeded", { code, current: request.version })
      : msg("rounds.errors.answerChanged", {
          code,
          who: who?.name ?? msg("errors.stale.someone"),
          base: read,
          current: request.version,
        }),
    { currentVersion: request.version, changedBy: who?.name ?? null },
  );
}

const activityTo = (round: { name: string }, abbreviation: string, comment?: string | null) => ({
  round: round.name,
  agency: abbreviation,
  ...(comment ? { comment } : {}),
});

/**
 * What a member may propose is what they may set themselves (lib/permissions.ts, member statuses)
 * within the lifecycle rules (lib/lifecycle.ts): the answer is refused now rather than on review.
 */
function checkProposal(
  actor: Actor,
  target: Awaited<ReturnType<typeof loadTarget>>,
  input: AnswerInput,
  today: string,
) {
  const { rec, facts, round } = target;
  const fields = [...(input.status ? ["status"] : []), ...(input.health ? ["health"] : [])];
  const decision = authorize(actor, {
    action: "recommendation.update",
    recommendation: facts,
    fields,
    statusChange: input.status && input.status !== rec.status ? { from: rec.status, to: input.status } : undefined,
  });
  if (!decision.allowed) throw unprocessable(decision.reason, { status: [decision.reason] });
  const errors = lifecycleErrors(actor, facts, rec, { ...rec, status: input.status ?? rec.status });
  if (Object.keys(errors).length)
    throw unprocessable(msg("errors.sentences", { list: listOf(Object.values(errors).flat(), "sentences") }), errors);
  if (input.version > rec.version)
    throw unprocessable(msg("rounds.errors.futureVersion", { code: rec.code, version: rec.version }), {
      version: [msg("rounds.errors.futureVersionField", { version: rec.version })],
    });
  if (input.targetDate && input.targetDate < today)
    throw unprocessable("rounds.errors.targetDatePast", { targetDate: [msg("rounds.errors.targetDatePastField")] });
  if (input.submit && !input.targetDate && isItemLate(rec, round.dueDate, today))
    throw unprocessable(msg("rounds.errors.lateNeedsDate", { code: rec.code }), {
      targetDate: [msg("rounds.errors.lateNeedsDateField")],
    });
}

/** Saves the agency's answer as a draft (`submit: false`) or submits it. */
export async function saveAnswer(
  db: Database,
  actor: Actor,
  roundId: string,
  code: string,
  input: AnswerInput,
  today = todayUtc(),
) {
  const requestId = await db.transaction(async (tx) => {
    const target = await loadTarget(tx, roundId, code);
    const { round, rec, facts } = target;
    requireAllowed(actor, { action: "round.answer", recommendation: facts, agencyId: actor.agencyId ?? "" });
    const { request, abbreviation } = await lockRequest(tx, roundId, rec, actor.agencyId!);
    requireOpen(round);
    if (request.state === "submitted") throw unprocessable(msg("rounds.errors.alreadySubmitted", { code }));
    if (request.state === "accepted") throw unprocessable(msg("rounds.errors.alreadyAccepted", { code }));
    await checkRequestVersion(tx, request, input.requestVersion, code);
    checkProposal(actor, target, input, today);
    // Before the state changes: links can be changed only while the answer is the agency's draft.
    if (input.links) await replaceAnswerLinks(tx, actor, request.id, input.links);
    const version = request.version + 1;
    const now = sql`now()`;
    await tx
      .update(roundRequests)
      .set({
        state: input.submit ? "submitted" : "draft",
        proposedStatus: input.status ?? null,
        proposedHealth: input.health ?? null,
        statement: input.statement,
        targetDate: input.targetDate ?? null,
        targetDateReason: input.targetDate ? (input.targetDateReason ?? null) : null,
        basedOnVersion: input.version,
        updatedById: actor.id,
        updatedAt: now,
        ...(input.submit ? { submittedById: actor.id, submittedAt: now } : {}),
        version,
      })
      .where(eq(roundRequests.id, request.id));
    if (input.submit) {
      await recordActivity(tx, {
        actor: actorRef(actor),
        entityType: "round_request",
        entityId: request.id,
        recommendationId: rec.id,
        kind: "answer_submitted",
        to: activityTo(round, abbreviation),
        entityVersion: version,
      });
    }
    await publishChange(tx, { type: "round", code, version, actorId: actor.id });
    return request.id;
  });
  return findOwnRequest(db, actor, requestId);
}

/** Takes a submitted answer back to draft, until a coordinator has reviewed it. */
export async function withdrawAnswer(db: Database, actor: Actor, roundId: string, code: string, input: WithdrawInput) {
  const requestId = await db.transaction(async (tx) => {
    const { round, rec, facts } = await loadTarget(tx, roundId, code);
    requireAllowed(actor, { action: "round.answer", recommendation: facts, agencyId: actor.agencyId ?? "" });
    const { request, abbreviation } = await lockRequest(tx, roundId, rec, actor.agencyId!);
    requireOpen(round);
    if (request.state !== "submitted")
      throw unprocessable(
        msg(request.state === "accepted" ? "rounds.errors.withdrawReviewed" : "rounds.errors.withdrawUnsubmitted", {
          code,
        }),
      );
    if (input.requestVersion !== undefined) await checkRequestVersion(tx, request, input.requestVersion, code);
    const version = request.version + 1;
    await tx
      .update(roundRequests)
      .set({ state: "draft", updatedById: actor.id, updatedAt: sql`now()`, version })
      .where(eq(roundRequests.id, request.id));
    await recordActivity(tx, {
      actor: actorRef(actor),
      entityType: "round_request",
      entityId: request.id,
      recommendationId: rec.id,
      kind: "answer_withdrawn",
      to: activityTo(round, abbreviation),
      entityVersion: version,
    });
    await publishChange(tx, { type: "round", code, version, actorId: actor.id });
    return request.id;
  });
  return findOwnRequest(db, actor, requestId);
}

/** The answering agency: the one named, or the only one with a request for this recommendation. */
async function answeringAgency(tx: Transaction, roundId: string, rec: { id: string; code: string }, key?: string) {
  const rows = await tx
    .select({ id: agencies.id, key: agencies.key })
    .from(roundRequests)
    .innerJoin(agencies, eq(agencies.id, roundRequests.agencyId))
    .where(and(eq(roundRequests.roundId, roundId), eq(roundRequests.recommendationId, rec.id)));
  if (key) {
    const named = rows.find((r) => r.key === key);
    if (!named) throw notFound(msg("rounds.errors.noAgencyRequest", { code: rec.code, agency: key }));
    return named.id;
  }
  if (rows.length === 1) return rows[0]!.id;
  if (!rows.length) throw notFound("rounds.errors.noRequest", { code: rec.code });
  throw unprocessable(
    msg("rounds.errors.agencyNeeded", {
      code: rec.code,
      agencies: listOf(
        rows.map((r) => r.key),
        "comma",
      ),
    }),
    { agency: [msg("rounds.errors.agencyNeededField")] },
  );
}

/**
 * An answer may be applied only if nothing it proposes was changed since the version it was written
 * against: otherwise the reviewer would overwrite a newer status, health or target date with an
 * older view. Changes to other fields (a title, another agency's accepted answer's health when this
 * one proposes only a status) do not stand in the way.
 */
async function checkProposalStillCurrent(
  tx: Transaction,
  rec: typeof recommendations.$inferSelect,
  request: RoundRequest,
  fields: string[],
) {
  const base = request.basedOnVersion ?? rec.version;
  if (base === rec.version || !fields.length) return;
  const [changed] = await tx
    .select({ id: activityLog.id })
    .from(activityLog)
    .where(
      and(
        eq(activityLog.entityId, rec.id),
        eq(activityLog.entityType, "recommendation"),
        gt(activityLog.entityVersion, base),
        inArray(activityLog.field, fields),
      ),
    )
    .orderBy(desc(activityLog.id))
    .limit(1);
  if (changed) {
    const current = await getRecommendationByCode(tx, rec.code);
    throw await staleVersionError(tx, { id: rec.id, version: rec.version, label: rec.code }, base, current);
  }
}

/** The coordinator's decision on a submitted answer: accept it into the record, or return it with a comment. */
export async function reviewAnswer(db: Database, actor: Actor, roundId: string, code: string, input: ReviewInput) {
  requireAllowed(actor, { action: "round.manage" });
  return db.transaction(async (tx) => {
    const { round, rec } = await loadTarget(tx, roundId, code);
    const agencyId = await answeringAgency(tx, roundId, rec, input.agency);
    const { request, abbreviation } = await lockRequest(tx, roundId, rec, agencyId);
    requireOpen(round);
    if (request.state !== "submitted")
      throw unprocessable(msg("rounds.errors.reviewUnsubmitted", { code, agency: abbreviation }));
    if (input.requestVersion !== undefined) await checkRequestVersion(tx, request, input.requestVersion, code);
    const version = request.version + 1;
    const accept = input.decision === "accept";
    if (accept) {
      const patch: RecommendationPatchInput = { version: rec.version };
      if (request.proposedStatus && request.proposedStatus !== rec.status) patch.status = request.proposedStatus;
      if (request.proposedHealth && request.proposedHealth !== rec.health) patch.health = request.proposedHealth;
      if (request.targetDate && request.targetDate !== rec.targetDate) {
        patch.targetDate = request.targetDate;
        patch.reason = request.targetDateReason;
      }
      const fields = Object.keys(patch).filter((f) => f !== "version" && f !== "reason");
      await checkProposalStillCurrent(tx, rec, request, fields);
      // The entry naming the agency and the round first, then the field changes it brings in.
      await recordActivity(tx, {
        actor: actorRef(actor),
        entityType: "round_request",
        entityId: request.id,
        recommendationId: rec.id,
        kind: "answer_accepted",
        to: activityTo(round, abbreviation, input.comment),
        entityVersion: version,
      });
      if (fields.length) await patchRecommendation(tx, actor, code, patch);
    } else {
      await recordActivity(tx, {
        actor: actorRef(actor),
        entityType: "round_request",
        entityId: request.id,
        recommendationId: rec.id,
        kind: "answer_returned",
        to: activityTo(round, abbreviation, input.comment),
        entityVersion: version,
      });
    }
    await tx
      .update(roundRequests)
      .set({
        state: accept ? "accepted" : "returned",
        reviewedById: actor.id,
        reviewedAt: sql`now()`,
        reviewComment: input.comment ?? (accept ? request.reviewComment : null),
        version,
      })
      .where(eq(roundRequests.id, request.id));
    await publishChange(tx, { type: "round", code, version, actorId: actor.id });
    return { id: request.id, state: accept ? ("accepted" as const) : ("returned" as const), version };
  });
}

/** The caller's own request after a write, as they see it. */
async function findOwnRequest(db: Database, actor: Actor, requestId: string) {
  const [row] = await db.select().from(roundRequests).where(eq(roundRequests.id, requestId));
  const open = await listOpenRequests(db, actor, { agencyId: row!.agencyId, recommendationId: row!.recommendationId });
  return open.find((r) => r.id === requestId) ?? null;
}
