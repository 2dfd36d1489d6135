/**
 * Builds a committee report's content (lib/reports/snapshot.ts) from a selection: the
 * recommendations the list's own filters match (a saved view's query, or the query given),
 * narrowed to a reporting round's scope when one is chosen, in the list's order; then, a batch of
 * entries at a time, their owners and actions (the list's loader), indicators with their latest
 * reading, the agencies' latest answers and the progress note (as frozen when the round closed, or
 * as it is now). A fixed number of statements per batch, never one per entry.
 */
import { and, asc, desc, eq, inArray, ne, or, sql } from "drizzle-orm";
import type { DbOrTx } from "../index";
import {
  agencies,
  indicatorReadings,
  indicators,
  notes,
  noteVersions,
  roundRequests,
  rounds,
  savedViews,
  users,
  type ReportSelection,
} from "../schema";
import { listRecommendations, type ListItem, type ListRecommendationsParams } from "./recommendation-list";
import { loadDashboard, type Dashboard } from "./dashboard";
import { findUnknownAgencyKeys } from "./agencies";
import { indicatorProgress } from "./indicators";
import { todayUtc } from "./recommendations";
import { badRequest, notFound } from "@/lib/errors";
import { listOf, msg } from "@/lib/i18n/server-message";
import type { SupportedLocale } from "@/lib/i18n/config";
import { localizedString } from "@/lib/i18n/localized";
import { sanitizeNoteHtml } from "@/lib/notes/derive";
import { actorOf, type Actor } from "@/lib/permissions";
import { summaryText } from "@/lib/reports/summary-text";
import {
  SNAPSHOT_VERSION,
  type OverdueAction,
  type ReportAgency,
  type ReportAnswer,
  type ReportEntry,
  type ReportIndicator,
  type ReportSnapshot,
  type ReportSummary,
} from "@/lib/reports/snapshot";
import {
  recommendationListQuery,
  searchParamsToObject,
  toListParams,
  zodFieldMessages,
} from "@/lib/validation/search-params";
import { MAX_PAGE_SIZE } from "@/lib/table/view";

/** Entries are built this many at a time: a few statements per batch, and a progress step each. */
export const REPORT_BATCH = 100;
/** A report is a document for a meeting: past this, narrow the selection. */
export const MAX_REPORT_ENTRIES = 2000;

/** What the list keys that only concern the screen (paging, grouping, columns) do not change. */
const SCREEN_KEYS = ["page", "pageSize", "group", "collapsed", "cols", "widths", "pin", "view"];

export interface ResolvedSelection {
  params: ListRecommendationsParams;
  query: string;
  view: { id: string; name: string } | null;
  round: { id: string; name: string; dueDate: string; status: "open" | "closed" } | null;
}

/**
 * The selection as the list would read it, checked: a saved view the requester cannot see, an
 * unknown round, a bad filter value or an unknown agency key is refused with what to fix.
 */
export async function resolveReportSelection(
  db: DbOrTx,
  requester: Pick<Actor, "id">,
  selection: ReportSelection,
): Promise<ResolvedSelection> {
  let query = selection.query ?? "";
  let view: ResolvedSelection["view"] = null;
  if (selection.viewId) {
    const [found] = await db
      .select({ id: savedViews.id, name: savedViews.name, query: savedViews.query })
      .from(savedViews)
      .where(
        and(
          eq(savedViews.id, selection.viewId),
          eq(savedViews.list, "recommendations"),
          or(eq(savedViews.ownerId, requester.id), eq(savedViews.shared, true)),
        ),
      );
    if (!found) throw notFound("reports.errors.noView");
    view = { id: found.id, name: found.name };
    query = found.query;
  }
  const search = new URLSearchParams(query.replace(/^\?/, ""));
  for (const key of SCREEN_KEYS) search.delete(key);
  const parsed = recommendationListQuery.safeParse(searchParamsToObject(search));
  if (!parsed.success) throw badRequest("reports.errors.badQuery", zodFieldMessages(parsed.error));
  const unknown = await findUnknownAgencyKeys(db, parsed.data.agency ?? []);
  if (unknown.length) throw badRequest(msg("errors.unknownAgencies", { keys: listOf(unknown, "comma") }));
  let round: ResolvedSelection["round"] = null;
  if (selection.roundId) {
    const [found] = await db
      .select({ id: rounds.id, name: rounds.name, dueDate: rounds.dueDate, status: rounds.status })
      .from(rounds)
      .where(eq(rounds.id, selection.roundId));
    if (!found) throw notFound("reports.errors.noRound");
    round = found;
  }
  // Every row, in the list's order: paging and grouping are the screen's.
  const params = toListParams(parsed.data);
  for (const key of ["page", "pageSize", "group", "collapsed"] as const) delete params[key];
  return { params, query: search.toString(), view, round };
}

