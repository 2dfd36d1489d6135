"use client";
/**
 * The /reports page's working part: the form (title, format, selection by theme/side/agency or a
 * saved view, a reporting round, a period), which asks for a report through POST /api/v1/reports
 * (the API's own path); the recent reports with their progress, polled from GET
 * /api/v1/reports/{id} while they are being built, and their files once ready; saved definitions,
 * regenerated with one click.
 */
import { useCallback, useEffect, useId, useState, useTransition } from "react";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import {
  deleteReportDefinitionAction,
  regenerateReportAction,
  saveReportDefinitionAction,
} from "@/app/(workspace)/reports/actions";
import type { ReportJobJson } from "@/lib/reports/api-view";
import { Button } from "@/components/ui/button";
import { FormOutcome, SelectField, TextField, useServerAction, type FormMessage } from "@/components/forms/form-parts";

type Option = { value: string; label: string };
type Format = "pdf" | "xlsx" | "html";
interface Definition {
  id: string;
  name: string;
  title: string;
  format: Format;
  updatedAt: string;
}

const POLL_MS = 1500;
const finished = (job: ReportJobJson) => job.state === "ready" || job.state === "failed";

export function ReportsWorkspace(props: {
  views: { id: string; name: string }[];
  rounds: { id: string; name: string }[];
  themes: Option[];
  agencies: Option[];
  jobs: ReportJobJson[];
  definitions: Definition[];
}) {
  const t = useTranslations("reports.page");
  const tSides = useTranslations("sides");
  // The report is written in the language of the page it was asked from.
  const locale = useLocale();
  const id = useId();
  const [title, setTitle] = useState(t("defaultTitle"));
  const [format, setFormat] = useState<Format>("pdf");
  const [scope, setScope] = useState<"filters" | "view">("filters");
  const [theme, setTheme] = useState("");
  const [side, setSide] = useState("");
  const [agency, setAgency] = useState("");
  const [viewId, setViewId] = useState("");
  const [round, setRound] = useState("");
  const [from, setFrom] = useState("");
  const [to, setTo] = useState("");
  const [name, setName] = useState("");
  // What this page learned since the server rendered it (new jobs, polled progress), over the server's list.
  const [seen, setSeen] = useState<Record<string, ReportJobJson>>({});
  const listed = new Set(props.jobs.map((j) => j.id));
  const jobs = [
    ...Object.values(seen)
      .filter((j) => !listed.has(j.id))
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt)),
    ...props.jobs.map((j) => seen[j.id] ?? j),
  ];
  const [asking, startAsking] = useTransition();
  const [outcome, setOutcome] = useState<FormMessage>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[] | undefined>>({});
  const save = useServerAction(saveReportDefinitionAction);

  const selection = () => {
    const query = new URLSearchParams();
    if (scope === "filters") {
      if (theme) query.set("theme", theme);
      if (side) query.set("side", side);
      if (agency) query.set("agency", agency);
    }
    return {
      ...(scope === "view" && viewId ? { viewId } : { query: query.toString() }),
      ...(round ? { round } : {}),
      ...(from ? { from } : {}),
      ...(to ? { to } : {}),
    };
  };

  const track = useCallback((job: ReportJobJson) => setSeen((known) => ({ ...known, [job.id]: job })), []);

  // Poll every report still being built; stop once each is ready or failed.
  const pending = jobs.filter((j) => !finished(j)).map((j) => j.id);
  const pendingKey = pending.join(",");
  useEffect(() => {
    if (!pendingKey) return;
    const timer = setInterval(async () => {
      for (const jobId of pendingKey.split(",")) {
        const res = await fetch(`/api/v1/reports/${jobId}`, { headers: { Accept: "application/json" } });
        if (res.ok) {
          track(((await res.json()) as { data: ReportJobJson }).data);
        }
      }
    }, POLL_MS);
    return () => clearInterval(timer);
  }, [pendingKey, track]);

  const generate = () =>
    startAsking(async () => {
      setOutcome(null);
      const res = await fetch("/api/v1/reports", {
        method: "POST",
        headers: { "Content-Type": "application/json", Accept: "application/json", "Accept-Language": locale },
        body: JSON.stringify({ title, format, ...selection() }),
      });
      const body = await res.json().catch(() => null);
      if (res.status === 202 && body?.data) {
        setFieldErrors({});
        track(body.data as ReportJobJson);
        setOutcome({ tone: "ok", text: t("queued", { title }) });
      } else {
        setFieldErrors(body?.error?.fieldErrors ?? {});
        setOutcome({ tone: "error", text: t("error", { message: body?.error?.message ?? res.statusText }) });
      }
    });

  const errors = { ...fieldErrors, ...save.fieldErrors };
  return (
    <div className="grid gap-8 lg:grid-cols-[minmax(0,28rem)_minmax(0,1fr)]">
      <section aria-labelledby={`${id}-new`} className="space-y-4">
        <h2 id={`${id}-new`} className="text-lg font-semibold">
          {t("newReport")}
        </h2>
        <form
          className="space-y-4"
          onSubmit={(e) => {
            e.preventDefault();
            generate();
          }}
        >
          <TextField
            id={`${id}-title`}
            label={t("reportTitle")}
            value={title}
            onChange={(e) => setTitle(e.target.value)}
            errors={errors.title}
            required
          />
          <SelectField
            id={`${id}-format`}
            label={t("format")}
            value={format}
            onChange={(e) => setFormat(e.target.value as Format)}
            options={(["pdf", "xlsx", "html"] as const).map((f) => ({ value: f, label: t(`formats.${f}`) }))}
            errors={errors.format}
          />
          <fieldset className="space-y-3 rounded-md border p-3">
            <legend className="px-1 text-sm font-medium">{t("selection")}</legend>
            <label className="flex items-start gap-2 text-sm">
              <input
                type="radio"
                name={`${id}-scope`}
                checked={scope === "filters"}
                onChange={() => setScope("filters")}
                className="mt-1"
              />
              <span>{t("scopeFilters")}</span>
            </label>
            {scope === "filters" ? (
              <div className="grid gap-3 pl-6 sm:grid-cols-3 lg:grid-cols-1 xl:grid-cols-3">
                <SelectField
                  id={`${id}-theme`}
                  label={t("theme")}
                  value={theme}
                  onChange={(e) => setTheme(e.target.value)}
                  options={[{ value: "", label: t("any") }, ...props.themes]}
                />
                <SelectField
                  id={`${id}-side`}
                  label={t("side")}
                  value={side}
                  onChange={(e) => setSide(e.target.value)}
                  options={[
                    { value: "", label: t("any") },
                    ...(["shenzhen", "hong_kong", "joint"] as const).map((s) => ({ value: s, label: tSides(s) })),
                  ]}
                />
                <SelectField
                  id={`${id}-agency`}
                  label={t("agency")}
                  value={agency}
                  onChange={(e) => setAgency(e.target.value)}
                  options={[{ value: "", label: t("any") }, ...props.agencies]}
                />
              </div>
            ) : null}
            <label className="flex items-start gap-2 text-sm">
              <input
                type="radio"
                name={`${id}-scope`}
                checked={scope === "view"}
                onChange={() => setScope("view")}
                className="mt-1"
              />
              <span>{t("scopeView")}</span>
            </label>
            {scope === "view" ? (
              <div className="pl-6">
                {props.views.length ? (
                  <SelectField
                    id={`${id}-view`}
                    label={t("savedView")}
                    value={viewId}
                    onChange={(e) => setViewId(e.target.value)}
                    options={[
                      { value: "", label: t("chooseView") },
                      ...props.views.map((v) => ({ value: v.id, label: v.name })),
                    ]}
                    errors={errors.viewId}
                  />
                ) : (
                  <p className="text-sm text-muted-foreground">{t("noViews")}</p>
                )}
              </div>
            ) : null}
          </fieldset>
          <SelectField
            id={`${id}-round`}
            label={t("round")}
            hint={t("roundHint")}
            value={round}
            onChange={(e) => setRound(e.target.value)}
            options={[{ value: "", label: t("noRound") }, ...props.rounds.map((r) => ({ value: r.id, label: r.name }))]}
            errors={errors.round}
          />
          <div className="grid gap-3 sm:grid-cols-2">
            <TextField
              id={`${id}-from`}
              type="date"
              label={t("from")}
              value={from}
              onChange={(e) => setFrom(e.target.value)}
              errors={errors.from}
            />
            <TextField
              id={`${id}-to`}
              type="date"
              label={t("to")}
              hint={t("periodHint")}
              value={to}
              onChange={(e) => setTo(e.target.value)}
              errors={errors.to}
            />
          </div>
          <Button type="submit" disabled={asking}>
            {asking ? t("generating") : t("generate")}
          </Button>
          <FormOutcome message={outcome} />
          <div className="space-y-2 border-t pt-4">
            <TextField
              id={`${id}-name`}
              label={t("saveName")}
              hint={t("saveNameHint")}
              value={name}
              onChange={(e) => setName(e.target.value)}
              errors={errors.name}
            />
            <Button
              type="button"
              variant="outline"
              disabled={save.pending}
              onClick={() => save.run({ name, title, format, ...selection() }, (d) => t("saved", { name: d.name }))}
            >
              {t("save")}
            </Button>
            <FormOutcome message={save.message} />
          </div>
        </form>
      </section>
      <div className="min-w-0 space-y-8">
        <Definitions definitions={props.definitions} onJob={track} />
        <RecentReports jobs={jobs} />
      </div>
    </div>
  );
}

