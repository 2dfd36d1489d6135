import { recommendationSearchText, withRecommendationSearchText } from "../search-text";
import { and, eq, sql } from "drizzle-orm";
import type { Database, Transaction } from "../index";
import { recommendationOwners, recommendations, sourceDocuments, type Recommendation } from "../schema";
import { getRecommendationByCode, getRecommendationById } from "../queries/recommendations";
import type { Actor } from "@/lib/permissions";
import { lifecycleErrors } from "@/lib/lifecycle";
import { conflict, notFound, unprocessable } from "@/lib/errors";
import { listOf, msg } from "@/lib/i18n/server-message";
import type { RecommendationCreateInput, RecommendationPatchInput } from "@/lib/validation/inputs";
import { fieldChanges, recordActivity } from "./activity";
import { actorRef, factsFrom, ownerAgencyIdsOf, recommendationFacts, requireAllowed, resolveAgencyKeys } from "./facts";
import { staleVersionError } from "./conflicts";
import { publishChange } from "../notify";

export async function createRecommendation(db: Database, actor: Actor, input: RecommendationCreateInput) {
  requireAllowed(actor, { action: "recommendation.create" });
  await db.transaction(async (tx) => {
    const agencyIds = await resolveAgencyKeys(
      tx,
      input.owners.map((o) => o.agency),
      "owners",
    );
    let sourceDocumentId: string | null = null;
    if (input.source) {
      const [doc] = await tx.select().from(sourceDocuments).where(eq(sourceDocuments.key, input.source.document));
      if (!doc)
        throw unprocessable(msg("errors.unknownDocument", { key: input.source.document }), {
          "source.document": [msg("errors.unknownDocumentField")],
        });
      if (!doc.body.includes(input.source.excerpt)) {
        throw unprocessable("errors.excerptVerbatim", { "source.excerpt": [msg("errors.excerptVerbatimField")] });
      }
      sourceDocumentId = doc.id;
    }
    const [created] = await tx
      .insert(recommendations)
      .values({
        ...withRecommendationSearchText({
          code: input.code,
          titleEn: input.title.en,
          titleZhHans: input.title.zhHans,
          titleZhHant: input.title.zhHant,
          summaryEn: input.summary.en,
          summaryZhHans: input.summary.zhHans,
          summaryZhHant: input.summary.zhHant,
          sourceExcerpt: input.source?.excerpt ?? null,
        }),
        rationale: input.rationale ?? null,
        theme: input.theme,
        horizon: input.horizon,
        priority: input.priority,
        targetDate: input.targetDate ?? null,
        sourceDocumentId,
        sourceLocator: input.source?.locator ?? null,
        createdById: actor.id,
        updatedById: actor.id,
      })
      .onConflictDoNothing({ target: recommendations.code })
      .returning({ id: recommendations.id });
    if (!created) throw conflict(msg("errors.recommendationExists", { code: input.code }));
    if (input.owners.length) {
      await tx
        .insert(recommendationOwners)
        .values(
          input.owners.map((o) => ({ recommendationId: created.id, agencyId: agencyIds.get(o.agency)!, role: o.role })),
        );
    }
    await publishChange(tx, { type: "recommendation", code: input.code, version: 1, actorId: actor.id });
    await recordActivity(tx, {
      actor: actorRef(actor),
      entityType: "recommendation",
      entityId: created.id,
      recommendationId: created.id,
      kind: "create",
      to: { code: input.code },
      entityVersion: 1,
    });
  });
  return (await getRecommendationByCode(db, input.code))!;
}

/** Column values for the fields a patch sets; nested titles and summaries map to their columns. */
function patchColumns(patch: RecommendationPatchInput): Partial<Recommendation> {
  const cols: Partial<Recommendation> = {};
  const { title, summary } = patch;
  if (title?.en !== undefined) cols.titleEn = title.en;
  if (title?.zhHans !== undefined) cols.titleZhHans = title.zhHans;
  if (title?.zhHant !== undefined) cols.titleZhHant = title.zhHant;
  if (summary?.en !== undefined) cols.summaryEn = summary.en;
  if (summary?.zhHans !== undefined) cols.summaryZhHans = summary.zhHans;
  if (summary?.zhHant !== undefined) cols.summaryZhHant = summary.zhHant;
  for (const key of [
    "rationale",
    "theme",
    "horizon",
    "priority",
    "acceptance",
    "acceptanceReason",
    "status",
    "closureReason",
    "health",
    "targetDate",
  ] as const) {
    if (patch[key] !== undefined) (cols as Record<string, unknown>)[key] = patch[key];
  }
  return cols;
}

/**
 * Applies a change based on `patch.version`. Refused with 409 when someone changed the
 * recommendation since, 403 when the caller may not change these fields, 422 when it breaks a
 * lifecycle rule. One transaction: the row, its version and the history move together or not at all.
 */
export async function updateRecommendation(db: Database, actor: Actor, code: string, patch: RecommendationPatchInput) {
  // The answer is read in the transaction, sent together with the write's statements (one round trip
  // instead of a second query after the commit); it sees the change since it runs after them. Its
  // four reads (row, owners, actions, due-date revisions) go out together: the id is known by then.
  let view: Awaited<ReturnType<typeof getRecommendationById>> = null;
  await db.transaction((tx) =>
    patchRecommendation(tx, actor, code, patch, async (id) => {
      view = await getRecommendationById(tx, id);
    }),
  );
  return view!;
}

