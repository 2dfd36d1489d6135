/**
 * A notification as one sentence in the reader's language, the same for the bell, the list page
 * and mail ("HK ITIB's answer to 2026 Q4 progress report on SZHK-07 was returned: add the figures").
 * Built from the catalogs directly (not next-intl's request context) so mail, written outside any
 * request, says it the same way.
 */
import { createTranslator } from "next-intl";
import en from "@/messages/en.json";
import zhHans from "@/messages/zh-Hans.json";
import zhHant from "@/messages/zh-Hant.json";
import type { NotificationItem } from "@/db/queries/notifications";
import type { SupportedLocale } from "@/lib/i18n/config";
import { localized } from "@/lib/i18n/localized";

const catalogs = { en, "zh-Hans": zhHans, "zh-Hant": zhHant } as const;
type Translate = (key: string, values?: Record<string, string | number>) => string;

function translator(locale: SupportedLocale): Translate {
  return createTranslator({ locale, messages: catalogs[locale] as never }) as unknown as Translate;
}
const translators = new Map<SupportedLocale, Translate>();
export function notificationText(locale: SupportedLocale): Translate {
  let t = translators.get(locale);
  if (!t) translators.set(locale, (t = translator(locale)));
  return t;
}

/** A date (YYYY-MM-DD) the way the reader writes dates; days are UTC days throughout the app. */
export function formatDay(day: unknown, locale: SupportedLocale): string {
  if (typeof day !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(day)) return "";
  return new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: "UTC" }).format(new Date(`${day}T00:00:00Z`));
}

const str = (v: unknown) => (typeof v === "string" ? v : "");

export function describeNotification(n: NotificationItem, locale: SupportedLocale): string {
  const t = notificationText(locale);
  const s = (key: string, values: Record<string, string | number> = {}) => t(`notifications.sentences.${key}`, values);
  const actor = n.actorName ?? t("notifications.someone");
  const code = n.recommendationCode ?? "";
  const action = n.actionTitle ? localized(n.actionTitle, locale).text : "";
  const d = n.detail;
  const days = typeof d.days === "number" ? d.days : 0;
  const round = n.roundName ?? str(d.round);
  switch (n.reason) {
    case "action_assigned":
      return d.toAgency
        ? s("action_assigned_agency", { actor, action, code, agency: n.actionAgency ?? "" })
        : s("action_assigned", { actor, action, code });
    case "action_due_soon":
      return s("action_due_soon", { action, code, days });
    case "action_overdue":
      return s("action_overdue", { action, code, dueDate: formatDay(d.dueDate, locale) });
    case "round_opened":
      return s("round_opened", { actor, round, dueDate: formatDay(d.dueDate, locale) });
    case "round_due_soon":
      return s("round_due_soon", { round, days });
    case "answer_returned":
      return str(d.comment)
        ? s("answer_returned", { agency: str(d.agency), round, code, comment: str(d.comment) })
        : s("answer_returned_plain", { agency: str(d.agency), round, code });
    case "answer_submitted":
      return s("answer_submitted", { agency: str(d.agency), round, code });
    case "recommendation_changed":
      return s("recommendation_changed", { actor, code, changes: describeChanges(d.changes, t) });
    case "mentioned":
      return s("mentioned", { actor, code });
  }
}

/** "status from Accepted to In progress, health from On track to At risk". */
function describeChanges(changes: unknown, t: Translate): string {
  if (!Array.isArray(changes)) return "";
  return changes
    .map((c: { field?: string; from?: unknown; to?: unknown }) => {
      const field = c.field === "health" ? "health" : "status";
      const word = (v: unknown) => t(`${field}.${typeof v === "string" ? v : "none"}`);
      return t("notifications.sentences.change", {
        field: t(`notifications.sentences.${field}`),
        from: word(c.from),
        to: word(c.to),
      });
    })
    .join(t("server.list.comma"));
}