function Definitions({ definitions, onJob }: { definitions: Definition[]; onJob: (job: ReportJobJson) => void }) {
  const t = useTranslations("reports.page");
  const id = useId();
  const regenerate = useServerAction(regenerateReportAction);
  const remove = useServerAction(deleteReportDefinitionAction);
  return (
    <section aria-labelledby={`${id}-defs`} className="space-y-2">
      <h2 id={`${id}-defs`} className="text-lg font-semibold">
        {t("definitions")}
      </h2>
      {definitions.length === 0 ? (
        <p className="text-sm text-muted-foreground">{t("definitionsEmpty")}</p>
      ) : (
        <ul className="divide-y rounded-md border">
          {definitions.map((d) => (
            <li key={d.id} className="flex flex-wrap items-center gap-2 p-3">
              <span className="min-w-0 flex-1 break-words">
                <span className="font-medium">{d.name}</span>
                <span className="block text-sm text-muted-foreground">
                  {d.title} · {t(`formats.${d.format}`)}
                </span>
              </span>
              <Button
                type="button"
                size="sm"
                aria-label={t("regenerateLabel", { name: d.name })}
                disabled={regenerate.pending}
                onClick={() =>
                  regenerate.run({ id: d.id }, (job) => {
                    void fetch(`/api/v1/reports/${job.id}`)
                      .then((r) => (r.ok ? r.json() : null))
                      .then((full) => full && onJob((full as { data: ReportJobJson }).data));
                    return t("queued", { title: job.title });
                  })
                }
              >
                {t("regenerate")}
              </Button>
              <Button
                type="button"
                size="sm"
                variant="outline"
                aria-label={t("deleteLabel", { name: d.name })}
                disabled={remove.pending}
                onClick={() => remove.run({ id: d.id }, () => t("deleted", { name: d.name }))}
              >
                {t("delete")}
              </Button>
            </li>
          ))}
        </ul>
      )}
      <FormOutcome message={regenerate.message ?? remove.message} />
    </section>
  );
}

