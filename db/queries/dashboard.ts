/**
 * The dashboard's figures (`/dashboard`, `GET /api/v1/dashboard`, the committee report's executive
 * summary), every one an aggregate in the database (GROUP BY, FILTER, date_trunc) over the
 * recommendations a selection matches, so it costs a few statements at 10,000 recommendations and
 * 50,000 actions, never a read of every row into JavaScript.
 *
 * The selection is the recommendations list's own filters (lib/table/filters.ts), matched by the list's
 * own WHERE (recommendationFilterWhere), so a figure and the list filtered to it agree row for row:
 * every figure below is a count the list shows when its segment's filter is added to the selection
 * (lib/dashboard/links.ts builds those links).
 *
 * Definitions (also said on the page):
 * - **Accepted**: the acceptance decision is "accepted" or "partially accepted" (lib/lifecycle.ts
 *   ACCEPTED: the decisions under which work may start), whatever the status is now.
 * - **Implemented**: status implemented or verified, or closed with the closure reason
 *   "implemented" (isImplementedSql). The implementation rate is implemented ∩ accepted over
 *   accepted, so it never passes 100 %.
 * - **Open**: status proposed, accepted or in progress (not implemented, verified or closed).
 * - **Age** counts from the source report's publication date, or from the day the recommendation was
 *   entered when the report gives none (ageFromSql), to today; buckets < 6, 6–12, 12–24, > 24 months.
 * - **Reaching implemented**: the first history entry that set the status to implemented, verified
 *   or closed, of each recommendation counted as implemented and accepted now; one without such an
 *   entry (set before the history began, e.g. imported) counts from its last update.
 * - **Response rate** of a round: requests submitted or accepted over all requests (as the round
 *   page counts them, db/queries/rounds.ts countRequests), per agency, of the round open now or else
 *   the one closed last, for the recommendations in the selection.
 */
import { and, sql, type SQL } from "drizzle-orm";
import type { DbOrTx } from "../index";
import { recommendationFigures, recommendations, type Health, type RecommendationStatus, type Side } from "../schema";
import { healths, recommendationStatuses, sides, themes } from "../schema/enums";
import { selectRows } from "../rows";
import { ACCEPTED } from "@/lib/lifecycle";
import { authorize, type Actor } from "@/lib/permissions";
import { forbidden } from "@/lib/errors";
import { ageBuckets, type AgeBucket } from "@/lib/table/filters";
import {
  ageBucketSql,
  isImplementedSql,
  recommendationFilterWhere,
  type RecommendationFilters,
} from "./recommendation-list";
import { indicatorProgress } from "./indicators";
import { todayUtc } from "./recommendations";
import { inTexts, positionIn } from "./list-sql";

/** What the dashboard shows: the recommendations list's filters (archived left out unless includeArchived). */
export type DashboardSelection = RecommendationFilters;

/** The statuses of an open recommendation: what the age chart counts. */
export const OPEN_STATUSES = ["proposed", "accepted", "in_progress"] as const satisfies readonly RecommendationStatus[];

export interface LocalizedName {
  en: string;
  zhHans: string;
  zhHant: string;
}

export interface DashboardAgency {
  key: string;
  abbreviation: string;
  side: Side;
  name: LocalizedName;
}

/** Accepted recommendations and how many of them are implemented; rate 0 to 1, null when none is accepted. */
export interface ImplementationRate {
  accepted: number;
  implemented: number;
  rate: number | null;
}

export interface DashboardIndicator {
  id: string;
  name: string;
  unit: string;
  code: string;
  title: LocalizedName;
  baseline: number | null;
  target: number | null;
  targetDate: string | null;
  latest: { value: number; observedOn: string } | null;
  /** Share of the way from baseline to target the latest reading has come (indicatorProgress), 0 to 1. */
  progress: number | null;
}