export interface SnapshotOptions {
  title: string;
  locale: SupportedLocale;
  preparedBy: string;
  period?: { from?: string | null; to?: string | null };
  now?: Date;
  /** Called after each batch of entries: `done` out of `total` built. */
  onProgress?: (done: number, total: number) => Promise<void> | void;
}

/** Every selected recommendation as the list finds them, in its order (its sort, then the code). */
async function selectedItems(db: DbOrTx, resolved: ResolvedSelection, today: string): Promise<ListItem[]> {
  const inRound = resolved.round
    ? new Set(
        (
          await db
            .selectDistinct({ id: roundRequests.recommendationId })
            .from(roundRequests)
            .where(eq(roundRequests.roundId, resolved.round.id))
        ).map((r) => r.id),
      )
    : null;
  const items: ListItem[] = [];
  for (let page = 1; ; page++) {
    const result = await listRecommendations(db, { ...resolved.params, today, page, pageSize: MAX_PAGE_SIZE });
    for (const item of result.items) if (!inRound || inRound.has(item.id)) items.push(item);
    if (items.length > MAX_REPORT_ENTRIES) throw badRequest(msg("reports.errors.tooMany", { max: MAX_REPORT_ENTRIES }));
    if (page * MAX_PAGE_SIZE >= result.total || result.items.length === 0) return items;
  }
}

const agencyOf = (
  a: {
    key: string;
    abbreviation: string;
    side: ReportAgency["side"];
    name: { en: string; zhHans: string; zhHant: string };
  },
  locale: SupportedLocale,
): ReportAgency => ({ key: a.key, abbreviation: a.abbreviation, side: a.side, name: localizedString(a.name, locale) });

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** Indicators of a batch with only their latest reading (observed last; on one day, recorded last). */
async function indicatorsOf(db: DbOrTx, ids: string[]): Promise<Map<string, ReportIndicator[]>> {
  const rows = await db
    .select({ indicator: indicators })
    .from(indicators)
    .where(inArray(indicators.recommendationId, ids))
    .orderBy(asc(indicators.createdAt), asc(indicators.id));
  const latest = new Map<string, { value: number; observedOn: string }>();
  if (rows.length) {
    const readings = await db
      .selectDistinctOn([indicatorReadings.indicatorId], {
        indicatorId: indicatorReadings.indicatorId,
        value: indicatorReadings.value,
        observedOn: indicatorReadings.observedOn,
      })
      .from(indicatorReadings)
      .where(
        inArray(
          indicatorReadings.indicatorId,
          rows.map((r) => r.indicator.id),
        ),
      )
      .orderBy(
        indicatorReadings.indicatorId,
        desc(indicatorReadings.observedOn),
        desc(indicatorReadings.createdAt),
        desc(indicatorReadings.id),
      );
    for (const r of readings) latest.set(r.indicatorId, { value: Number(r.value), observedOn: r.observedOn });
  }
  const out = new Map<string, ReportIndicator[]>();
  for (const { indicator: i } of rows) {
    const baseline = i.baseline === null ? null : Number(i.baseline);
    const target = i.target === null ? null : Number(i.target);
    const reading = latest.get(i.id) ?? null;
    const list = out.get(i.recommendationId) ?? [];
    list.push({
      name: i.name,
      unit: i.unit,
      baseline,
      target,
      targetDate: i.targetDate,
      latest: reading,
      progress: indicatorProgress(baseline, reading?.value ?? null, target),
    });
    out.set(i.recommendationId, list);
  }
  return out;
}

/**
 * The agencies' answers: those of the round when one is chosen, else each agency's latest answer
 * over all rounds. Only answers past the draft: a report is read by others, and a draft is the
 * agency's working copy (lib/permissions.ts round.read_answer).
 */
