import { and, count, desc, eq, sql } from "drizzle-orm";
import type { Database, DbOrTx } from "../index";
import { activityLog, indicatorReadings, indicators, recommendations, users, type Indicator } from "../schema";
import type { Actor } from "@/lib/permissions";
import { conflict, notFound } from "@/lib/errors";
import { listOf, msg, type Message } from "@/lib/i18n/server-message";
import type { IndicatorCreateInput, IndicatorReadingInput } from "@/lib/validation/inputs";
import { indicatorFields, type IndicatorField, type IndicatorPatchInput } from "@/lib/validation/indicators";
import { publishChange } from "../notify";
import { getIndicatorView, indicatorValues } from "../queries/indicators";
import { recordActivity } from "./activity";
import { actorRef, recommendationFacts, requireAllowed } from "./facts";

const num = (v: number | null | undefined) => (v === null || v === undefined ? null : String(v));
/**
 * Creation times order indicators (as defined) and same-day readings (the last recorded is the
 * latest): the time of the statement, not of the transaction, so two made in one stay in order.
 */
const createdNow = sql`clock_timestamp()`;

type Values = ReturnType<typeof indicatorValues>;

/** What people call each field in a sentence ("the target date"), in the reader's language. */
const fieldWords = (field: IndicatorField) => msg(`indicators.field.${field}`);
const shown = (v: unknown) => (v === null || v === undefined ? msg("indicators.none") : String(v));
const same = (a: unknown, b: unknown) => (a ?? null) === (b ?? null);

/** The indicator (locked for the rest of the transaction) with its recommendation, or 404. */
async function lockIndicator(tx: DbOrTx, id: string) {
  const [indicator] = await tx.select().from(indicators).where(eq(indicators.id, id)).for("update");
  if (!indicator) throw notFound("errors.noIndicator", { id });
  const [rec] = await tx.select().from(recommendations).where(eq(recommendations.id, indicator.recommendationId));
  return { indicator, rec: rec! };
}

export async function createIndicator(db: Database, actor: Actor, code: string, input: IndicatorCreateInput) {
  const id = await db.transaction(async (tx) => {
    const [rec] = await tx.select().from(recommendations).where(eq(recommendations.code, code));
    if (!rec) throw notFound("errors.noRecommendation", { code });
    requireAllowed(actor, { action: "indicator.manage", recommendation: await recommendationFacts(tx, rec) });
    const [row] = await tx
      .insert(indicators)
      .values({
        recommendationId: rec.id,
        name: input.name,
        unit: input.unit,
        baseline: num(input.baseline),
        baselineDate: input.baselineDate ?? null,
        target: num(input.target),
        targetDate: input.targetDate ?? null,
        createdAt: createdNow,
      })
      .returning();
    await recordActivity(tx, {
      actor: actorRef(actor),
      entityType: "indicator",
      entityId: row!.id,
      recommendationId: rec.id,
      kind: "create",
      to: { name: input.name, unit: input.unit },
    });
    await publishChange(tx, { type: "indicator", code: rec.code, version: rec.version, actorId: actor.id });
    return row!.id;
  });
  return (await getIndicatorView(db, id))!;
}

/**
 * The refusal for an edit based on values the indicator no longer holds: which fields differ from
 * what the editor saw, what they are now, and who changed each last (from the activity log).
 */
async function changedMeanwhile(tx: DbOrTx, indicator: Indicator, current: Values, expected: Values) {
  const differing = indicatorFields.filter((f) => !same(current[f], expected[f]));
  const edits = await tx
    .select({ to: activityLog.toValue, name: users.name, label: activityLog.actorLabel })
    .from(activityLog)
    .leftJoin(users, eq(users.id, activityLog.actorId))
    .where(
      and(
        eq(activityLog.entityType, "indicator"),
        eq(activityLog.kind, "update"),
        eq(activityLog.entityId, indicator.id),
      ),
    )
    .orderBy(desc(activityLog.id));
  const changed = differing.map((field) => {
    const last = edits.find((e) => e.to && typeof e.to === "object" && field in e.to);
    return {
      field,
      expected: expected[field],
      current: current[field],
      by: last ? (last.name ?? last.label ?? "someone") : "someone",
    };
  });
  const byPerson = new Map<string, Message[]>();
  for (const c of changed) {
    byPerson.set(c.by, [
      ...(byPerson.get(c.by) ?? []),
      msg("indicators.fieldChange", { field: fieldWords(c.field), from: shown(c.expected), to: shown(c.current) }),
    ]);
  }
  const summary = listOf(
    [...byPerson].map(([who, what]) =>
      msg("errors.stale.personChanged", {
        who: who === "someone" ? msg("errors.stale.someone") : who,
        fields: listOf(what, "andEach"),
      }),
    ),
    "semicolon",
  );
  return conflict(msg("indicators.changedMeanwhile", { name: indicator.name, summary }), {
    changed,
    current: await getIndicatorView(tx, indicator.id),
  });
}

/**
 * Changes an indicator's name, unit, baseline or target. Indicators carry no version, so the edit
 * names the values it was based on (`expected`); the row is locked, compared with them and refused
 * with 409 when any differs, so two people editing at once never overwrite each other silently.
 */
