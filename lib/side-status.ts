/**
 * How far each side (Shenzhen, Hong Kong) has got with a recommendation, rolled up from its actions.
 * Plain data in, plain data out: the recommendation views compute it here, and the list query computes
 * the same figures in SQL (db/queries/side-status.ts) to filter and sort by; a test holds them equal.
 *
 * Which actions count for a side: those of agencies on that side, plus those of `joint` agencies (a
 * joint body works for both). `national` agencies count for neither. Cancelled actions are left out.
 *
 * Progress: the mean of the counted actions' progress, as a share from 0 to 1 (an action at 60 %
 * counts 0.6, a done one 1 whatever its stored figure); null when the side has no counted action.
 *
 * State, the first that applies:
 * - `no_actions`: the side has no counted action (none, or all cancelled);
 * - `done`: every counted action is done;
 * - `blocked`: at least one counted action is blocked;
 * - `in_progress`: at least one is in progress or done, or has some progress recorded;
 * - `not_started`: otherwise (every counted action is to do at 0 %).
 */
import type { ActionStatus, Side } from "@/db/schema/enums";

/** The sides a recommendation reports progress for. */
export const reportingSides = ["shenzhen", "hong_kong"] as const;
export type ReportingSide = (typeof reportingSides)[number];

export const sideStates = ["not_started", "in_progress", "done", "blocked", "no_actions"] as const;
export type SideState = (typeof sideStates)[number];

/** What the roll-up needs of an action: its agency's side, its status and its progress (0 to 100). */
export interface SideStatusAction {
  side: Side;
  status: ActionStatus;
  progress: number;
}

export interface SideStatus {
  /** Share of the side's work done, 0 to 1; null without counted actions. */
  progress: number | null;
  state: SideState;
}

export type SideStatuses = Record<ReportingSide, SideStatus>;

/** Whether an action of an agency on `agencySide` counts for `side`. */
export function countsForSide(agencySide: Side, side: ReportingSide): boolean {
  return agencySide === side || agencySide === "joint";
}

/** An action's contribution in percent: a done action is complete whatever progress it stored. */
const percentDone = (a: SideStatusAction) => (a.status === "done" ? 100 : a.progress);

/** One side's progress and state from all of a recommendation's actions. */
export function sideStatus(actions: readonly SideStatusAction[], side: ReportingSide): SideStatus {
  const counted = actions.filter((a) => a.status !== "cancelled" && countsForSide(a.side, side));
  if (!counted.length) return { progress: null, state: "no_actions" };
  // Integer sum over an integer count, the same division the SQL does in float8, so the two agree exactly.
  const progress = counted.reduce((sum, a) => sum + percentDone(a), 0) / (counted.length * 100);
  return { progress, state: stateOf(counted) };
}

function stateOf(counted: readonly SideStatusAction[]): SideState {
  if (counted.every((a) => a.status === "done")) return "done";
  if (counted.some((a) => a.status === "blocked")) return "blocked";
  if (counted.some((a) => a.status === "in_progress" || a.status === "done" || a.progress > 0)) return "in_progress";
  return "not_started";
}

/** Both sides' progress and state. */
export function sideStatuses(actions: readonly SideStatusAction[]): SideStatuses {
  return { shenzhen: sideStatus(actions, "shenzhen"), hong_kong: sideStatus(actions, "hong_kong") };
}