async function answersOf(
  db: DbOrTx,
  ids: string[],
  roundId: string | null,
  locale: SupportedLocale,
): Promise<Map<string, ReportAnswer[]>> {
  const rows = await db
    .selectDistinctOn([roundRequests.recommendationId, roundRequests.agencyId], {
      request: roundRequests,
      round: rounds.name,
      agency: agencies,
    })
    .from(roundRequests)
    .innerJoin(rounds, eq(rounds.id, roundRequests.roundId))
    .innerJoin(agencies, eq(agencies.id, roundRequests.agencyId))
    .where(
      and(
        inArray(roundRequests.recommendationId, ids),
        inArray(roundRequests.state, ["submitted", "accepted", "returned"]),
        roundId ? eq(roundRequests.roundId, roundId) : undefined,
      ),
    )
    .orderBy(
      roundRequests.recommendationId,
      roundRequests.agencyId,
      desc(sql`coalesce(${roundRequests.submittedAt}, ${roundRequests.updatedAt})`),
    );
  const out = new Map<string, ReportAnswer[]>();
  for (const { request: r, round, agency } of rows) {
    const list = out.get(r.recommendationId) ?? [];
    list.push({
      agency: agencyOf(
        { ...agency, name: { en: agency.nameEn, zhHans: agency.nameZhHans, zhHant: agency.nameZhHant } },
        locale,
      ),
      round,
      state: r.state,
      submittedAt: iso(r.submittedAt),
      proposedStatus: r.proposedStatus,
      proposedHealth: r.proposedHealth,
      statement: r.statement,
      targetDate: r.targetDate,
    });
    out.set(r.recommendationId, list);
  }
  for (const list of out.values())
    list.sort(
      (a, b) =>
        a.agency.side.localeCompare(b.agency.side) || a.agency.abbreviation.localeCompare(b.agency.abbreviation),
    );
  return out;
}

/** The note as frozen under the round's name when it has closed, else the note as it is now. */
async function notesOf(
  db: DbOrTx,
  ids: string[],
  round: ResolvedSelection["round"],
): Promise<Map<string, NonNullable<ReportEntry["note"]>>> {
  const out = new Map<string, NonNullable<ReportEntry["note"]>>();
  if (round?.status === "closed") {
    const frozen = await db
      .select({ id: noteVersions.recommendationId, text: noteVersions.text, html: noteVersions.html })
      .from(noteVersions)
      .where(and(inArray(noteVersions.recommendationId, ids), eq(noteVersions.name, round.name)));
    for (const v of frozen)
      out.set(v.id, { source: "round", name: round.name, text: v.text, html: sanitizeNoteHtml(v.html) });
  }
  const missing = ids.filter((id) => !out.has(id));
  if (missing.length) {
    const latest = await db
      .select({ id: notes.recommendationId, text: notes.text, html: notes.html })
      .from(notes)
      .where(and(inArray(notes.recommendationId, missing), ne(notes.text, "")));
    for (const n of latest)
      out.set(n.id, { source: "latest", name: null, text: n.text, html: sanitizeNoteHtml(n.html) });
  }
  return out;
}

const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

function toEntry(item: ListItem, locale: SupportedLocale, asOf: string): ReportEntry {
  return {
    id: item.id,
    code: item.code,
    title: localizedString(item.title, locale),
    theme: item.theme,
    status: item.status,
    health: item.health,
    targetDate: item.targetDate,
    owners: item.owners.map((o) => ({
      role: o.role,
      agency: agencyOf(o.agency, locale),
      contact: o.contact?.name ?? null,
    })),
    sides: {
      shenzhen: { progress: item.sides.shenzhen.progress, state: item.sides.shenzhen.state },
      hong_kong: { progress: item.sides.hong_kong.progress, state: item.sides.hong_kong.state },
    },
    actions: item.actions
      .filter((a) => a.status !== "cancelled")
      .map((a) => ({
        title: localizedString(a.titles, locale),
        agency: agencyOf(a.agency, locale),
        assignee: a.assignee?.name ?? null,
        status: a.status,
        progress: a.progress,
        dueDate: a.dueDate,
        overdue: Boolean(a.dueDate && a.dueDate < asOf && a.status !== "done"),
      })),
    indicators: [],
    answers: [],
    note: null,
  };
}

/**
 * The executive summary: the dashboard's figures for the selection (db/queries/dashboard.ts, the
 * same aggregates /dashboard shows), the off-track recommendations' leading agency from the entries,
 * and the sentences that say them in the report's language.
 */
