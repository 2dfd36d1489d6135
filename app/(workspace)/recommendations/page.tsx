import type { Metadata } from "next";
import { EmptyState } from "@/components/ui/empty-state";
import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { getDb } from "@/db";
import { listAgencies } from "@/db/queries/agencies";
import { listRecommendations } from "@/db/queries/recommendation-list";
import { recommendationStatuses, sides, themes } from "@/db/schema/enums";
import { requireUser } from "@/lib/auth/session";
import { authorize } from "@/lib/permissions";
import { localized } from "@/lib/i18n/localized";
import { recommendationListQuery, searchParamsToObject, toListParams } from "@/lib/validation/search-params";
import { HealthBadge, SideDot, StatusBadge } from "@/components/recommendations/badges";
import { Badge } from "@/components/ui/badge";
import { LiveRefresh } from "@/components/live/live-refresh";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("list"))("title") };
}

type SearchParams = Record<string, string | string[] | undefined>;

const PAGE_SIZE = 25;

export default async function RecommendationsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const raw = searchParamsToObject(await searchParams);
  const user = await requireUser(`/recommendations?${new URLSearchParams(raw as Record<string, string>).toString()}`);
  const mayCreate = authorize(
    { id: user.id, role: user.role, agencyId: user.agencyId },
    { action: "recommendation.create" },
  ).allowed;
  // An invalid parameter in a hand-edited link shows the unfiltered list rather than an error page.
  const parsed = recommendationListQuery.safeParse(raw);
  const query = parsed.success ? parsed.data : {};
  const db = await getDb();
  const [result, agencyRows] = await Promise.all([
    listRecommendations(db, { ...toListParams(query), pageSize: PAGE_SIZE }),
    listAgencies(db),
  ]);
  const [t, locale, format] = await Promise.all([getTranslations(), getLocale(), getFormatter()]);
  const pages = Math.max(1, Math.ceil(result.total / result.pageSize));
  const filtered = Boolean(
    query.q || query.status?.length || query.theme?.length || query.side?.length || query.agency?.length,
  );

  /** This view's filters with `changes` applied, as a link (the page number never carries over). */
  const viewHref = (path: string, changes: Record<string, string>) => {
    const params = new URLSearchParams();
    for (const [k, v] of Object.entries(raw)) for (const x of [v].flat()) if (k !== "page") params.append(k, x);
    for (const [k, v] of Object.entries(changes)) params.set(k, v);
    return `${path}?${params}`;
  };
  const exportHref = (format: "csv" | "xlsx") => viewHref("/api/v1/recommendations/export", { format });
  const pageHref = (page: number) => viewHref("/recommendations", { page: String(page) });

  return (
    <div className="space-y-5">
      <LiveRefresh />
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-2xl font-semibold">{t("list.title")}</h1>
        <div className="flex items-center gap-3">
          <p className="text-sm text-muted-foreground" aria-live="polite">
            {t("list.count", { total: result.total })}
          </p>
          <nav aria-label={t("list.export")} className="flex gap-1">
            <Button asChild size="sm" variant="outline">
              <a href={exportHref("csv")} download>
                {t("list.exportCsv")}
              </a>
            </Button>
            <Button asChild size="sm" variant="outline">
              <a href={exportHref("xlsx")} download>
                {t("list.exportXlsx")}
              </a>
            </Button>
          </nav>
          {mayCreate ? (
            <Button asChild size="sm">
              <Link href="/recommendations/new">{t("create.new")}</Link>
            </Button>
          ) : null}
        </div>
      </div>

      <form method="get" role="search" className="flex flex-wrap items-end gap-3 rounded-lg border bg-card p-4">
        <div className="min-w-56 flex-1 space-y-1.5">
          <Label htmlFor="q">{t("list.search")}</Label>
          <Input id="q" name="q" type="search" defaultValue={query.q ?? ""} placeholder={t("list.searchPlaceholder")} />
        </div>
        <FilterSelect
          id="status"
          label={t("list.status")}
          any={t("list.any")}
          value={query.status?.[0]}
          options={recommendationStatuses.map((s) => [s, t(`status.${s}`)])}
        />
        <FilterSelect
          id="theme"
          label={t("list.theme")}
          any={t("list.any")}
          value={query.theme?.[0]}
          options={themes.map((s) => [s, t(`themes.${s}`)])}
        />
        <FilterSelect
          id="side"
          label={t("list.side")}
          any={t("list.any")}
          value={query.side?.[0]}
          options={sides.map((s) => [s, t(`sides.${s}`)])}
        />
        <FilterSelect
          id="agency"
          label={t("list.agency")}
          any={t("list.any")}
          value={query.agency?.[0]}
          options={agencyRows.map((a) => [
            a.key,
            `${a.abbreviation} · ${localized({ en: a.nameEn, zhHans: a.nameZhHans, zhHant: a.nameZhHant }, locale)}`,
          ])}
        />
        <label className="flex h-9 items-center gap-2 text-sm">
          <input type="checkbox" name="archived" value="include" defaultChecked={query.archived === "include"} />
          {t("list.showArchived")}
        </label>
        <Button type="submit">{t("list.apply")}</Button>
        {filtered ? (
          <Button asChild variant="ghost">
            <Link href="/recommendations">{t("list.clear")}</Link>
          </Button>
        ) : null}
      </form>

      {result.items.length === 0 ? (
        <EmptyState title={t("list.empty")} hint={t("list.emptyHint")} />
      ) : (
        <div className="overflow-x-auto rounded-lg border">
          <table className="w-full text-sm">
            <thead className="bg-muted/60 text-left text-xs uppercase tracking-wide text-muted-foreground">
              <tr>
                <th scope="col" className="px-3 py-2">
                  {t("list.code")}
                </th>
                <th scope="col" className="px-3 py-2">
                  {t("list.titleColumn")}
                </th>
                <th scope="col" className="px-3 py-2">
                  {t("list.theme")}
                </th>
                <th scope="col" className="px-3 py-2">
                  {t("list.horizon")}
                </th>
                <th scope="col" className="px-3 py-2">
                  {t("list.status")}
                </th>
                <th scope="col" className="px-3 py-2">
                  {t("list.health")}
                </th>
                <th scope="col" className="px-3 py-2">
                  {t("list.leads")}
                </th>
                <th scope="col" className="px-3 py-2">
                  {t("list.updated")}
                </th>
              </tr>
            </thead>
            <tbody>
              {result.items.map((rec) => (
                <tr key={rec.id} className="border-t align-top hover:bg-muted/40">
                  <td className="whitespace-nowrap px-3 py-2 font-mono text-xs">{rec.code}</td>
                  <td className="px-3 py-2">
                    <Link
                      href={`/recommendations/${encodeURIComponent(rec.code)}`}
                      className="font-medium hover:underline"
                    >
                      {localized(rec.title, locale)}
                    </Link>
                    {rec.archivedAt ? (
                      <Badge tone="warn" className="ml-2">
                        {t("list.archived")}
                      </Badge>
                    ) : null}
                  </td>
                  <td className="px-3 py-2">{t(`themes.${rec.theme}` as "themes.innovation")}</td>
                  <td className="whitespace-nowrap px-3 py-2">{t(`horizon.${rec.horizon}`)}</td>
                  <td className="px-3 py-2">
                    <StatusBadge status={rec.status} />
                  </td>
                  <td className="px-3 py-2">
                    <HealthBadge health={rec.health} />
                  </td>
                  <td className="px-3 py-2">
                    <ul className="space-y-0.5">
                      {rec.owners
                        .filter((o) => o.role === "lead")
                        .map((o) => (
                          <li
                            key={o.agency.key}
                            className="flex items-center gap-1.5 whitespace-nowrap"
                            title={localized(o.agency.name, locale)}
                          >
                            <SideDot side={o.agency.side} /> {o.agency.abbreviation}
                          </li>
                        ))}
                    </ul>
                  </td>
                  <td className="whitespace-nowrap px-3 py-2 text-muted-foreground">
                    {format.dateTime(rec.updatedAt, { dateStyle: "medium" })}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      {pages > 1 ? (
        <nav aria-label={t("list.pagination")} className="flex items-center justify-between text-sm">
          <span>{t("list.pageOf", { page: result.page, pages })}</span>
          <span className="flex gap-2">
            {result.page > 1 ? (
              <Button asChild variant="outline" size="sm">
                <Link href={pageHref(result.page - 1)}>{t("list.previous")}</Link>
              </Button>
            ) : null}
            {result.page < pages ? (
              <Button asChild variant="outline" size="sm">
                <Link href={pageHref(result.page + 1)}>{t("list.next")}</Link>
              </Button>
            ) : null}
          </span>
        </nav>
      ) : null}
    </div>
  );
}

function FilterSelect({
  id,
  label,
  any,
  value,
  options,
}: {
  id: string;
  label: string;
  any: string;
  value?: string;
  options: [string, string][];
}) {
  return (
    <div className="space-y-1.5">
      <Label htmlFor={id}>{label}</Label>
      <select
        id={id}
        name={id}
        defaultValue={value ?? ""}
        className="h-9 max-w-60 rounded-md border border-input bg-background px-2 text-sm"
      >
        <option value="">{any}</option>
        {options.map(([v, l]) => (
          <option key={v} value={v}>
            {l}
          </option>
        ))}
      </select>
    </div>
  );
}
