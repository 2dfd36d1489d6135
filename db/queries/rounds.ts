/**
 * Reads of reporting rounds: the list with response rates, one round with its requests per agency
 * and per recommendation, and an agency's open requests (My work, the recommendation page).
 * An answer's content is left out for whoever may not read it yet (a draft, for anyone but the
 * answering agency), so no page or API answer can show it by mistake.
 */
import { and, asc, desc, eq, inArray, ne, sql } from "drizzle-orm";
import type { DbOrTx } from "../index";
import { agencies, recommendations, roundRequests, rounds, users, type RequestState, type Side } from "../schema";
import { authorize, type Actor } from "@/lib/permissions";
import { todayUtc } from "./recommendations";

/** Where a request stands as people see it: its stored state, or "late" (not submitted and the round is past due). */
export type ShownState = RequestState | "late";

/** Not submitted: what a past due date turns into "late". */
const UNANSWERED: readonly RequestState[] = ["not_started", "draft", "returned"];

export function shownState(state: RequestState, roundDue: string, today = todayUtc()): ShownState {
  return UNANSWERED.includes(state) && roundDue < today ? "late" : state;
}

/** How many requests stand where, and the share answered (submitted or accepted) of all. */
export interface RequestCounts {
  total: number;
  byState: Record<ShownState, number>;
  responded: number;
  /** responded / total, 0 to 1; null without requests. */
  responseRate: number | null;
}

const emptyStates = (): Record<ShownState, number> => ({
  not_started: 0,
  draft: 0,
  submitted: 0,
  accepted: 0,
  returned: 0,
  late: 0,
});

export function countRequests(states: readonly { state: RequestState; shown: ShownState }[]): RequestCounts {
  const byState = emptyStates();
  for (const s of states) byState[s.shown]++;
  const responded = states.filter((s) => s.state === "submitted" || s.state === "accepted").length;
  return { total: states.length, byState, responded, responseRate: states.length ? responded / states.length : null };
}

/** Every round, newest first, with its request counts. */
export async function listRounds(db: DbOrTx, today = todayUtc()) {
  const list = await db
    .select({ round: rounds, openedBy: users.name })
    .from(rounds)
    .leftJoin(users, eq(users.id, rounds.openedById))
    .orderBy(desc(rounds.openedAt));
  if (!list.length) return [];
  const states = await db
    .select({ roundId: roundRequests.roundId, state: roundRequests.state })
    .from(roundRequests)
    .where(
      inArray(
        roundRequests.roundId,
        list.map((r) => r.round.id),
      ),
    );
  return list.map(({ round, openedBy }) => ({
    ...round,
    openedBy,
    counts: countRequests(
      states
        .filter((s) => s.roundId === round.id)
        .map((s) => ({ state: s.state, shown: shownState(s.state, round.dueDate, today) })),
    ),
  }));
}

export type RoundSummary = Awaited<ReturnType<typeof listRounds>>[number];

export async function getRoundRow(db: DbOrTx, id: string) {
  const [round] = await db.select().from(rounds).where(eq(rounds.id, id));
  return round ?? null;
}

const reviewer = sql<string | null>`(select u.name from users u where u.id = ${roundRequests.reviewedById})`;
const submitter = sql<string | null>`(select u.name from users u where u.id = ${roundRequests.submittedById})`;

/** The columns of a request with its recommendation and agency, as the round page and My work read them. */
const requestColumns = {
  request: roundRequests,
  reviewedBy: reviewer,
  submittedBy: submitter,
  rec: {
    id: recommendations.id,
    code: recommendations.code,
    titleEn: recommendations.titleEn,
    titleZhHans: recommendations.titleZhHans,
    titleZhHant: recommendations.titleZhHant,
    status: recommendations.status,
    health: recommendations.health,
    targetDate: recommendations.targetDate,
    version: recommendations.version,
  },
  agency: {
    id: agencies.id,
    key: agencies.key,
    abbreviation: agencies.abbreviation,
    side: agencies.side,
    nameEn: agencies.nameEn,
    nameZhHans: agencies.nameZhHans,
    nameZhHant: agencies.nameZhHant,
  },
};

type RequestRow = {
  request: typeof roundRequests.$inferSelect;
  reviewedBy: string | null;
  submittedBy: string | null;
  rec: {
    id: string;
    code: string;
    titleEn: string;
    titleZhHans: string;
    titleZhHant: string;
    status: (typeof recommendations.$inferSelect)["status"];
    health: (typeof recommendations.$inferSelect)["health"];
    targetDate: string | null;
    version: number;
  };
  agency: {
    id: string;
    key: string;
    abbreviation: string;
    side: Side;
    nameEn: string;
    nameZhHans: string;
    nameZhHant: string;
  };
};