function RecentReports({ jobs }: { jobs: ReportJobJson[] }) {
  const t = useTranslations("reports.page");
  const format = useFormatter();
  const id = useId();
  return (
    <section aria-labelledby={`${id}-recent`} className="space-y-2">
      <h2 id={`${id}-recent`} className="text-lg font-semibold">
        {t("recent")}
      </h2>
      {jobs.length === 0 ? (
        <p className="text-sm text-muted-foreground">{t("recentEmpty")}</p>
      ) : (
        <ul className="divide-y rounded-md border" data-testid="recent-reports">
          {jobs.map((job) => {
            const { done, total, stage } = job.progress;
            return (
              <li key={job.id} className="space-y-1 p-3" data-report-id={job.id} data-state={job.state}>
                <div className="flex flex-wrap items-baseline gap-x-2">
                  <span className="min-w-0 break-words font-medium">{job.title}</span>
                  <span className="text-sm text-muted-foreground">
                    {t(`formats.${job.format}`)} ·{" "}
                    {t("requested", {
                      date: format.dateTime(new Date(job.createdAt), { dateStyle: "medium", timeStyle: "short" }),
                      name: job.requestedBy ?? "—",
                    })}
                  </span>
                </div>
                <p className="text-sm" role="status">
                  <span className="font-medium">{t(`state.${job.state}`)}</span>
                  {job.state === "running" && stage ? ` · ${t(`stage.${stage}`)}` : ""}
                  {job.state === "running" && total > 0 ? ` · ${t("progress", { done, total })}` : ""}
                </p>
                {job.state === "running" || job.state === "queued" ? (
                  <div
                    role="progressbar"
                    aria-label={t("progressLabel", { title: job.title })}
                    aria-valuemin={0}
                    aria-valuemax={Math.max(total, 1)}
                    aria-valuenow={done}
                    className="h-2 w-full max-w-sm rounded bg-muted"
                  >
                    <div
                      className="h-2 rounded bg-primary"
                      style={{ width: `${total ? Math.round((done / total) * 100) : 5}%` }}
                    />
                  </div>
                ) : null}
                {job.state === "failed" && job.error ? (
                  <p className="text-sm text-destructive" role="alert">
                    {job.error}
                  </p>
                ) : null}
                {job.file ? (
                  <p className="flex flex-wrap gap-3 text-sm">
                    <a
                      href={job.file.url}
                      download={job.file.name}
                      className="font-medium underline"
                      aria-label={t("downloadLabel", { title: job.title, format: t(`formats.${job.format}`) })}
                    >
                      {t("download")}
                    </a>
                    <a href={`/reports/${job.id}/print`} className="underline" target="_blank" rel="noreferrer">
                      {t("open")}
                    </a>
                  </p>
                ) : null}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