export interface DashboardRoundAgency {
  agency: DashboardAgency;
  total: number;
  responded: number;
  /** Not submitted and the round past its due date. */
  late: number;
  responseRate: number | null;
}

export interface Dashboard {
  /** The day the figures are as of (UTC), YYYY-MM-DD: overdue and age count against it. */
  today: string;
  /** Recommendations in the selection. */
  total: number;
  /** Every status in lifecycle order, zeros included. */
  byStatus: { status: RecommendationStatus; count: number }[];
  /** Every health, then "none" (not assessed), zeros included. */
  byHealth: { health: Health | "none"; count: number }[];
  implementation: {
    overall: ImplementationRate;
    /** Themes with at least one recommendation in the selection, in the themes' order. */
    byTheme: (ImplementationRate & { theme: string })[];
    /** Lead agencies (a recommendation counts under each of its lead agencies), by side then abbreviation. */
    byLeadAgency: (ImplementationRate & { agency: DashboardAgency })[];
    /** Sides with an owning agency (the list's side filter: an owner on that side). */
    bySide: (ImplementationRate & { side: Side })[];
  };
  /** Open actions past their due date, of the recommendations in the selection, by the action's agency. */
  overdueByAgency: { agency: DashboardAgency; count: number }[];
  /** Open recommendations by age bucket, every bucket, zeros included. */
  age: { bucket: AgeBucket; count: number }[];
  progress: {
    /** Accepted recommendations in the selection: the line the cumulative count rises toward. */
    accepted: number;
    /** Each month from the first one a recommendation reached implemented to this month, gaps filled. */
    months: { month: string; reached: number; cumulative: number }[];
  };
  /** The round open now, or else the one closed last; null when there has been none. */
  round: {
    id: string;
    name: string;
    status: "open" | "closed";
    dueDate: string;
    total: number;
    responded: number;
    responseRate: number | null;
    byAgency: DashboardRoundAgency[];
  } | null;
  /** Per theme (themes' order), the indicators of the selection's recommendations with their latest reading. */
  indicators: { theme: string; indicators: DashboardIndicator[] }[];
  /** True when more indicators exist than INDICATOR_LIMIT and the rest were left out. */
  indicatorsTruncated: boolean;
}

/** At most this many indicators are listed (the rest are counted out in indicatorsTruncated). */
export const INDICATOR_LIMIT = 500;

const figures = recommendationFigures;
const accepted = sql`${recommendations.acceptance} in (${sql.join(
  ACCEPTED.map((a) => sql`${a}`),
  sql`, `,
)})`;
const isOpen = inTexts(sql`${recommendations.status}::text`, OPEN_STATUSES);

/** The selection's recommendations with their figures, filtered by the list's WHERE. */
function fromSelection(where: SQL | undefined): SQL {
  return sql`from ${recommendations} inner join ${figures} on ${figures.recommendationId} = ${recommendations.id}
    ${where ? sql`where ${where}` : sql``}`;
}

const n = (v: unknown) => Number(v ?? 0);
const rateOf = (acceptedCount: number, implemented: number): ImplementationRate => ({
  accepted: acceptedCount,
  implemented,
  rate: acceptedCount ? implemented / acceptedCount : null,
});

type AgencyColumns = {
  key: string;
  abbreviation: string;
  side: Side;
  name_en: string;
  name_zh_hans: string;
  name_zh_hant: string;
};
const agencyOf = (r: AgencyColumns): DashboardAgency => ({
  key: r.key,
  abbreviation: r.abbreviation,
  side: r.side,
  name: { en: r.name_en, zhHans: r.name_zh_hans, zhHant: r.name_zh_hant },
});
const agencyColumns = (alias: string) =>
  sql.raw(
    `${alias}.key, ${alias}.abbreviation, ${alias}.side, ${alias}.name_en, ${alias}.name_zh_hans, ${alias}.name_zh_hant`,
  );
const agencyOrder = (alias: string) =>
  sql`${positionIn(sql.raw(`${alias}.side`), sides)}, ${sql.raw(alias)}.abbreviation`;

