/**
 * The committee report as a document: cover, executive summary (figures, charts, sentences), one
 * entry per recommendation, the annex of overdue actions. Rendered from the stored snapshot in the
 * report's language, on screen, in the HTML file and, printed by Chromium, in the PDF. Always light
 * (a printed page is), whatever the reader's theme. Print rules are in report-print.css.
 */
import type { ReportEntry, ReportSnapshot } from "@/lib/reports/snapshot";
import { reportTranslator } from "@/lib/reports/translator";
import { reportWords } from "@/lib/reports/words";
import { ReportBarChart, ReportReadyMarker, type ChartDatum } from "./report-charts";
import "./report-print.css";

const STATUS_COLORS: Record<string, string> = {
  proposed: "#9ca3af",
  accepted: "#60a5fa",
  in_progress: "#2563eb",
  implemented: "#16a34a",
  verified: "#15803d",
  closed: "#4b5563",
};
const HEALTH_COLORS: Record<string, string> = {
  on_track: "#16a34a",
  at_risk: "#d97706",
  off_track: "#dc2626",
  none: "#9ca3af",
};
const SIDE_COLORS: Record<string, string> = { shenzhen: "#b91c1c", hong_kong: "#1d4ed8" };

function formatters(locale: string) {
  const dayFormat = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: "UTC" });
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const percent = new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 0 });
  return {
    day: (iso: string) => dayFormat.format(new Date(`${iso.slice(0, 10)}T00:00:00Z`)),
    number: (n: number) => number.format(n),
    percent: (share: number) => percent.format(share),
  };
}

/** The list filters in words where the report knows them (theme, side, status, health), else as given. */
function describeQuery(query: string, w: ReturnType<typeof reportWords>): string {
  const name: Record<string, (v: string) => string> = {
    theme: w.theme,
    side: w.side,
    status: w.status,
    health: w.health,
  };
  return [...new URLSearchParams(query)]
    .filter(([key]) => key !== "sort")
    .map(([key, value]) =>
      value
        .split(",")
        .map((v) => (name[key] ? name[key](v) : v))
        .join(", "),
    )
    .join(" · ");
}

