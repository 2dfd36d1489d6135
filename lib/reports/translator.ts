/**
 * The report's words in the report's language (the requester's when they asked), whoever reads or
 * prints it: the snapshot's sentences, the printable page, the XLSX headers. The `reports`
 * namespace of messages/*.json, with the status, health and side names it uses.
 */
import { createTranslator } from "next-intl";
import en from "@/messages/en.json";
import zhHans from "@/messages/zh-Hans.json";
import zhHant from "@/messages/zh-Hant.json";
import type { SupportedLocale } from "@/lib/i18n/config";

const catalogs = { en, "zh-Hans": zhHans, "zh-Hant": zhHant } as const;

export type ReportTranslate = (key: string, values?: Record<string, string | number | Date>) => string;

const cache = new Map<string, ReportTranslate>();

/**
 * A translator of `namespace` in `locale` (named like next-intl's factories, so tests/unit/catalogs.test.ts
 * sees which keys are used).
 */
export function reportTranslator(namespace: string, locale: SupportedLocale): ReportTranslate {
  const key = `${locale}:${namespace}`;
  let t = cache.get(key);
  if (!t) {
    t = createTranslator({
      locale,
      messages: catalogs[locale] as never,
      namespace: namespace as never,
      timeZone: "Asia/Hong_Kong",
    }) as unknown as ReportTranslate;
    cache.set(key, t);
  }
  return t;
}

/** The catalog of a locale, for the printable page's client parts. */
export const reportMessages = (locale: SupportedLocale) => catalogs[locale];
