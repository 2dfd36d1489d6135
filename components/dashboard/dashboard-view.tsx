/**
 * The dashboard's charts for one loadDashboard answer (a server component): each chart's summary
 * sentence, data table and segment links are worked out here in the reader's language and number
 * and month formats, and passed to the chart components as plain props.
 */
import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { Dashboard, DashboardAgency, ImplementationRate } from "@/db/queries/dashboard";
import type { RecommendationFilters } from "@/db/queries/recommendation-list";
import { localizedString } from "@/lib/i18n/localized";
import { overdueActionsHref, segmentHref, type RatePart, type Segment } from "@/lib/dashboard/segments";
import { ChartCard, type ChartTableData } from "./chart-card";
import { ProgressChart, RateBarChart, SegmentBarChart, type BarDatum, type RateDatum } from "./charts";
import { IndicatorRollup } from "./indicator-rollup";

/** A rate chart's group with its figures, as the chart and its table read it. */
type RateRow = RateDatum & { rate: ImplementationRate };

export async function DashboardView({
  dashboard: d,
  selection,
  narrowed,
}: {
  dashboard: Dashboard;
  selection: RecommendationFilters;
  /** Whether the selection narrows the recommendations (the All actions links then say so). */
  narrowed: boolean;
}) {
  const [t, tAll, format, locale] = await Promise.all([
    getTranslations("dashboard"),
    getTranslations(),
    getFormatter(),
    getLocale(),
  ]);
  const labels = { showTable: t("showTable"), hideTable: t("hideTable") };
  const num = (n: number) => format.number(n);
  const pct = (r: number | null) =>
    r === null ? "—" : format.number(r, { style: "percent", maximumFractionDigits: 0 });
  const href = (segment: Segment) => segmentHref(selection, segment);
  const agencyLabel = (a: DashboardAgency) => a.abbreviation;
  const agencyName = (a: DashboardAgency) => `${a.abbreviation} · ${localizedString(a.name, locale)}`;
  const month = (m: string) =>
    format.dateTime(new Date(`${m}-01T00:00:00Z`), { year: "numeric", month: "short", timeZone: "UTC" });

  // Status and health.
  const statusOf = (s: string) => d.byStatus.find((x) => x.status === s)?.count ?? 0;
  const statusRows = d.byStatus.map((s) => ({
    key: s.status,
    label: tAll(`status.${s.status}`),
    value: s.count,
    href: s.count ? href({ kind: "status", status: s.status }) : null,
  }));
  const healthOf = (h: string) => d.byHealth.find((x) => x.health === h)?.count ?? 0;
  const healthRows = d.byHealth.map((h) => ({
    key: h.health,
    label: tAll(`health.${h.health}`),
    value: h.count,
    href: h.count ? href({ kind: "health", health: h.health }) : null,
  }));
  const countTable = (rows: BarDatum[], first: string): ChartTableData => ({
    columns: [{ label: first }, { label: t("count"), numeric: true }],
    rows: rows.map((r) => ({
      key: r.key,
      cells: [{ text: r.label }, { text: num(r.value), href: r.href, numeric: true }],
    })),
  });

  // Implementation rates.
  const rateRows = <T extends ImplementationRate>(
    rows: T[],
    key: (r: T) => string,
    label: (r: T) => string,
    segment: (r: T, part: RatePart) => Segment,
  ) =>
    rows
      .filter((r) => r.accepted > 0)
      .map((r) => ({
        key: key(r),
        label: label(r),
        rate: r,
        implemented: r.implemented,
        notYet: r.accepted - r.implemented,
        implementedHref: r.implemented ? href(segment(r, "implemented")) : null,
        acceptedHref: href(segment(r, "accepted")),
      }));
  const rateSummary = (rows: { label: string; rate: ImplementationRate }[]) => {
    const o = d.implementation.overall;
    if (!o.accepted) return t("rate.noneAccepted");
    const overall = t("rate.overall", {
      implemented: num(o.implemented),
      accepted: num(o.accepted),
      rate: pct(o.rate),
    });
    if (rows.length < 2) return overall;
    const sorted = [...rows].sort((a, b) => (b.rate.rate ?? 0) - (a.rate.rate ?? 0));
    const best = sorted[0]!;
    const worst = sorted.at(-1)!;
    return t("rate.summaryBest", {
      overall,
      best: best.label,
      bestRate: pct(best.rate.rate),
      worst: worst.label,
      worstRate: pct(worst.rate.rate),
    });
  };
  const rateTable = (rows: RateRow[], first: string, names?: Map<string, string>): ChartTableData => ({
    columns: [
      { label: first },
      { label: t("rate.implemented"), numeric: true },
      { label: t("rate.accepted"), numeric: true },
      { label: t("rate.rate"), numeric: true },
    ],
    rows: rows.map((r) => ({
      key: r.key,
      cells: [
        { text: names?.get(r.key) ?? r.label },
        { text: num(r.implemented), href: r.implementedHref, numeric: true },
        { text: num(r.rate.accepted), href: r.acceptedHref, numeric: true },
        { text: pct(r.rate.rate), numeric: true },
      ],
    })),
  });
  const themeRows = () =>
    rateRows(
      d.implementation.byTheme,
      (r) => r.theme,
      (r) => tAll(`themes.${r.theme}`),
      (r, part) => ({ kind: "theme", theme: r.theme, part }),
    );
  const byTheme = themeRows();
  const byAgency = rateRows(
    d.implementation.byLeadAgency,
    (r) => r.agency.key,
    (r) => agencyLabel(r.agency),
    (r, part) => ({ kind: "lead", agency: r.agency.key, part }),
  );
  const agencyNames = new Map(d.implementation.byLeadAgency.map((r) => [r.agency.key, agencyName(r.agency)]));
  const bySide = rateRows(
    d.implementation.bySide,
    (r) => r.side,
    (r) => tAll(`sides.${r.side}`),
    (r, part) => ({ kind: "side", side: r.side, part }),
  );
  const rateLabels = { implemented: t("rate.implemented"), notYet: t("rate.notYet") };
  const chartRows = (rows: RateRow[]): RateDatum[] =>
    rows.map(({ key, label, implemented, notYet, implementedHref, acceptedHref }) => ({
      key,
      label,
      implemented,
      notYet,
      implementedHref,
      acceptedHref,
    }));

  // Overdue actions.
  const overdueTotal = d.overdueByAgency.reduce((s, a) => s + a.count, 0);
  const overdueRows = d.overdueByAgency.map((a) => ({
    key: a.agency.key,
    label: agencyLabel(a.agency),
    value: a.count,
    href: overdueActionsHref(a.agency.key, selection.includeArchived),
  }));

  // Age.
  const openTotal = d.age.reduce((s, a) => s + a.count, 0);
  const ageRows = d.age.map((a) => ({
    key: a.bucket,
    label: t(`age.${a.bucket}`),
    value: a.count,
    href: a.count ? href({ kind: "age", bucket: a.bucket }) : null,
  }));

  // Progress.
  const months = d.progress.months.map((m) => ({ ...m, label: month(m.month) }));
  const last = months.at(-1);
  const best = months.reduce<(typeof months)[number] | null>((b, m) => (!b || m.reached > b.reached ? m : b), null);

  // The round.
  const round = d.round;
  const roundRows = (round?.byAgency ?? []).map((a) => ({
    key: a.agency.key,
    label: agencyLabel(a.agency),
    value: Math.round((a.responseRate ?? 0) * 100),
    href: `/rounds/${round!.id}`,
    a,
  }));
  const lowest = [...roundRows].sort((x, y) => (x.a.responseRate ?? 0) - (y.a.responseRate ?? 0))[0];

  const grid = "grid grid-cols-1 gap-4 lg:grid-cols-2";
  return (
    <div className="space-y-4">
      <div className={grid}>
        <ChartCard
          id="status"
          title={t("status.title")}
          summary={t("status.summary", {
            total: d.total,
            done: statusOf("implemented") + statusOf("verified"),
            closed: num(statusOf("closed")),
            open: num(statusOf("proposed") + statusOf("accepted") + statusOf("in_progress")),
          })}
          table={countTable(statusRows, tAll("list.status"))}
          labels={labels}
        >
          <SegmentBarChart data={statusRows} valueLabel={t("count")} />
        </ChartCard>
        <ChartCard
          id="health"
          title={t("health.title")}
          summary={t("health.summary", {
            offTrack: num(healthOf("off_track")),
            atRisk: num(healthOf("at_risk")),
            onTrack: num(healthOf("on_track")),
            none: num(healthOf("none")),
          })}
          table={countTable(healthRows, tAll("list.health"))}
          labels={labels}
        >
          <SegmentBarChart data={healthRows} valueLabel={t("count")} color="var(--hong-kong)" />
        </ChartCard>
        <ChartCard
          id="rate-theme"
          title={t("rate.byTheme")}
          summary={rateSummary(byTheme)}
          table={rateTable(byTheme, tAll("list.theme"))}
          labels={labels}
          empty={byTheme.length ? null : t("rate.noneAccepted")}
        >
          <RateBarChart data={chartRows(byTheme)} labels={rateLabels} />
        </ChartCard>
        <ChartCard
          id="rate-agency"
          title={t("rate.byAgency")}
          summary={rateSummary(byAgency)}
          note={t("rate.agencyNote")}
          table={rateTable(byAgency, tAll("list.agency"), agencyNames)}
          labels={labels}
          empty={byAgency.length ? null : t("rate.noneAccepted")}
        >
          <RateBarChart data={chartRows(byAgency)} labels={rateLabels} />
        </ChartCard>
        <ChartCard
          id="rate-side"
          title={t("rate.bySide")}
          summary={rateSummary(bySide)}
          note={t("rate.sideNote")}
          table={rateTable(bySide, tAll("list.side"))}
          labels={labels}
          empty={bySide.length ? null : t("rate.noneAccepted")}
        >
          <RateBarChart data={chartRows(bySide)} labels={rateLabels} />
        </ChartCard>
        <ChartCard
          id="overdue"
          title={t("overdue.title")}
          summary={
            overdueTotal
              ? t("overdue.summary", {
                  count: overdueTotal,
                  agency: agencyName(d.overdueByAgency[0]!.agency),
                  agencyCount: num(d.overdueByAgency[0]!.count),
                })
              : t("overdue.none")
          }
          note={narrowed ? t("overdue.actionsNote") : undefined}
          table={{
            columns: [{ label: tAll("list.agency") }, { label: t("overdue.actions"), numeric: true }],
            rows: overdueRows.map((r) => ({
              key: r.key,
              cells: [
                {
                  text:
                    agencyNames.get(r.key) ?? agencyName(d.overdueByAgency.find((a) => a.agency.key === r.key)!.agency),
                },
                { text: num(r.value), href: r.href, numeric: true },
              ],
            })),
          }}
          labels={labels}
          empty={overdueTotal ? null : t("overdue.none")}
        >
          <SegmentBarChart data={overdueRows} valueLabel={t("overdue.actions")} color="var(--destructive)" />
        </ChartCard>
        <ChartCard
          id="age"
          title={t("age.title")}
          summary={t("age.summary", { open: openTotal, old: num(d.age.find((a) => a.bucket === "gt24")?.count ?? 0) })}
          table={countTable(ageRows, t("age.bucket"))}
          labels={labels}
          empty={openTotal ? null : t("noData")}
        >
          <SegmentBarChart data={ageRows} valueLabel={t("count")} color="var(--shenzhen)" />
        </ChartCard>
        <ChartCard
          id="progress"
          title={t("progress.title")}
          summary={
            last && best
              ? t("progress.summary", {
                  month: last.label,
                  cumulative: num(last.cumulative),
                  accepted: num(d.progress.accepted),
                  best: num(best.reached),
                  bestMonth: best.label,
                })
              : t("progress.none")
          }
          note={t("progress.note")}
          table={{
            columns: [
              { label: t("progress.month") },
              { label: t("progress.reached"), numeric: true },
              { label: t("progress.cumulative"), numeric: true },
              { label: t("progress.acceptedColumn"), numeric: true },
            ],
            rows: months.map((m) => ({
              key: m.month,
              cells: [
                { text: m.label },
                { text: num(m.reached), numeric: true },
                { text: num(m.cumulative), numeric: true },
                { text: num(d.progress.accepted), numeric: true },
              ],
            })),
          }}
          labels={labels}
          empty={months.length ? null : t("progress.none")}
        >
          <ProgressChart
            data={months}
            accepted={d.progress.accepted}
            labels={{
              reached: t("progress.reached"),
              cumulative: t("progress.cumulative"),
              accepted: t("progress.accepted", { count: num(d.progress.accepted) }),
            }}
          />
        </ChartCard>
        <ChartCard
          id="round"
          title={t("round.title")}
          subtitle={
            round ? (
              <Link href={`/rounds/${round.id}`} className="underline underline-offset-2">
                {t("round.subtitle", {
                  name: round.name,
                  status: round.status,
                  due: format.dateTime(new Date(`${round.dueDate}T00:00:00Z`), {
                    dateStyle: "medium",
                    timeZone: "UTC",
                  }),
                })}
              </Link>
            ) : undefined
          }
          summary={
            !round
              ? t("round.none")
              : !round.total
                ? t("round.noRequests")
                : t("round.summary", {
                    responded: num(round.responded),
                    total: num(round.total),
                    rate: pct(round.responseRate),
                    agency: lowest ? agencyName(lowest.a.agency) : "—",
                    agencyRate: lowest ? pct(lowest.a.responseRate) : "—",
                  })
          }
          table={
            round
              ? {
                  columns: [
                    { label: tAll("list.agency") },
                    { label: t("round.requests"), numeric: true },
                    { label: t("round.responded"), numeric: true },
                    { label: t("round.late"), numeric: true },
                    { label: t("round.rate"), numeric: true },
                  ],
                  rows: roundRows.map((r) => ({
                    key: r.key,
                    cells: [
                      { text: agencyName(r.a.agency), href: r.href },
                      { text: num(r.a.total), numeric: true },
                      { text: num(r.a.responded), numeric: true },
                      { text: num(r.a.late), numeric: true },
                      { text: pct(r.a.responseRate), numeric: true },
                    ],
                  })),
                }
              : null
          }
          labels={labels}
          empty={!round ? t("round.none") : !round.total ? t("round.noRequests") : null}
        >
          <SegmentBarChart
            data={roundRows.map(({ key, label, value, href }) => ({ key, label, value, href }))}
            valueLabel={`${t("round.rate")} (%)`}
          />
        </ChartCard>
      </div>
      <IndicatorRollup indicators={d.indicators} truncated={d.indicatorsTruncated} />
    </div>
  );
}