export function ReportDocument({ snapshot }: { snapshot: ReportSnapshot }) {
  const w = reportWords(snapshot.locale);
  const t = reportTranslator("reports.print", snapshot.locale);
  const f = formatters(snapshot.locale);
  const s = snapshot.summary;
  const { from, to } = snapshot.period;
  const period =
    from && to
      ? t("periodRange", { from: f.day(from), to: f.day(to) })
      : to
        ? t("periodOpen", { to: f.day(to) })
        : from
          ? t("periodFrom", { from: f.day(from) })
          : t("noPeriod");
  const statusData: ChartDatum[] = s.byStatus
    .filter((b) => b.count > 0)
    .map((b) => ({
      label: w.status(b.status),
      value: b.count,
      shown: f.number(b.count),
      color: STATUS_COLORS[b.status]!,
    }));
  const healthData: ChartDatum[] = s.byHealth.map((b) => ({
    label: w.health(b.health),
    value: b.count,
    shown: f.number(b.count),
    color: HEALTH_COLORS[b.health]!,
  }));
  const sideData: ChartDatum[] = s.bySide.map((b) => ({
    label: w.side(b.side),
    value: Math.round((b.progress ?? 0) * 100),
    shown: `${b.progress === null ? t("noProgress") : f.percent(b.progress)}${
      b.implementationRate === null ? "" : ` · ${t("implementedShare", { share: f.percent(b.implementationRate) })}`
    }`,
    color: SIDE_COLORS[b.side]!,
  }));
  const overdueData: ChartDatum[] = s.overdueByAgency.slice(0, 8).map((o) => ({
    label: o.agency.abbreviation,
    value: o.count,
    shown: f.number(o.count),
    color: "#b45309",
  }));
  return (
    <div lang={snapshot.locale} className="report bg-white text-gray-950">
      <ReportReadyMarker />
      <header className="report-running-header" aria-hidden="true">
        {snapshot.title}
      </header>
      <section className="report-cover" aria-labelledby="report-title">
        <p className="text-sm uppercase tracking-wide text-gray-700">{t("cover")}</p>
        <h1 id="report-title" className="mt-2 text-3xl font-bold">
          {snapshot.title}
        </h1>
        <dl className="mt-8 grid grid-cols-[auto_1fr] gap-x-6 gap-y-2 text-base">
          <dt className="font-semibold">{t("period")}</dt>
          <dd>{period}</dd>
          {snapshot.round ? (
            <>
              <dt className="font-semibold">{t("round")}</dt>
              <dd>{snapshot.round.name}</dd>
            </>
          ) : null}
          <dt className="font-semibold">{t("selection")}</dt>
          <dd>
            {snapshot.view
              ? `${t("view")}: ${snapshot.view.name}`
              : snapshot.query
                ? describeQuery(snapshot.query, w)
                : t("allRecommendations")}
            {" · "}
            {t("count", { count: s.total })}
          </dd>
          <dt className="font-semibold">{t("generatedOn")}</dt>
          <dd>{f.day(snapshot.generatedAt)}</dd>
          <dt className="font-semibold">{t("preparedBy")}</dt>
          <dd>{snapshot.preparedBy}</dd>
        </dl>
      </section>

      <section className="report-part" aria-labelledby="report-summary">
        <h2 id="report-summary" className="text-2xl font-bold">
          {t("summary")}
        </h2>
        <div className="mt-3 space-y-1">
          {s.text.map((line) => (
            <p key={line}>{line}</p>
          ))}
        </div>
        <div className="report-charts mt-4 grid gap-6 sm:grid-cols-2 print:grid-cols-2">
          <ReportBarChart id="chart-status" title={t("chartStatus")} data={statusData} />
          <ReportBarChart id="chart-health" title={t("chartHealth")} data={healthData} />
          <ReportBarChart id="chart-sides" title={t("chartSides")} data={sideData} max={100} />
          {overdueData.length ? (
            <ReportBarChart id="chart-overdue" title={t("chartOverdue")} data={overdueData} />
          ) : null}
        </div>
      </section>

      <section aria-labelledby="report-entries">
        <h2 id="report-entries" className="sr-only">
          {t("entries")}
        </h2>
        {snapshot.entries.map((entry) => (
          <Entry key={entry.id} entry={entry} snapshot={snapshot} />
        ))}
      </section>

      <section className="report-part" aria-labelledby="report-annex">
        <h2 id="report-annex" className="text-2xl font-bold">
          {t("annex")}
        </h2>
        {snapshot.overdue.length === 0 ? (
          <p className="mt-2">{t("annexEmpty")}</p>
        ) : (
          <div className="mt-3 max-w-full overflow-x-auto">
            <table className="w-full text-sm">
              <thead>
                <tr className="border-b border-gray-400 text-left">
                  <th scope="col" className="py-1 pr-2">
                    {t("code")}
                  </th>
                  <th scope="col" className="py-1 pr-2">
                    {t("action")}
                  </th>
                  <th scope="col" className="py-1 pr-2">
                    {t("agency")}
                  </th>
                  <th scope="col" className="py-1 pr-2">
                    {t("dueDate")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {snapshot.overdue.map((a, i) => (
                  <tr key={`${a.code}-${i}`} className="border-b border-gray-200 align-top">
                    <td className="py-1 pr-2 font-mono">{a.code}</td>
                    <td className="py-1 pr-2">{a.title}</td>
                    <td className="py-1 pr-2">{a.agency.abbreviation}</td>
                    <td className="py-1 pr-2">
                      {f.day(a.dueDate!)} · {t("daysOverdue", { days: a.daysOverdue })}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </div>
  );
}

function Entry({ entry, snapshot }: { entry: ReportEntry; snapshot: ReportSnapshot }) {
  const w = reportWords(snapshot.locale);
  const t = reportTranslator("reports.print", snapshot.locale);
  const f = formatters(snapshot.locale);
  const headingId = `entry-${entry.code}`;
  return (
    <article className="report-entry" aria-labelledby={headingId}>
      <h3 id={headingId} className="text-xl font-bold">
        <span className="font-mono">{entry.code}</span> {entry.title}
      </h3>
      <p className="mt-1 text-sm">
        {w.theme(entry.theme)} · {t("status")}: {w.status(entry.status)} · {t("health")}: {w.health(entry.health)}
        {entry.targetDate ? ` · ${t("target", { date: f.day(entry.targetDate) })}` : ""}
      </p>

      <div className="mt-3 grid gap-4 sm:grid-cols-2 print:grid-cols-2">
        <div>
          <h4 className="font-semibold">{t("owners")}</h4>
          {entry.owners.length === 0 ? (
            <p className="text-sm">{t("noOwners")}</p>
          ) : (
            <ul className="text-sm">
              {entry.owners.map((o) => (
                <li key={`${o.agency.key}-${o.role}`}>
                  {w.side(o.agency.side)}: {o.agency.name} ({o.agency.abbreviation}, {t(o.role)})
                  {o.contact ? ` · ${o.contact}` : ""}
                </li>
              ))}
            </ul>
          )}
        </div>
        <div>
          <h4 className="font-semibold">{t("progress")}</h4>
          <ul className="text-sm">
            {(["shenzhen", "hong_kong"] as const).map((side) => {
              const p = entry.sides[side];
              return (
                <li key={side} className="flex items-center gap-2">
                  <span className="w-24 shrink-0">{w.side(side)}</span>
                  <span aria-hidden className="h-2 w-24 shrink-0 rounded bg-gray-200">
                    <span
                      className="block h-2 rounded"
                      style={{ width: `${Math.round((p.progress ?? 0) * 100)}%`, background: SIDE_COLORS[side] }}
                    />
                  </span>
                  <span>
                    {p.progress === null ? t("noProgress") : f.percent(p.progress)} · {w.sideState(p.state)}
                  </span>
                </li>
              );
            })}
          </ul>
        </div>
      </div>

      <h4 className="mt-3 font-semibold">{t("actions")}</h4>
      {entry.actions.length === 0 ? (
        <p className="text-sm">{t("noActions")}</p>
      ) : (
        <ul className="text-sm">
          {entry.actions.map((a, i) => (
            <li key={i} className="border-b border-gray-100 py-0.5">
              {a.title} — {a.agency.abbreviation}
              {a.assignee ? ` (${a.assignee})` : ""} · {w.actionStatus(a.status)} · {f.percent(a.progress / 100)} ·{" "}
              {a.dueDate ? t("due", { date: f.day(a.dueDate) }) : t("noDue")}
              {a.overdue ? <strong className="ml-1 text-red-800">{t("overdueMark")}</strong> : null}
            </li>
          ))}
        </ul>
      )}

      <h4 className="mt-3 font-semibold">{t("indicators")}</h4>
      {entry.indicators.length === 0 ? (
        <p className="text-sm">{t("noIndicators")}</p>
      ) : (
        <ul className="text-sm">
          {entry.indicators.map((i, n) => (
            <li key={n}>
              {i.name}:{" "}
              {i.target === null
                ? t("noTarget")
                : i.latest
                  ? t("latestVsTarget", {
                      latest: f.number(i.latest.value),
                      unit: i.unit,
                      date: f.day(i.latest.observedOn),
                      target: f.number(i.target),
                    })
                  : t("noReading", { target: f.number(i.target), unit: i.unit })}
              {i.progress !== null ? ` (${f.percent(i.progress)})` : ""}
            </li>
          ))}
        </ul>
      )}

      <h4 className="mt-3 font-semibold">{t("answers")}</h4>
      {entry.answers.length === 0 ? (
        <p className="text-sm">{t("noAnswers")}</p>
      ) : (
        <ul className="space-y-1 text-sm">
          {entry.answers.map((a) => (
            <li key={`${a.agency.key}-${a.round}`}>
              <span className="font-semibold">{a.agency.abbreviation}</span> ({a.round}, {w.answerState(a.state)}
              {a.submittedAt ? `, ${t("submittedOn", { date: f.day(a.submittedAt) })}` : ""}
              {a.proposedStatus ? `, ${t("proposes", { status: w.status(a.proposedStatus) })}` : ""}): {a.statement}
            </li>
          ))}
        </ul>
      )}

      <h4 className="mt-3 font-semibold">
        {entry.note?.source === "round" ? t("noteFrozen", { round: entry.note.name ?? "" }) : t("noteLatest")}
      </h4>
      {entry.note ? (
        // Sanitised when the snapshot was built (lib/notes/derive.ts sanitizeNoteHtml's allowlist).
        <div className="report-note text-sm" dangerouslySetInnerHTML={{ __html: entry.note.html }} />
      ) : (
        <p className="text-sm">{t("noNote")}</p>
      )}
    </article>
  );
}
