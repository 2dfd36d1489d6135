import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { getDb } from "@/db";
import { listAgencies } from "@/db/queries/agencies";
import { actionFacetCounts, listActions, type ActionTableItem } from "@/db/queries/action-list";
import { listSavedViews } from "@/db/queries/views";
import { requireUser } from "@/lib/auth/session";
import { actionEditRights, actorOf, authorize, type Actor, type Say } from "@/lib/permissions";
import { localized, localizedString } from "@/lib/i18n/localized";
import type { ActionRow } from "@/lib/table/action-row";
import type { AgencyOption } from "@/lib/table/recommendation-row";
import { savedViewHref } from "@/lib/table/view";
import {
  actionListQuery,
  parseListLink,
  searchParamsToObject,
  toActionListParams,
} from "@/lib/validation/search-params";
import { ActionsTable, type ActionGroup } from "@/components/actions/table/actions-table";
import { LiveRefresh } from "@/components/live/live-refresh";
import { getSay } from "@/lib/i18n/say";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("allActions"))("title") };
}

type SearchParams = Record<string, string | string[] | undefined>;

/** What this person may change in a row, decided as on the recommendation page (the server checks again). */
function editRights(actor: Actor, item: ActionTableItem, say: Say): ActionRow["edit"] {
  const rights = actionEditRights(actor, item.facts, say);
  return { work: rights.edit, reassign: rights.reassign };
}

export default async function ActionsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const raw = searchParamsToObject(await searchParams);
  const here = `/actions?${new URLSearchParams(raw as Record<string, string>).toString()}`;
  const user = await requireUser(here);
  const actor = actorOf(user);
  const db = await getDb();
  const saved = await listSavedViews(db, user.id, "actions");

  // Opening the list with nothing in the URL opens the person's default view of it, if they chose one.
  if (Object.keys(raw).length === 0 && saved.defaultViewId) {
    const view = saved.views.find((v) => v.id === saved.defaultViewId);
    if (view) redirect(savedViewHref(view, "actions"));
  }

  // A hand-edited link with a bad value shows the view without that part, and says so.
  const say = await getSay();
  const { query, problems } = parseListLink(actionListQuery, raw, say);
  const params = toActionListParams(query);

  const [result, facets, agencyRows] = await Promise.all([
    listActions(db, params),
    actionFacetCounts(db, params),
    listAgencies(db),
  ]);
  const [t, locale] = await Promise.all([getTranslations(), getLocale()]);
  const share = authorize(actor, { action: "view.share" });

  const rows: ActionRow[] = result.items.map((item) => ({
    id: item.id,
    title: localized(item.titles, locale),
    code: item.recommendation.code,
    recommendationTitle: localized(item.recommendation.title, locale),
    archived: item.recommendation.archived,
    agency: {
      key: item.agency.key,
      abbreviation: item.agency.abbreviation,
      name: localizedString(item.agency.name, locale),
      side: item.agency.side,
    },
    assignee: item.assignee?.name ?? null,
    status: item.status,
    progress: item.progress,
    dueDate: item.dueDate,
    overdueBy: item.overdueBy,
    updatedAt: item.updatedAt.toISOString(),
    version: item.version,
    group: item.group,
    edit: editRights(actor, item, say),
  }));
  const groups: ActionGroup[] = result.groups.map((g) => ({
    key: g.key,
    label: `${g.label} · ${localizedString(g.names, locale)}`,
    count: g.count,
  }));
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
      <h1 className="text-2xl font-semibold">{t("allActions.title")}</h1>
      {problems.length ? (
        <p role="alert" className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm dark:bg-amber-950">
          {t("list.invalidLink", { problems: problems.join("; ") })}
        </p>
      ) : null}
      <ActionsTable
        rows={rows}
        groups={groups}
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