/** Counts by status, health, theme (with the rate) and age, in one pass over the selection. */
async function rowFigures(db: DbOrTx, where: SQL | undefined, today: string) {
  const rows = await selectRows<{
    g: number;
    status: string | null;
    health: string | null;
    theme: string | null;
    age: string | null;
    count: string;
    accepted: string;
    implemented: string;
    open: string;
  }>(
    db,
    sql`select grouping(${recommendations.status}, ${recommendations.health}, ${recommendations.theme}, age) as g,
      ${recommendations.status}::text as status, ${recommendations.health}::text as health, ${recommendations.theme} as theme, age,
      count(*) as count,
      count(*) filter (where ${accepted}) as accepted,
      count(*) filter (where ${accepted} and ${isImplementedSql}) as implemented,
      count(*) filter (where ${isOpen}) as open
    from (select ${recommendations.status}, ${recommendations.health}, ${recommendations.theme},
        ${recommendations.acceptance}, ${recommendations.closureReason}, ${ageBucketSql(today)} as age
      ${fromSelection(where)}) as ${recommendations}
    group by grouping sets ((), (${recommendations.status}), (${recommendations.health}), (${recommendations.theme}), (age))`,
  );
  // GROUPING's bits, first argument highest: 0 where the set groups by it.
  const set = (bit: number) => rows.filter((r) => n(r.g) === 15 - bit);
  const all = rows.find((r) => n(r.g) === 15);
  const byStatus = new Map(set(8).map((r) => [r.status, n(r.count)]));
  const byHealth = new Map(set(4).map((r) => [r.health ?? "none", n(r.count)]));
  const byAge = new Map(set(1).map((r) => [r.age, n(r.open)]));
  const themeRows = set(2);
  const themeOrder = (t: string | null) => {
    const i = (themes as readonly string[]).indexOf(t ?? "");
    return i < 0 ? themes.length : i;
  };
  return {
    total: n(all?.count),
    overall: rateOf(n(all?.accepted), n(all?.implemented)),
    byStatus: recommendationStatuses.map((status) => ({ status, count: byStatus.get(status) ?? 0 })),
    byHealth: [...healths, "none" as const].map((health) => ({ health, count: byHealth.get(health) ?? 0 })),
    byTheme: themeRows
      .sort((a, b) => themeOrder(a.theme) - themeOrder(b.theme) || String(a.theme).localeCompare(String(b.theme)))
      .map((r) => ({ theme: r.theme ?? "", ...rateOf(n(r.accepted), n(r.implemented)) })),
    age: ageBuckets.map((bucket) => ({ bucket, count: byAge.get(bucket) ?? 0 })),
  };
}

/**
 * The rate by lead agency and by side. A segment's list link adds `agency=<key>` or `side=<side>` to
 * the selection; the list matches one owner meeting both the agency and the side choice, so only
 * agencies (and sides) the selection's own agency and side choices allow are counted, and by side
 * only owners among the selection's agencies: then each count is exactly the list's.
 */
