import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { getDatabaseHandle } from "@/db";
import { listAgencies } from "@/db/queries/agencies";
import { facetCountsCached, listRecommendationsCached, type ListItem } from "@/db/queries/recommendation-list";
import { listSavedViews } from "@/db/queries/views";
import { requireUser } from "@/lib/auth/session";
import { getSay } from "@/lib/i18n/say";
import { actorOf, authorize, factsOf, recommendationEditRights, type Actor, type Say } from "@/lib/permissions";
import { localized, localizedString } from "@/lib/i18n/localized";
import type { AgencyOption, TableRow } from "@/lib/table/recommendation-row";
import { savedViewHref } from "@/lib/table/recommendation-view";
import {
  recommendationListQuery,
  parseListLink,
  searchParamsToObject,
  toListParams,
} from "@/lib/validation/search-params";
import { LiveRefresh } from "@/components/live/live-refresh";
import { RecommendationsTable } from "@/components/recommendations/table/recommendations-table";
import { Button } from "@/components/ui/button";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("list"))("title") };
}

type SearchParams = Record<string, string | string[] | undefined>;

/** What this person may change in a row, decided as on the detail page (the server checks again). */
function editRights(actor: Actor, item: ListItem, say: Say): TableRow["edit"] {
  const { statuses, health, priority, lead } = recommendationEditRights(actor, factsOf(item), item.status, say);
  return { statuses, health, priority, lead };
}

export default async function RecommendationsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const raw = searchParamsToObject(await searchParams);
  const here = `/recommendations?${new URLSearchParams(raw as Record<string, string>).toString()}`;
  const user = await requireUser(here);
  const actor = actorOf(user);
  const handle = await getDatabaseHandle();
  const db = handle.db;
  const saved = await listSavedViews(db, user.id);

  // Opening the list with nothing in the URL opens the person's default view, if they chose one.
  if (Object.keys(raw).length === 0 && saved.defaultViewId) {
    const view = saved.views.find((v) => v.id === saved.defaultViewId);
    if (view) redirect(savedViewHref(view));
  }

  // A hand-edited link with a bad value shows the view without that part, and says so.
  const say = await getSay();
  const { query, problems } = parseListLink(recommendationListQuery, raw, say);
  const params = toListParams(query);

  const [result, facets, agencyRows] = await Promise.all([
    listRecommendationsCached(handle, params),
    facetCountsCached(handle, params),
    listAgencies(db),
  ]);
  const [t, locale] = await Promise.all([getTranslations(), getLocale()]);
  const mayCreate = authorize(actor, { action: "recommendation.create" }).allowed;
  const share = authorize(actor, { action: "view.share" });

  const chip = (a: ListItem["owners"][number]["agency"]) => ({
    key: a.key,
    abbreviation: a.abbreviation,
    name: localizedString(a.name, locale),
  });
  const rows: TableRow[] = result.items.map((item) => {
    const leads = (side: string) =>
      item.owners.filter((o) => o.role === "lead" && o.agency.side === side).map((o) => chip(o.agency));
    return {
      id: `${item.group ?? ""}:${item.code}`,
      code: item.code,
      title: localized(item.title, locale),
      archived: item.archivedAt !== null,
      theme: item.theme,
      horizon: item.horizon,
      priority: item.priority,
      status: item.status,
      health: item.health,
      leads: { shenzhen: leads("shenzhen"), hong_kong: leads("hong_kong") },
      progress: item.progress,
      nextDue: item.nextDue,
      overdueCount: item.overdueCount,
      targetDate: item.targetDate,
      updatedAt: item.updatedAt.toISOString(),
      version: item.version,
      group: item.group,
      edit: editRights(actor, item, say),
    };
  });
  const agencies: AgencyOption[] = agencyRows
    .filter((a) => a.mergedIntoId === null)
    .map((a) => ({
      key: a.key,
      abbreviation: a.abbreviation,
      name: localizedString({ en: a.nameEn, zhHans: a.nameZhHans, zhHant: a.nameZhHant }, locale),
      side: a.side,
    }));

  return (
    <div className="space-y-4">
      <LiveRefresh renderedAt={new Date().toISOString()} />
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-2xl font-semibold">{t("list.title")}</h1>
        {mayCreate ? (
          <Button asChild size="sm">
            <Link href="/recommendations/new">{t("create.new")}</Link>
          </Button>
        ) : null}
      </div>
      {problems.length ? (
        <p role="alert" className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm dark:bg-amber-950">
          {t("list.invalidLink", { problems: problems.join("; ") })}
        </p>
      ) : null}
      <RecommendationsTable
        rows={rows}
        groups={result.groups}
        facets={facets}
        agencies={agencies}
        total={result.total}
        rowTotal={result.rowTotal}
        views={saved.views}
        defaultViewId={saved.defaultViewId}
        shareRefusal={share.allowed ? null : say(share.reason)}
      />
    </div>
  );
}