export async function updateIndicator(db: Database, actor: Actor, id: string, patch: IndicatorPatchInput) {
  await db.transaction(async (tx) => {
    const { indicator, rec } = await lockIndicator(tx, id);
    requireAllowed(actor, { action: "indicator.manage", recommendation: await recommendationFacts(tx, rec) });
    const current = indicatorValues(indicator);
    // After the permission check: someone who may not change it learns nothing about its edits.
    if (indicatorFields.some((f) => !same(current[f], patch.expected[f])))
      throw await changedMeanwhile(tx, indicator, current, patch.expected);
    const changes = indicatorFields.filter((f) => patch[f] !== undefined && !same(current[f], patch[f]));
    if (!changes.length) return;
    const from = Object.fromEntries(changes.map((f) => [f, current[f]]));
    const to = Object.fromEntries(changes.map((f) => [f, patch[f]]));
    const { name, unit, baseline, baselineDate, target, targetDate } = patch;
    await tx
      .update(indicators)
      .set({
        name,
        unit,
        baselineDate,
        targetDate,
        baseline: baseline === undefined ? undefined : num(baseline),
        target: target === undefined ? undefined : num(target),
      })
      .where(eq(indicators.id, id));
    await recordActivity(tx, {
      actor: actorRef(actor),
      entityType: "indicator",
      entityId: id,
      recommendationId: rec.id,
      kind: "update",
      field: indicator.name,
      from,
      to,
    });
    await publishChange(tx, { type: "indicator", code: rec.code, version: rec.version, actorId: actor.id });
  });
  return (await getIndicatorView(db, id))!;
}

/** Removes an indicator and its readings; the activity log keeps what it was and how many readings went. */
export async function deleteIndicator(db: Database, actor: Actor, id: string) {
  return db.transaction(async (tx) => {
    const { indicator, rec } = await lockIndicator(tx, id);
    requireAllowed(actor, { action: "indicator.manage", recommendation: await recommendationFacts(tx, rec) });
    const [{ n } = { n: 0 }] = await tx
      .select({ n: count() })
      .from(indicatorReadings)
      .where(eq(indicatorReadings.indicatorId, id));
    await tx.delete(indicators).where(eq(indicators.id, id));
    await recordActivity(tx, {
      actor: actorRef(actor),
      entityType: "indicator",
      entityId: id,
      recommendationId: rec.id,
      kind: "delete",
      from: { name: indicator.name, unit: indicator.unit, readings: n },
    });
    await publishChange(tx, { type: "indicator", code: rec.code, version: rec.version, actorId: actor.id });
    return { id, deleted: true as const, readingsDeleted: n };
  });
}

export async function recordIndicatorReading(
  db: Database,
  actor: Actor,
  indicatorId: string,
  input: IndicatorReadingInput,
) {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select({ indicator: indicators, rec: recommendations })
      .from(indicators)
      .innerJoin(recommendations, eq(recommendations.id, indicators.recommendationId))
      .where(eq(indicators.id, indicatorId));
    if (!row) throw notFound("errors.noIndicator", { id: indicatorId });
    requireAllowed(actor, { action: "indicator.record", recommendation: await recommendationFacts(tx, row.rec) });
    const [reading] = await tx
      .insert(indicatorReadings)
      .values({
        indicatorId,
        value: String(input.value),
        observedOn: input.observedOn,
        note: input.note ?? null,
        createdById: actor.id,
        createdAt: createdNow,
      })
      .returning();
    await recordActivity(tx, {
      actor: actorRef(actor),
      entityType: "indicator_reading",
      entityId: reading!.id,
      recommendationId: row.rec.id,
      kind: "create",
      field: row.indicator.name,
      to: { value: input.value, observedOn: input.observedOn },
    });
    await publishChange(tx, { type: "indicator", code: row.rec.code, version: row.rec.version, actorId: actor.id });
    return { ...reading!, value: Number(reading!.value) };
  });
}

/**
 * Removes a reading recorded by mistake: by coordinators and administrators, or by the member who
 * recorded it. The activity log keeps the value and day it had.
 */
export async function deleteIndicatorReading(db: Database, actor: Actor, indicatorId: string, readingId: string) {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select({ reading: indicatorReadings, indicator: indicators, rec: recommendations })
      .from(indicatorReadings)
      .innerJoin(indicators, eq(indicators.id, indicatorReadings.indicatorId))
      .innerJoin(recommendations, eq(recommendations.id, indicators.recommendationId))
      .where(and(eq(indicatorReadings.id, readingId), eq(indicatorReadings.indicatorId, indicatorId)))
      .for("update", { of: indicatorReadings });
    if (!row) throw notFound("errors.noReadingOfIndicator", { indicator: indicatorId, id: readingId });
    requireAllowed(actor, {
      action: "indicator.reading_delete",
      recommendation: await recommendationFacts(tx, row.rec),
      recordedById: row.reading.createdById,
    });
    await tx.delete(indicatorReadings).where(eq(indicatorReadings.id, readingId));
    await recordActivity(tx, {
      actor: actorRef(actor),
      entityType: "indicator_reading",
      entityId: readingId,
      recommendationId: row.rec.id,
      kind: "delete",
      field: row.indicator.name,
      from: { value: Number(row.reading.value), observedOn: row.reading.observedOn, note: row.reading.note },
    });
    await publishChange(tx, { type: "indicator", code: row.rec.code, version: row.rec.version, actorId: actor.id });
    return { id: readingId, deleted: true as const };
  });
}
