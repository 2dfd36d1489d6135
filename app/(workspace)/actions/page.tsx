import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { getDatabaseHandle } from "@/db";
import { listAgencies } from "@/db/queries/agencies";
import { listSavedViews } from "@/db/queries/views";
import { requireUser } from "@/lib/auth/session";
import { matchLocale } from "@/lib/i18n/config";
import { localizedString } from "@/lib/i18n/localized";
import { renderMessage } from "@/lib/i18n/render-message";
import { actorOf, authorize, type Say } from "@/lib/permissions";
import type { AgencyOption } from "@/lib/table/recommendation-row";
import { actionTableData } from "@/lib/table/table-data";
import { savedViewHref } from "@/lib/table/view";
import { searchParamsToObject } from "@/lib/validation/search-params";
import { ActionsTable } from "@/components/actions/table/actions-table";
import { LiveRefresh } from "@/components/live/live-refresh";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("allActions"))("title") };
}

type SearchParams = Record<string, string | string[] | undefined>;

export default async function ActionsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const raw = searchParamsToObject(await searchParams);
  const here = `/actions?${new URLSearchParams(raw as Record<string, string>).toString()}`;
  const user = await requireUser(here);
  const actor = actorOf(user);
  const handle = await getDatabaseHandle();
  const db = handle.db;

  // Opening the list with nothing in the URL opens the person's default view of it, if they chose one.
  // Only then does the saved-view list decide what to read; otherwise everything is read at once.
  const opensDefault = Object.keys(raw).length === 0;
  const savedFirst = opensDefault ? await listSavedViews(db, user.id, "actions") : null;
  if (savedFirst?.defaultViewId) {
    const view = savedFirst.views.find((v) => v.id === savedFirst.defaultViewId);
    if (view) redirect(savedViewHref(view, "actions"));
  }
  const locale = matchLocale(await getLocale());
  const [saved, data, agencyRows, t] = await Promise.all([
    savedFirst ?? listSavedViews(db, user.id, "actions"),
    actionTableData(handle, actor, raw, locale),
    listAgencies(db),
    getTranslations(),
  ]);
  const say = (message: Parameters<Say>[0]) => renderMessage(message, locale);
  const share = authorize(actor, { action: "view.share" });
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
      <ActionsTable
        data={data}
        agencies={agencies}
        views={saved.views}
        defaultViewId={saved.defaultViewId}
        shareRefusal={share.allowed ? null : say(share.reason)}
      />
    </div>
  );
}