async function ownerFigures(db: DbOrTx, selection: DashboardSelection, where: SQL | undefined) {
  const agencyChoice = selection.agency?.length ? inTexts(sql`og.key`, selection.agency) : sql`true`;
  const sideChoice = selection.side?.length ? inTexts(sql`og.side::text`, selection.side) : sql`true`;
  const [leads, bySide] = await Promise.all([
    // Per selected recommendation, see bySide below.
    selectRows<AgencyColumns & { accepted: string; implemented: string }>(
      db,
      sql`select ${agencyColumns("og")},
        count(*) filter (where ${accepted}) as accepted,
        count(*) filter (where ${accepted} and ${isImplementedSql}) as implemented
      from (select ${recommendations.id}, ${recommendations.acceptance}, ${recommendations.status}, ${recommendations.closureReason}
        ${fromSelection(where)}) as ${recommendations}
        cross join lateral (select og.* from recommendation_owners oo join agencies og on og.id = oo.agency_id
          where oo.recommendation_id = ${recommendations.id} and oo.role = 'lead' and ${agencyChoice} and ${sideChoice}
          offset 0) og
      group by og.id, ${agencyColumns("og")}
      order by ${agencyOrder("og")}`,
    ),
    selectRows<{ side: Side; accepted: string; implemented: string }>(
      db,
      // Owners are found per selected recommendation (lateral; OFFSET 0 keeps the planner from
      // flattening it) rather than joined to them: with a side in the selection the planner misjudged
      // the joined form and paired every agency with every owned recommendation (1.15 s at 10,000).
      sql`select s.side::text as side,
        count(*) filter (where ${accepted}) as accepted,
        count(*) filter (where ${accepted} and ${isImplementedSql}) as implemented
      from (select ${recommendations.id}, ${recommendations.acceptance}, ${recommendations.status}, ${recommendations.closureReason}
        ${fromSelection(where)}) as ${recommendations}
        cross join lateral (select distinct og.side from recommendation_owners oo join agencies og on og.id = oo.agency_id
          where oo.recommendation_id = ${recommendations.id} and ${agencyChoice} and ${sideChoice}) s
      group by s.side
      order by ${positionIn(sql`s.side`, sides)}`,
    ),
  ]);
  return {
    byLeadAgency: leads.map((r) => ({ agency: agencyOf(r), ...rateOf(n(r.accepted), n(r.implemented)) })),
    bySide: bySide.map((r) => ({ side: r.side, ...rateOf(n(r.accepted), n(r.implemented)) })),
  };
}

/** Open actions due before today under the selection's recommendations, by the action's agency. */
async function overdueByAgency(db: DbOrTx, where: SQL | undefined, today: string) {
  const rows = await selectRows<AgencyColumns & { count: string }>(
    db,
    sql`select ${agencyColumns("ag")}, count(*) as count
    from ${recommendations} inner join ${figures} on ${figures.recommendationId} = ${recommendations.id}
      join actions ac on ac.recommendation_id = ${recommendations.id}
      join agencies ag on ag.id = ac.agency_id
    where ${where ?? sql`true`} and ac.status not in ('done', 'cancelled') and ac.due_date < ${today}::date
      and ${figures.nextDue} < ${today}::date
    group by ag.id
    order by count(*) desc, ${agencyOrder("ag")}`,
  );
  return rows.map((r) => ({ agency: agencyOf(r), count: n(r.count) }));
}

/**
 * Recommendations reaching implemented per month (UTC), and the running total, from the first such
 * month to this one; see the module comment for which entry counts.
 */
async function progressOverTime(db: DbOrTx, where: SQL | undefined, today: string) {
  const rows = await selectRows<{ month: string; reached: string; cumulative: string }>(
    db,
    sql`with reached as (
      select date_trunc('month', coalesce(
        (select min(al.at) from activity_log al
          where al.recommendation_id = ${recommendations.id} and al.entity_type = 'recommendation'
            and al.kind = 'update' and al.field = 'status'
            and al.to_value #>> '{}' in ('implemented', 'verified', 'closed')),
        ${recommendations.updatedAt}) at time zone 'UTC') as month
      ${fromSelection(sql`${where ?? sql`true`} and ${accepted} and ${isImplementedSql}`)}
    ), per_month as (select month, count(*) as reached from reached group by month),
    months as (
      select generate_series((select min(month) from reached), date_trunc('month', ${today}::date::timestamp), interval '1 month') as month
    )
    select to_char(m.month, 'YYYY-MM') as month, coalesce(p.reached, 0) as reached,
      sum(coalesce(p.reached, 0)) over (order by m.month) as cumulative
    from months m left join per_month p on p.month = m.month
    order by m.month`,
  );
  return rows.map((r) => ({ month: r.month, reached: n(r.reached), cumulative: n(r.cumulative) }));
}

