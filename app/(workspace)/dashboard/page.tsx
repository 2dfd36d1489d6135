import type { Metadata } from "next";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { getDatabaseHandle } from "@/db";
import { listCurrentAgencies } from "@/db/queries/agencies";
import { loadDashboard } from "@/db/queries/dashboard";
import { horizons, sides, themes } from "@/db/schema/enums";
import { requireUser } from "@/lib/auth/session";
import { selectionQuery } from "@/lib/dashboard/segments";
import { readSelection } from "@/lib/dashboard/selection";
import { localizedString } from "@/lib/i18n/localized";
import { getSay } from "@/lib/i18n/say";
import { actorOf } from "@/lib/permissions";
import { tableFilters } from "@/lib/table/filters";
import { searchParamsToObject } from "@/lib/validation/search-params";
import { DashboardView } from "@/components/dashboard/dashboard-view";
import { SelectionBar } from "@/components/dashboard/selection-bar";
import { LiveRefresh } from "@/components/live/live-refresh";
import { EmptyState } from "@/components/ui/empty-state";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("dashboard"))("title") };
}

type SearchParams = Record<string, string | string[] | undefined>;

/** The selection bar's own filters; any other list filter in the link applies too, and is named. */
const BAR_FILTERS = ["theme", "side", "agency", "horizon"] as const;

/**
 * Where everything stands for a selection of recommendations (theme, side, agency, horizon, a saved
 * view; in the URL under the list's own parameter names): every figure counted in the database by
 * loadDashboard, each chart with its sentence, its table and links to the rows it counts.
 */
export default async function DashboardPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const raw = searchParamsToObject(await searchParams);
  const user = await requireUser(`/dashboard?${new URLSearchParams(raw as Record<string, string>).toString()}`);
  const actor = actorOf(user);
  const { db } = await getDatabaseHandle();
  const [t, tAll, say, format, locale] = await Promise.all([
    getTranslations("dashboard"),
    getTranslations(),
    getSay(),
    getFormatter(),
    getLocale(),
  ]);
  const [{ selection, views, problems }, agencies] = await Promise.all([
    readSelection(db, user.id, raw, say),
    listCurrentAgencies(db),
  ]);
  const dashboard = await loadDashboard(db, actor, selection);
  const listQuery = selectionQuery(selection);
  const others = (Object.keys(selection) as (keyof typeof selection)[]).filter(
    (k) => !(BAR_FILTERS as readonly string[]).includes(k),
  );
  const otherNames = others.map((k) => {
    if (k === "q") return `${tAll("list.search")} “${selection.q}”`;
    if (k === "includeArchived") return tAll("list.showArchived");
    const filter = (tableFilters as Record<string, { facet?: { title: string } }>)[k];
    return filter?.facet ? tAll(filter.facet.title) : k;
  });
  const sideOrder = (s: string) => sides.indexOf(s as (typeof sides)[number]);

  return (
    <div className="space-y-4">
      <LiveRefresh renderedAt={new Date().toISOString()} />
      <div className="space-y-1">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="max-w-3xl text-sm text-muted-foreground">{t("intro")}</p>
      </div>
      <SelectionBar
        options={{
          theme: themes.map((v) => ({ value: v, label: tAll(`themes.${v}`) })),
          side: sides.map((v) => ({ value: v, label: tAll(`sides.${v}`) })),
          agency: [...agencies]
            .sort((a, b) => sideOrder(a.side) - sideOrder(b.side) || a.abbreviation.localeCompare(b.abbreviation))
            .map((a) => ({
              value: a.key,
              label: `${a.abbreviation} · ${localizedString({ en: a.nameEn, zhHans: a.nameZhHans, zhHant: a.nameZhHant }, locale)}`,
            })),
          horizon: horizons.map((v) => ({ value: v, label: tAll(`horizon.${v}`) })),
          view: views.map((v) => ({ value: v.id, label: v.name })),
        }}
        labels={{
          label: t("selection.label"),
          theme: t("selection.theme"),
          side: t("selection.side"),
          agency: t("selection.agency"),
          horizon: t("selection.horizon"),
          view: t("selection.view"),
          any: t("selection.any"),
          noView: t("selection.noView"),
          several: t("selection.several"),
          clear: t("selection.clear"),
          updating: t("selection.updating"),
        }}
        listHref={listQuery ? `/recommendations?${listQuery}` : "/recommendations?view=none"}
        listLabel={t("selection.openList", { count: dashboard.total })}
      />
      {problems.length ? (
        <ul role="alert" className="list-disc space-y-1 pl-5 text-sm text-destructive">
          {problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      ) : null}
      {otherNames.length ? (
        <p className="text-sm text-muted-foreground">
          {t("selection.otherFilters", { filters: otherNames.join(", ") })}
        </p>
      ) : null}
      <p className="text-xs text-muted-foreground">
        {t("asOf", {
          date: format.dateTime(new Date(`${dashboard.today}T00:00:00Z`), { dateStyle: "long", timeZone: "UTC" }),
        })}{" "}
        {t("definitions")}
      </p>
      {dashboard.total === 0 ? (
        <EmptyState title={t("empty.title")} hint={t("empty.hint")} data-testid="dashboard-empty" />
      ) : (
        <DashboardView
          dashboard={dashboard}
          selection={selection}
          narrowed={Object.keys(selection).some((k) => k !== "includeArchived")}
        />
      )}
    </div>
  );
}
