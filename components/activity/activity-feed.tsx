import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { historySourceTone, type Translate } from "@/components/recommendations/history-labels";
import type { ActivityFeedEntry } from "@/db/queries/activity-feed";
import { activityItemHref, describeActivity, WORKSPACE_TIME_ZONE } from "@/components/activity/present";
import { activityHref } from "@/lib/activity/url-state";
import { localizedString } from "@/lib/i18n/localized";

/** The workspace day an entry falls on (YYYY-MM-DD), in the time zone every page shows times in. */
const dayKey = new Intl.DateTimeFormat("en-CA", {
  timeZone: WORKSPACE_TIME_ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

/**
 * The changes as a feed: one section per day, newest first, each entry saying who (and their
 * agency), what, from → to, why and when, linked to its item. Entries above `markerId` are new since
 * the reader's last visit; a divider marks where they end.
 */
export async function ActivityFeed({ entries, markerId }: { entries: ActivityFeedEntry[]; markerId: number }) {
  const [t, all, format, locale] = await Promise.all([
    getTranslations("activity"),
    getTranslations(),
    getFormatter(),
    getLocale(),
  ]);
  const days: { key: string; entries: ActivityFeedEntry[] }[] = [];
  for (const e of entries) {
    const key = dayKey.format(e.at);
    const last = days.at(-1);
    if (last?.key === key) last.entries.push(e);
    else days.push({ key, entries: [e] });
  }
  const isNew = (e: ActivityFeedEntry) => markerId > 0 && e.id > markerId;
  // The divider goes where new entries give way to seen ones, on the page where that happens.
  const firstSeen = entries.findIndex((e, i) => i > 0 && isNew(entries[i - 1]!) && !isNew(e));
  const dividerBefore = firstSeen > 0 ? entries[firstSeen]!.id : null;

  return (
    <div className="space-y-6">
      {days.map((day) => (
        <section key={day.key} aria-labelledby={`day-${day.key}`}>
          <h2 id={`day-${day.key}`} className="mb-2 text-sm font-semibold text-muted-foreground">
            {format.dateTime(new Date(`${day.key}T12:00:00+08:00`), { dateStyle: "full" })}
          </h2>
          <ol className="divide-y rounded-lg border">
            {day.entries.map((e) => {
              const href = activityItemHref(e.item);
              return (
                <li key={e.id} className="min-w-0" data-entry-id={e.id} data-testid="activity-entry">
                  {dividerBefore === e.id ? (
                    <p
                      data-testid="new-since-divider"
                      className="flex items-center gap-2 border-b-2 border-primary px-3 py-1 text-xs font-semibold text-primary"
                    >
                      {t("newSince")}
                    </p>
                  ) : null}
                  <article className="space-y-1 break-words px-3 py-2 text-sm" aria-labelledby={`entry-${e.id}`}>
                    <p className="flex flex-wrap items-center gap-x-2 gap-y-1">
                      {isNew(e) ? <Badge tone="good">{t("newBadge")}</Badge> : null}
                      {e.actor.id ? (
                        <Link
                          href={activityHref({ person: e.actor.id })}
                          className="font-medium underline-offset-2 hover:underline"
                          data-testid="entry-actor"
                        >
                          {e.actor.name}
                        </Link>
                      ) : (
                        <span className="font-medium" data-testid="entry-actor">
                          {e.actor.name}
                        </span>
                      )}
                      {e.actor.agency ? (
                        <span className="text-xs text-muted-foreground" data-testid="entry-agency">
                          {e.actor.agency}
                        </span>
                      ) : null}
                      <Badge tone={historySourceTone[e.source]}>{all(`history.source.${e.source}`)}</Badge>
                      <time dateTime={e.at.toISOString()} className="text-xs text-muted-foreground">
                        {format.dateTime(e.at, { timeStyle: "short" })}
                      </time>
                    </p>
                    <p id={`entry-${e.id}`}>{describeActivity(e, locale, all as unknown as Translate, format)}</p>
                    {e.reason ? (
                      <p className="text-xs text-muted-foreground">{all("history.reason", { reason: e.reason })}</p>
                    ) : null}
                    {href ? (
                      <p className="text-xs">
                        <Link href={href} className="text-primary underline underline-offset-2">
                          {e.item?.type === "recommendation"
                            ? `${e.item.code} · ${localizedString(e.item.titles, locale)}`
                            : e.item?.type === "round"
                              ? t("round", { name: e.item.name })
                              : t("security")}
                        </Link>
                      </p>
                    ) : null}
                  </article>
                </li>
              );
            })}
          </ol>
        </section>
      ))}
    </div>
  );
}