export function summarise(
  dashboard: Dashboard,
  entries: readonly ReportEntry[],
  overdue: readonly OverdueAction[],
  locale: SupportedLocale,
): ReportSummary {
  const { accepted, implemented, rate } = dashboard.implementation.overall;
  const count = <T extends { count: number }>(list: T[], match: (x: T) => boolean) =>
    list.filter(match).reduce((n, x) => n + x.count, 0);
  const inProgress = count(dashboard.byStatus, (b) => b.status === "in_progress");
  const offTrack = entries.filter((e) => e.health === "off_track");
  const leads = new Map<string, { agency: ReportAgency; count: number }>();
  for (const e of offTrack)
    for (const o of e.owners.filter((o) => o.role === "lead")) {
      const seen = leads.get(o.agency.key) ?? { agency: o.agency, count: 0 };
      seen.count++;
      leads.set(o.agency.key, seen);
    }
  const offTrackLead =
    [...leads.values()].sort(
      (a, b) => b.count - a.count || a.agency.abbreviation.localeCompare(b.agency.abbreviation),
    )[0] ?? null;
  const sideMean = (side: "shenzhen" | "hong_kong") => {
    const values = entries.map((e) => e.sides[side].progress).filter((p): p is number => p !== null);
    return values.length ? values.reduce((a, b) => a + b, 0) / values.length : null;
  };
  const text = summaryText(
    { inProgress, accepted, implemented, offTrack: offTrack.length, offTrackLead, overdue: overdue.length },
    locale,
  );
  return {
    total: dashboard.total,
    accepted,
    inProgress,
    implemented,
    implementationRate: rate,
    offTrack: offTrack.length,
    offTrackLead,
    overdueActions: overdue.length,
    byStatus: dashboard.byStatus,
    byHealth: dashboard.byHealth,
    bySide: (["shenzhen", "hong_kong"] as const).map((side) => ({
      side,
      progress: sideMean(side),
      implementationRate: dashboard.implementation.bySide.find((b) => b.side === side)?.rate ?? null,
    })),
    overdueByAgency: dashboard.overdueByAgency.map((o) => ({
      agency: agencyOf(o.agency, locale),
      count: o.count,
    })),
    text,
  };
}

/** The requester as the permission module judges them, and their name for the cover; null when the account is gone. */
export async function requesterOf(db: DbOrTx, id: string | null): Promise<{ actor: Actor; name: string } | null> {
  if (!id) return null;
  const [row] = await db
    .select({ id: users.id, role: users.role, agencyId: users.agencyId, name: users.name })
    .from(users)
    .where(eq(users.id, id));
  return row ? { actor: actorOf(row), name: row.name } : null;
}

export async function buildReportSnapshot(
  db: DbOrTx,
  requester: Actor,
  selection: ReportSelection,
  options: SnapshotOptions,
): Promise<ReportSnapshot> {
  const now = options.now ?? new Date();
  const resolved = await resolveReportSelection(db, requester, selection);
  const period = {
    from: options.period?.from ?? selection.from ?? null,
    to: options.period?.to ?? selection.to ?? null,
  };
  const today = todayUtc();
  const asOf = period.to && period.to < today ? period.to : now.toISOString().slice(0, 10);
  const items = await selectedItems(db, resolved, asOf);
  const total = items.length;
  await options.onProgress?.(0, total);
  const entries: ReportEntry[] = [];
  for (let i = 0; i < items.length; i += REPORT_BATCH) {
    const batch = items.slice(i, i + REPORT_BATCH);
    const ids = batch.map((b) => b.id);
    // One connection in PGlite runs these one after another; postgres.js pipelines them.
    const [inds, answers, noteMap] = await Promise.all([
      indicatorsOf(db, ids),
      answersOf(db, ids, resolved.round?.id ?? null, options.locale),
      notesOf(db, ids, resolved.round),
    ]);
    for (const item of batch) {
      const entry = toEntry(item, options.locale, asOf);
      entry.indicators = inds.get(item.id) ?? [];
      entry.answers = answers.get(item.id) ?? [];
      entry.note = noteMap.get(item.id) ?? null;
      entries.push(entry);
    }
    await options.onProgress?.(entries.length, total);
  }
  const overdue: OverdueAction[] = entries
    .flatMap((e) =>
      e.actions
        .filter((a) => a.overdue)
        .map((a) => ({ ...a, code: e.code, recommendationTitle: e.title, daysOverdue: daysBetween(a.dueDate!, asOf) })),
    )
    .sort((a, b) => b.daysOverdue - a.daysOverdue || a.code.localeCompare(b.code));
  const dashboard = await loadDashboard(db, requester, resolved.params, {
    today: asOf,
    roundId: resolved.round?.id,
  });
  const summary = summarise(dashboard, entries, overdue, options.locale);
  return {
    version: SNAPSHOT_VERSION,
    title: options.title,
    locale: options.locale,
    generatedAt: now.toISOString(),
    asOf,
    preparedBy: options.preparedBy,
    period,
    round: resolved.round,
    view: resolved.view,
    query: resolved.query,
    summary,
    entries,
    overdue,
  };
}
