import { eq } from "drizzle-orm";
import type { Database } from "../index";
import { indicatorReadings, indicators, recommendations } from "../schema";
import type { Actor } from "@/lib/permissions";
import { notFound } from "@/lib/errors";
import type { IndicatorCreateInput, IndicatorReadingInput } from "@/lib/validation/inputs";
import { recordActivity } from "./activity";
import { actorRef, recommendationFacts, requireAllowed } from "./facts";

const num = (v: number | null | undefined) => (v === null || v === undefined ? null : String(v));

export async function createIndicator(db: Database, actor: Actor, code: string, input: IndicatorCreateInput) {
  return db.transaction(async (tx) => {
    const [rec] = await tx.select().from(recommendations).where(eq(recommendations.code, code));
    if (!rec) throw notFound(`No recommendation has the code "${code}".`);
    // Defining what is measured is an assessment, so it needs the same right as editing the recommendation.
    requireAllowed(actor, {
      action: "recommendation.update",
      recommendation: await recommendationFacts(tx, rec),
      fields: ["indicators"],
    });
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
    return row!;
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
    if (!row) throw notFound(`No indicator has the id "${indicatorId}".`);
    requireAllowed(actor, { action: "indicator.record", recommendation: await recommendationFacts(tx, row.rec) });
    const [reading] = await tx
      .insert(indicatorReadings)
      .values({
        indicatorId,
        value: String(input.value),
        observedOn: input.observedOn,
        note: input.note ?? null,
        createdById: actor.id,
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
    return reading!;
  });
}
