/**
 * Each side's progress and state of a recommendation in SQL, for the list query to filter, sort and
 * count by: columns of recommendation_figures (db/schema/figures.ts), which the database keeps from
 * the actions with the rules of lib/side-status.ts (migration 0008; a shared suite holds the two equal).
 */
import { eq, inArray, type SQL } from "drizzle-orm";
import type { DbOrTx } from "../index";
import { recommendationFigures } from "../schema";
import { type ReportingSide, type SideState, type SideStatuses } from "@/lib/side-status";

/** The share of the side's work done, 0 to 1, or null without counted actions (join recommendation_figures). */
export const sideProgressSql = (side: ReportingSide) =>
  (side === "shenzhen"
    ? recommendationFigures.shenzhenProgress
    : recommendationFigures.hongKongProgress) as unknown as SQL<number | null>;

/** The side's state (lib/side-status.ts has the rules; join recommendation_figures). */
export const sideStateSql = (side: ReportingSide) =>
  (side === "shenzhen"
    ? recommendationFigures.shenzhenState
    : recommendationFigures.hongKongState) as unknown as SQL<SideState>;

/** Both sides' progress and state of these recommendations, by id, as the database keeps them. */
export async function listSideStatuses(db: DbOrTx, recommendationIds: string[]): Promise<Map<string, SideStatuses>> {
  if (!recommendationIds.length) return new Map();
  const f = recommendationFigures;
  const rows = await db
    .select({
      id: f.recommendationId,
      progressShenzhen: f.shenzhenProgress,
      stateShenzhen: f.shenzhenState,
      progressHongKong: f.hongKongProgress,
      stateHongKong: f.hongKongState,
    })
    .from(f)
    .where(
      recommendationIds.length === 1
        ? eq(f.recommendationId, recommendationIds[0]!)
        : inArray(f.recommendationId, recommendationIds),
    );
  // postgres.js hands float8 over as a number, PGlite too; a null stays null.
  const num = (v: unknown) => (v === null || v === undefined ? null : Number(v));
  return new Map(
    rows.map((r) => [
      r.id,
      {
        shenzhen: { progress: num(r.progressShenzhen), state: r.stateShenzhen as SideState },
        hong_kong: { progress: num(r.progressHongKong), state: r.stateHongKong as SideState },
      } satisfies SideStatuses,
    ]),
  );
}