/** A request as one viewer may see it: the answer's content only when they may read it. */
function requestView(row: RequestRow, round: { dueDate: string; status: string }, actor: Actor, today: string) {
  const { request, rec, agency } = row;
  const readable = authorize(actor, { action: "round.read_answer", agencyId: agency.id, state: request.state }).allowed;
  return {
    id: request.id,
    state: request.state,
    shownState: shownState(request.state, round.dueDate, today),
    version: request.version,
    agency,
    recommendation: {
      id: rec.id,
      code: rec.code,
      title: { en: rec.titleEn, zhHans: rec.titleZhHans, zhHant: rec.titleZhHant },
      status: rec.status,
      health: rec.health,
      targetDate: rec.targetDate,
      version: rec.version,
    },
    /** Past its target date (or reaching it by the round's due date) and not yet implemented. */
    itemLate: isItemLate(rec, round.dueDate, today),
    answer: readable
      ? {
          proposedStatus: request.proposedStatus,
          proposedHealth: request.proposedHealth,
          statement: request.statement,
          targetDate: request.targetDate,
          targetDateReason: request.targetDateReason,
          basedOnVersion: request.basedOnVersion,
          updatedAt: request.updatedAt,
        }
      : null,
    submittedAt: request.submittedAt,
    submittedBy: row.submittedBy,
    reviewedAt: request.reviewedAt,
    reviewedBy: row.reviewedBy,
    reviewComment: request.reviewComment,
  };
}

export type RequestView = ReturnType<typeof requestView>;

const FINISHED = ["implemented", "verified", "closed"];

/**
 * A recommendation is late for a round when its target date has passed, or comes before the
 * round's due date, and its work is not finished: its answer then brings a revised target date.
 */
export function isItemLate(rec: { status: string; targetDate: string | null }, roundDue: string, today = todayUtc()) {
  if (!rec.targetDate || FINISHED.includes(rec.status)) return false;
  return rec.targetDate < today || rec.targetDate <= roundDue;
}

/** Counts per agency and per side of a round's requests. */
function summarise(requests: RequestView[]) {
  const per = <K extends string>(key: (r: RequestView) => K) => {
    const groups = new Map<K, RequestView[]>();
    for (const r of requests) groups.set(key(r), [...(groups.get(key(r)) ?? []), r]);
    return groups;
  };
  const states = (list: RequestView[]) => list.map((r) => ({ state: r.state, shown: r.shownState }));
  const agencies = [...per((r) => r.agency.id)].map(([, list]) => ({
    agency: list[0]!.agency,
    counts: countRequests(states(list)),
  }));
  const sides = [...per((r) => r.agency.side)].map(([side, list]) => ({ side, counts: countRequests(states(list)) }));
  return { total: countRequests(states(requests)), agencies, sides };
}

/** One round with every request (content as `actor` may read it) and the counts per agency and side. */
export async function getRound(db: DbOrTx, actor: Actor, id: string, today = todayUtc()) {
  const round = await getRoundRow(db, id);
  if (!round) return null;
  const [rows, people] = await Promise.all([
    db
      .select(requestColumns)
      .from(roundRequests)
      .innerJoin(recommendations, eq(recommendations.id, roundRequests.recommendationId))
      .innerJoin(agencies, eq(agencies.id, roundRequests.agencyId))
      .where(eq(roundRequests.roundId, id))
      .orderBy(asc(recommendations.code), asc(agencies.side), asc(agencies.abbreviation)),
    db
      .select({ openedBy: sql<string | null>`(select name from users where id = ${rounds.openedById})` })
      .from(rounds)
      .where(eq(rounds.id, id)),
  ]);
  const requests = (rows as RequestRow[]).map((r) => requestView(r, round, actor, today));
  return { round: { ...round, openedBy: people[0]?.openedBy ?? null }, requests, counts: summarise(requests) };
}

export type RoundDetail = NonNullable<Awaited<ReturnType<typeof getRound>>>;

/**
 * An agency's requests in open rounds that still need something from it or await review
 * (everything but accepted ones), soonest due first; optionally for one recommendation.
 */
export async function listOpenRequests(
  db: DbOrTx,
  actor: Actor,
  params: { agencyId: string; recommendationId?: string },
  today = todayUtc(),
) {
  const rows = await db
    .select({
      ...requestColumns,
      round: {
        id: rounds.id,
        name: rounds.name,
        dueDate: rounds.dueDate,
        status: rounds.status,
        message: rounds.message,
      },
    })
    .from(roundRequests)
    .innerJoin(rounds, eq(rounds.id, roundRequests.roundId))
    .innerJoin(recommendations, eq(recommendations.id, roundRequests.recommendationId))
    .innerJoin(agencies, eq(agencies.id, roundRequests.agencyId))
    .where(
      and(
        eq(roundRequests.agencyId, params.agencyId),
        eq(rounds.status, "open"),
        ne(roundRequests.state, "accepted"),
        params.recommendationId ? eq(roundRequests.recommendationId, params.recommendationId) : undefined,
      ),
    )
    .orderBy(asc(rounds.dueDate), asc(recommendations.code));
  return rows.map((r) => ({ round: r.round, ...requestView(r as RequestRow, r.round, actor, today) }));
}

export type OpenRequest = Awaited<ReturnType<typeof listOpenRequests>>[number];
