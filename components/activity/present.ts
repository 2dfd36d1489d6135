/**
 * An activity feed entry as the API answers it and the page links it: its sentence in the reader's
 * language (the same words the recommendation timeline uses, components/recommendations/history-labels.ts)
 * and the path of the item it changed.
 */
import { createFormatter } from "next-intl";
import type { ActivityFeedEntry, FeedItem } from "@/db/queries/activity-feed";
import {
  describeHistoryEntry,
  namedEntry,
  type Format,
  type Translate,
} from "@/components/recommendations/history-labels";
import type { SupportedLocale } from "@/lib/i18n/config";
import { localizedString } from "@/lib/i18n/localized";
import { notificationText } from "@/lib/notifications/describe";

/** The time zone every page renders times in (lib/i18n/request.ts). */
export const WORKSPACE_TIME_ZONE = "Asia/Hong_Kong";

/** Where an entry's item is shown: the recommendation's page, the round's, or the security log. */
export function activityItemHref(item: FeedItem): string | null {
  if (!item) return null;
  switch (item.type) {
    case "recommendation":
      return `/recommendations/${encodeURIComponent(item.code)}`;
    case "round":
      return `/rounds/${item.id}`;
    case "security":
      return "/admin/activity";
  }
}

export function describeActivity(e: ActivityFeedEntry, locale: string, t: Translate, format: Format): string {
  return describeHistoryEntry(namedEntry(e, locale), t, format);
}

export function presentActivityEntry(e: ActivityFeedEntry, locale: SupportedLocale) {
  const format = createFormatter({ locale, timeZone: WORKSPACE_TIME_ZONE });
  const item = e.item;
  return {
    id: e.id,
    at: e.at.toISOString(),
    entityType: e.entityType,
    kind: e.kind,
    source: e.source,
    message: describeActivity(e, locale, notificationText(locale) as Translate, format),
    field: e.field,
    from: e.from,
    to: e.to,
    reason: e.reason,
    actor: e.actor,
    item:
      item?.type === "recommendation"
        ? { type: item.type, code: item.code, title: localizedString(item.titles, locale), titles: item.titles }
        : item,
    href: activityItemHref(item),
  };
}