/** The body of updateRecommendation inside the caller's transaction; answers the version after it. */
export async function patchRecommendation(
  tx: Transaction,
  actor: Actor,
  code: string,
  patch: RecommendationPatchInput,
  /** Queries to send after the write's own, in the same round trip (postgres.js pipelines them). */
  alsoRead?: (id: string) => Promise<void>,
): Promise<number> {
  // The row, locked, and the facts the permission check needs, in one statement.
  const [found] = await tx
    .select({ rec: recommendations, ownerAgencyIds: ownerAgencyIdsOf() })
    .from(recommendations)
    .where(eq(recommendations.code, code))
    .for("update");
  if (!found) throw notFound("errors.noRecommendation", { code });
  const { rec } = found;
  const facts = factsFrom(rec, found.ownerAgencyIds);
  const cols = patchColumns(patch);
  // Leaving "closed" clears the closure reason, so a reopened item does not carry a stale one.
  if (cols.status && cols.status !== "closed" && rec.status === "closed" && cols.closureReason === undefined) {
    cols.closureReason = null;
  }
  // A new acceptance decision needs its own reason: the previous decision's reason does not carry
  // over (it explained that decision), so a change without one is judged, and refused, as reasonless.
  if (cols.acceptance && cols.acceptance !== rec.acceptance && cols.acceptanceReason === undefined) {
    cols.acceptanceReason = null;
  }
  // Permission is judged on every field the caller asked to set, even one already at that value,
  // so a refused caller learns nothing from a "no change" answer.
  requireAllowed(actor, {
    action: "recommendation.update",
    recommendation: facts,
    fields: Object.keys(cols).filter((f) => (cols as Record<string, unknown>)[f] !== undefined),
    statusChange: cols.status && cols.status !== rec.status ? { from: rec.status, to: cols.status } : undefined,
  });
  // After the permission check: someone who may not write learns nothing, not even the version.
  if (rec.version !== patch.version) {
    const current = await getRecommendationByCode(tx, code);
    throw await staleVersionError(tx, { id: rec.id, version: rec.version, label: rec.code }, patch.version, current);
  }
  const changed = fieldChanges(rec as unknown as Record<string, unknown>, cols, {
    actor: actorRef(actor),
    entityType: "recommendation",
  });
  if (!changed.length) {
    await alsoRead?.(rec.id);
    return rec.version;
  }
  const after = { ...rec, ...cols };
  const errors = lifecycleErrors(actor, facts, rec, after);
  if (Object.keys(errors).length)
    throw unprocessable(msg("errors.sentences", { list: listOf(Object.values(errors).flat(), "sentences") }), errors);

  const nextVersion = rec.version + 1;
  // The update, its change event, its history and the caller's read go out together, in this order,
  // on the transaction's connection: one round trip. The row is locked and its version checked above,
  // so the update matches; should it not, the transaction rolls back the event and the history too.
  // Each is started here, in order (execute(): a drizzle query is lazy until then), and postgres.js
  // sends a transaction's statements in the order they were started.
  const update = tx
    .update(recommendations)
    .set({
      ...cols,
      searchText: recommendationSearchText(after),
      version: nextVersion,
      updatedAt: sql`now()`,
      updatedById: actor.id,
    })
    .where(and(eq(recommendations.id, rec.id), eq(recommendations.version, patch.version)))
    .returning({ id: recommendations.id })
    .execute();
  const [updated] = await Promise.all([
    update,
    publishChange(tx, { type: "recommendation", code, version: nextVersion, actorId: actor.id }),
    recordActivity(
      tx,
      changed.map((c) => ({
        ...c,
        entityId: rec.id,
        recommendationId: rec.id,
        entityVersion: nextVersion,
        reason: patch.reason ?? (c.field === "acceptance" ? (after.acceptanceReason ?? null) : null),
      })),
    ),
    alsoRead?.(rec.id),
  ]);
  if (!updated.length) throw conflict(msg("errors.recommendationChangedMeanwhile", { code }));
  return nextVersion;
}

/**
 * Archives or restores a recommendation. There is no hard delete: an archived item leaves the lists
 * and refuses changes, but keeps its history and can be restored.
 */
export async function setRecommendationArchived(
  db: Database,
  actor: Actor,
  code: string,
  input: { version: number; archived: boolean; reason?: string | null },
) {
  await db.transaction(async (tx) => {
    const [rec] = await tx.select().from(recommendations).where(eq(recommendations.code, code)).for("update");
    if (!rec) throw notFound("errors.noRecommendation", { code });
    requireAllowed(actor, { action: "recommendation.archive", recommendation: await recommendationFacts(tx, rec) });
    if (rec.version !== input.version) {
      const current = await getRecommendationByCode(tx, code);
      throw await staleVersionError(tx, { id: rec.id, version: rec.version, label: rec.code }, input.version, current);
    }
    if ((rec.archivedAt !== null) === input.archived) return;
    const nextVersion = rec.version + 1;
    await tx
      .update(recommendations)
      .set({
        archivedAt: input.archived ? sql`now()` : null,
        archivedById: input.archived ? actor.id : null,
        version: nextVersion,
        updatedAt: sql`now()`,
        updatedById: actor.id,
      })
      .where(eq(recommendations.id, rec.id));
    await publishChange(tx, { type: "recommendation", code, version: nextVersion, actorId: actor.id });
    await recordActivity(tx, {
      actor: actorRef(actor),
      entityType: "recommendation",
      entityId: rec.id,
      recommendationId: rec.id,
      kind: input.archived ? "archive" : "restore",
      field: "archived",
      from: !input.archived,
      to: input.archived,
      reason: input.reason ?? null,
      entityVersion: nextVersion,
    });
  });
  return (await getRecommendationByCode(db, code))!;
}
