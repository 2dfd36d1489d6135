import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { getDb } from "@/db";
import { listActivityFeed, listFeedPeople, openActivityVisit } from "@/db/queries/activity-feed";
import { listCurrentAgencies } from "@/db/queries/agencies";
import { ActivityFeed } from "@/components/activity/activity-feed";
import { ActivityFilters } from "@/components/activity/activity-filters";
import { EmptyState } from "@/components/ui/empty-state";
import { buttonVariants } from "@/components/ui/button";
import { activityHref } from "@/lib/activity/url-state";
import { requireUser } from "@/lib/auth/session";
import { renderFieldMessages } from "@/lib/errors";
import { matchLocale } from "@/lib/i18n/config";
import { localizedString } from "@/lib/i18n/localized";
import { actorOf } from "@/lib/permissions";
import { activityQuery, activityQueryInput } from "@/lib/validation/activity";
import { zodFieldMessages } from "@/lib/validation/search-params";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("activity"))("title") };
}

type SearchParams = Record<string, string | string[] | undefined>;

/** Every change across the workspace the reader may see, filterable, newest first, 50 at a time. */
export default async function ActivityPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const input = activityQueryInput(await searchParams);
  const query = new URLSearchParams(input).toString();
  const user = await requireUser(query ? `/activity?${query}` : "/activity");
  const actor = actorOf(user);
  const db = await getDb();
  const [t, locale] = [await getTranslations("activity"), matchLocale(await getLocale())];
  const [people, agencyRows] = await Promise.all([listFeedPeople(db), listCurrentAgencies(db)]);
  const filters = (
    <ActivityFilters
      key={query}
      people={people.map((p) => ({
        value: p.id,
        label: p.agency ? t("byAgency", p as { name: string; agency: string }) : p.name,
      }))}
      agencies={agencyRows.map((a) => ({
        value: a.key,
        label: `${a.abbreviation} · ${localizedString({ en: a.nameEn, zhHans: a.nameZhHans, zhHant: a.nameZhHant }, locale)}`,
      }))}
    />
  );
  const header = (
    <div className="space-y-1">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="text-sm text-muted-foreground">{t("intro")}</p>
    </div>
  );

  const parsed = activityQuery.safeParse(input);
  if (!parsed.success) {
    const details = Object.values(renderFieldMessages(zodFieldMessages(parsed.error), locale))
      .flat()
      .join(" ");
    return (
      <div className="mx-auto max-w-3xl space-y-4">
        {header}
        {filters}
        <div role="alert" className="rounded-lg border border-destructive/40 p-4 text-sm">
          <p>{t("invalid", { details })}</p>
          <Link href="/activity" className="mt-2 inline-block underline underline-offset-2">
            {t("clear")}
          </Link>
        </div>
      </div>
    );
  }

  const params = parsed.data;
  const page = await listActivityFeed(db, actor, params);
  const markerId = await openActivityVisit(db, user.id, params.before ? 0 : (page.entries[0]?.id ?? 0));
  const filtered = Object.keys(input).some((k) => k !== "before");
  const { before: _before, ...kept } = params;
  void _before;

  return (
    <div className="mx-auto max-w-3xl space-y-4">
      {header}
      {filters}
      {page.entries.length ? (
        <ActivityFeed entries={page.entries} markerId={markerId} />
      ) : filtered || params.before ? (
        <EmptyState title={t("empty")} hint={t("emptyHint")} data-testid="activity-empty" />
      ) : (
        <EmptyState title={t("nothingYet")} data-testid="activity-empty" />
      )}
      {page.nextBefore !== null || params.before ? (
        <nav aria-label={t("pages")} className="flex flex-wrap gap-2">
          {params.before ? (
            <Link href={activityHref(kept)} className={buttonVariants({ variant: "outline", size: "sm" })}>
              {t("newest")}
            </Link>
          ) : null}
          {page.nextBefore !== null ? (
            <Link
              href={activityHref({ ...kept, before: page.nextBefore })}
              className={buttonVariants({ variant: "outline", size: "sm" })}
              rel="next"
            >
              {t("older")}
            </Link>
          ) : null}
        </nav>
      ) : null}
    </div>
  );
}
