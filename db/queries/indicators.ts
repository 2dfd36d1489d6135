import { asc, eq, inArray } from "drizzle-orm";
import type { DbOrTx } from "../index";
import { indicatorReadings, indicators, recommendations, users, type Indicator } from "../schema";

/** One dated value of an indicator, as the page and the API show it. */
export interface IndicatorReadingView {
  id: string;
  value: number;
  observedOn: string;
  note: string | null;
  recordedBy: { id: string; name: string } | null;
  createdAt: Date;
}

/** An indicator with its readings (oldest first) and the figures worked out from them. */
export interface IndicatorView {
  id: string;
  recommendationId: string;
  code: string;
  name: string;
  unit: string;
  baseline: number | null;
  baselineDate: string | null;
  target: number | null;
  targetDate: string | null;
  createdAt: Date;
  readings: IndicatorReadingView[];
  /** The reading observed last (of two on the same day, the one recorded last); null without readings. */
  latest: IndicatorReadingView | null;
  /** "decrease" when the target is below the baseline (fewer days to clear customs); null without both. */
  direction: "increase" | "decrease" | null;
  /** Share of the way from baseline to target the latest reading has come, 0 to 1; null when not computable. */
  progress: number | null;
}

const toNumber = (v: string | null) => (v === null ? null : Number(v));

/**
 * How far `latest` has come from `baseline` toward `target`: (latest − baseline) / (target − baseline),
 * clamped to 0…1. The same formula serves a falling target (both differences are negative), so going
 * the wrong way is 0 and overshooting is 1. Null when a figure is missing or baseline equals target.
 */
export function indicatorProgress(
  baseline: number | null,
  latest: number | null,
  target: number | null,
): number | null {
  if (baseline === null || latest === null || target === null || target === baseline) return null;
  const share = (latest - baseline) / (target - baseline);
  if (!Number.isFinite(share)) return null;
  return Math.min(1, Math.max(0, share));
}

export function indicatorDirection(baseline: number | null, target: number | null): IndicatorView["direction"] {
  if (baseline === null || target === null || baseline === target) return null;
  return target > baseline ? "increase" : "decrease";
}

/** The indicator's editable fields as numbers and dates, the shape `expected` is compared with. */
export function indicatorValues(row: Indicator) {
  return {
    name: row.name,
    unit: row.unit,
    baseline: toNumber(row.baseline),
    baselineDate: row.baselineDate,
    target: toNumber(row.target),
    targetDate: row.targetDate,
  };
}

async function readingsOf(db: DbOrTx, indicatorIds: string[]): Promise<Map<string, IndicatorReadingView[]>> {
  const byIndicator = new Map<string, IndicatorReadingView[]>();
  if (!indicatorIds.length) return byIndicator;
  const rows = await db
    .select({ reading: indicatorReadings, by: { id: users.id, name: users.name } })
    .from(indicatorReadings)
    .leftJoin(users, eq(users.id, indicatorReadings.createdById))
    .where(inArray(indicatorReadings.indicatorId, indicatorIds))
    .orderBy(asc(indicatorReadings.observedOn), asc(indicatorReadings.createdAt), asc(indicatorReadings.id));
  for (const { reading: r, by } of rows) {
    const list = byIndicator.get(r.indicatorId) ?? [];
    list.push({
      id: r.id,
      value: Number(r.value),
      observedOn: r.observedOn,
      note: r.note,
      recordedBy: by?.id ? { id: by.id, name: by.name } : null,
      createdAt: r.createdAt,
    });
    byIndicator.set(r.indicatorId, list);
  }
  return byIndicator;
}

function toView(row: Indicator, code: string, readings: IndicatorReadingView[]): IndicatorView {
  const values = indicatorValues(row);
  const latest = readings.at(-1) ?? null;
  return {
    id: row.id,
    recommendationId: row.recommendationId,
    code,
    ...values,
    createdAt: row.createdAt,
    readings,
    latest,
    direction: indicatorDirection(values.baseline, values.target),
    progress: indicatorProgress(values.baseline, latest?.value ?? null, values.target),
  };
}

/** A recommendation's indicators in the order they were defined, each with its readings and figures. */
export async function listRecommendationIndicators(db: DbOrTx, recommendationId: string): Promise<IndicatorView[]> {
  const rows = await db
    .select({ indicator: indicators, code: recommendations.code })
    .from(indicators)
    .innerJoin(recommendations, eq(recommendations.id, indicators.recommendationId))
    .where(eq(indicators.recommendationId, recommendationId))
    .orderBy(asc(indicators.createdAt), asc(indicators.id));
  const readings = await readingsOf(
    db,
    rows.map((r) => r.indicator.id),
  );
  return rows.map((r) => toView(r.indicator, r.code, readings.get(r.indicator.id) ?? []));
}

/** One indicator with its readings, or null when no indicator has this id. */
export async function getIndicatorView(db: DbOrTx, id: string): Promise<IndicatorView | null> {
  const [row] = await db
    .select({ indicator: indicators, code: recommendations.code })
    .from(indicators)
    .innerJoin(recommendations, eq(recommendations.id, indicators.recommendationId))
    .where(eq(indicators.id, id));
  if (!row) return null;
  const readings = await readingsOf(db, [id]);
  return toView(row.indicator, row.code, readings.get(id) ?? []);
}