/**
 * The round asked for, else the round open now (the latest opened), else the one closed last, with
 * its response rate per agency.
 */
async function roundFigures(
  db: DbOrTx,
  where: SQL | undefined,
  today: string,
  roundId?: string,
): Promise<Dashboard["round"]> {
  const [round] = await selectRows<{ id: string; name: string; status: "open" | "closed"; due_date: string }>(
    db,
    sql`select id, name, status::text as status, due_date::text as due_date from rounds
      ${roundId ? sql`where id = ${roundId}` : sql``}
      order by (status = 'open') desc, case when status = 'open' then opened_at else closed_at end desc nulls last
      limit 1`,
  );
  if (!round) return null;
  const rows = await selectRows<AgencyColumns & { total: string; responded: string; late: string }>(
    db,
    sql`select ${agencyColumns("ag")}, count(*) as total,
      count(*) filter (where rq.state in ('submitted', 'accepted')) as responded,
      count(*) filter (where rq.state in ('not_started', 'draft', 'returned') and ${round.due_date}::date < ${today}::date) as late
    from round_requests rq
      join ${recommendations} on ${recommendations.id} = rq.recommendation_id
      join ${figures} on ${figures.recommendationId} = ${recommendations.id}
      join agencies ag on ag.id = rq.agency_id
    where rq.round_id = ${round.id} and ${where ?? sql`true`}
    group by ag.id
    order by ${agencyOrder("ag")}`,
  );
  const byAgency = rows.map((r) => ({
    agency: agencyOf(r),
    total: n(r.total),
    responded: n(r.responded),
    late: n(r.late),
    responseRate: n(r.total) ? n(r.responded) / n(r.total) : null,
  }));
  const total = byAgency.reduce((s, a) => s + a.total, 0);
  const responded = byAgency.reduce((s, a) => s + a.responded, 0);
  return {
    id: round.id,
    name: round.name,
    status: round.status,
    dueDate: round.due_date,
    total,
    responded,
    responseRate: total ? responded / total : null,
    byAgency,
  };
}

/** Each indicator of the selection's recommendations with its latest reading (the last observed, then recorded). */
async function indicatorRollup(db: DbOrTx, where: SQL | undefined) {
  const rows = await selectRows<{
    id: string;
    name: string;
    unit: string;
    baseline: string | null;
    target: string | null;
    target_date: string | null;
    theme: string;
    code: string;
    title_en: string;
    title_zh_hans: string;
    title_zh_hant: string;
    value: string | null;
    observed_on: string | null;
  }>(
    db,
    sql`select i.id, i.name, i.unit, i.baseline::text as baseline, i.target::text as target, i.target_date::text as target_date,
      ${recommendations.theme} as theme, ${recommendations.code} as code, ${recommendations.titleEn} as title_en,
      ${recommendations.titleZhHans} as title_zh_hans, ${recommendations.titleZhHant} as title_zh_hant,
      l.value::text as value, l.observed_on::text as observed_on
    from indicators i
      join ${recommendations} on ${recommendations.id} = i.recommendation_id
      join ${figures} on ${figures.recommendationId} = ${recommendations.id}
      left join lateral (select ir.value, ir.observed_on from indicator_readings ir where ir.indicator_id = i.id
        order by ir.observed_on desc, ir.created_at desc limit 1) l on true
    where ${where ?? sql`true`}
    order by ${positionIn(recommendations.theme, themes)} nulls last, ${recommendations.theme}, ${recommendations.code}, i.name, i.id
    limit ${INDICATOR_LIMIT + 1}`,
  );
  const truncated = rows.length > INDICATOR_LIMIT;
  const byTheme = new Map<string, DashboardIndicator[]>();
  for (const r of rows.slice(0, INDICATOR_LIMIT)) {
    const num = (v: string | null) => (v === null ? null : Number(v));
    const latest = r.value === null ? null : { value: Number(r.value), observedOn: r.observed_on! };
    const list = byTheme.get(r.theme) ?? [];
    list.push({
      id: r.id,
      name: r.name,
      unit: r.unit,
      code: r.code,
      title: { en: r.title_en, zhHans: r.title_zh_hans, zhHant: r.title_zh_hant },
      baseline: num(r.baseline),
      target: num(r.target),
      targetDate: r.target_date,
      latest,
      progress: indicatorProgress(num(r.baseline), latest?.value ?? null, num(r.target)),
    });
    byTheme.set(r.theme, list);
  }
  return { indicators: [...byTheme].map(([theme, list]) => ({ theme, indicators: list })), truncated };
}

