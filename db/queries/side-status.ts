/**
 * Each side's progress and state of a recommendation in SQL: the twin of lib/side-status.ts (which
 * defines them) for the list query to filter, sort and count by. Correlated subqueries over the
 * actions of one recommendation, through the index on actions(recommendation_id, position).
 */
import { inArray, sql, type SQL } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import type { DbOrTx } from "../index";
import { recommendations } from "../schema";
import { type ReportingSide, type SideState, type SideStatuses } from "@/lib/side-status";

/** The counted actions of the recommendation `id` for `side`: that side's and joint agencies', not cancelled. */
const countedActions = (side: ReportingSide, id: SQL | AnyPgColumn) =>
  sql`from actions sa join agencies sg on sg.id = sa.agency_id where sa.recommendation_id = ${id} and sa.status <> 'cancelled' and sg.side in (${side}, 'joint')`;

/**
 * The share of the side's work done, 0 to 1, or null without counted actions. In float8, an integer sum
 * over an integer count, as TypeScript divides, so equal figures tie in a sort on both sides.
 */
export const sideProgressSql = (side: ReportingSide, id: SQL | AnyPgColumn = recommendations.id) =>
  sql<
    number | null
  >`(select sum(case when sa.status = 'done' then 100 else sa.progress end)::float8 / nullif(count(*) * 100, 0)::float8 ${countedActions(side, id)})`;

/** The side's state (lib/side-status.ts has the rules, in the same order). */
export const sideStateSql = (side: ReportingSide, id: SQL | AnyPgColumn = recommendations.id) =>
  sql<SideState>`(select case
    when count(*) = 0 then 'no_actions'
    when bool_and(sa.status = 'done') then 'done'
    when bool_or(sa.status = 'blocked') then 'blocked'
    when bool_or(sa.status in ('in_progress', 'done') or sa.progress > 0) then 'in_progress'
    else 'not_started' end ${countedActions(side, id)})`;

/** Both sides' progress and state of these recommendations, by id, as the database computes them. */
export async function listSideStatuses(db: DbOrTx, recommendationIds: string[]): Promise<Map<string, SideStatuses>> {
  if (!recommendationIds.length) return new Map();
  const rows = await db
    .select({
      id: recommendations.id,
      progressShenzhen: sideProgressSql("shenzhen"),
      stateShenzhen: sideStateSql("shenzhen"),
      progressHongKong: sideProgressSql("hong_kong"),
      stateHongKong: sideStateSql("hong_kong"),
    })
    .from(recommendations)
    .where(inArray(recommendations.id, recommendationIds));
  // postgres.js hands float8 over as a number, PGlite too; a null stays null.
  const num = (v: unknown) => (v === null || v === undefined ? null : Number(v));
  return new Map(
    rows.map((r) => [
      r.id,
      {
        shenzhen: { progress: num(r.progressShenzhen), state: r.stateShenzhen },
        hong_kong: { progress: num(r.progressHongKong), state: r.stateHongKong },
      } satisfies SideStatuses,
    ]),
  );
}