/**
 * Each statement of loadDashboard on its own, for bench/dashboard.ts to time and EXPLAIN one at a
 * time (loadDashboard runs them together).
 */
export const dashboardParts = {
  rowFigures: (db: DbOrTx, selection: DashboardSelection, today: string) =>
    rowFigures(db, recommendationFilterWhere(selection, today), today),
  ownerFigures: (db: DbOrTx, selection: DashboardSelection, today: string) =>
    ownerFigures(db, selection, recommendationFilterWhere(selection, today)),
  overdueByAgency: (db: DbOrTx, selection: DashboardSelection, today: string) =>
    overdueByAgency(db, recommendationFilterWhere(selection, today), today),
  progressOverTime: (db: DbOrTx, selection: DashboardSelection, today: string) =>
    progressOverTime(db, recommendationFilterWhere(selection, today), today),
  roundFigures: (db: DbOrTx, selection: DashboardSelection, today: string) =>
    roundFigures(db, recommendationFilterWhere(selection, today), today),
  indicatorRollup: (db: DbOrTx, selection: DashboardSelection, today: string) =>
    indicatorRollup(db, recommendationFilterWhere(selection, today)),
} as const;

/**
 * Every figure of the dashboard for what `selection` matches, as `viewer` may read it (everyone signed
 * in reads every recommendation, as on the list; archived ones only when the selection includes them).
 * Refused (forbidden) for a caller the permission module does not let read the dashboard.
 */
export async function loadDashboard(
  db: DbOrTx,
  viewer: Actor,
  selection: DashboardSelection,
  /** `roundId`: only that round's recommendations (a committee report of a round), and its response rate. */
  options: { today?: string; roundId?: string } = {},
): Promise<Dashboard> {
  const decision = authorize(viewer, { action: "dashboard.read" });
  if (!decision.allowed) throw forbidden(decision.reason);
  const today = options.today ?? todayUtc();
  const inRound = options.roundId
    ? sql`${recommendations.id} in (select rq.recommendation_id from round_requests rq where rq.round_id = ${options.roundId})`
    : undefined;
  const where = and(recommendationFilterWhere(selection, today), inRound);
  // Independent statements: postgres.js runs them on several pooled connections; PGlite queues them.
  const [rowsOf, owners, overdue, months, round, indicators] = await Promise.all([
    rowFigures(db, where, today),
    ownerFigures(db, selection, where),
    overdueByAgency(db, where, today),
    progressOverTime(db, where, today),
    roundFigures(db, where, today, options.roundId),
    indicatorRollup(db, where),
  ]);
  return {
    today,
    total: rowsOf.total,
    byStatus: rowsOf.byStatus,
    byHealth: rowsOf.byHealth,
    implementation: {
      overall: rowsOf.overall,
      byTheme: rowsOf.byTheme,
      byLeadAgency: owners.byLeadAgency,
      bySide: owners.bySide,
    },
    overdueByAgency: overdue,
    age: rowsOf.age,
    progress: { accepted: rowsOf.overall.accepted, months },
    round,
    indicators: indicators.indicators,
    indicatorsTruncated: indicators.truncated,
  };
}
