import { locales } from "@/db/schema/enums";

/** Languages the interface is offered in, as BCP 47 tags; the same three the content is stored in. */
export const supportedLocales = locales;
export type SupportedLocale = (typeof supportedLocales)[number];
export const defaultLocale: SupportedLocale = "en";
/** The language chosen before signing in (and the last one chosen on this browser). */
export const localeCookie = "NEXT_LOCALE";

/** Each language's name in itself, as a switcher lists them. */
export const localeNames: Record<SupportedLocale, string> = {
  en: "English",
  "zh-Hans": "简体中文",
  "zh-Hant": "繁體中文",
};

export function isSupportedLocale(value: unknown): value is SupportedLocale {
  return typeof value === "string" && (supportedLocales as readonly string[]).includes(value);
}

/** Regions that write Traditional Chinese when a tag names no script. */
const traditionalRegions = new Set(["hk", "tw", "mo"]);

/** The supported language for one language tag, or null: zh-HK → zh-Hant, zh-CN → zh-Hans, en-GB → en. */
export function localeForTag(tag: string): SupportedLocale | null {
  const [language, ...rest] = tag.trim().toLowerCase().split(/[-_]/);
  if (language === "en") return "en";
  if (language !== "zh") return null;
  if (rest.includes("hant")) return "zh-Hant";
  if (rest.includes("hans")) return "zh-Hans";
  return rest.some((r) => traditionalRegions.has(r)) ? "zh-Hant" : "zh-Hans";
}

/**
 * The first supported language among candidates, each a stored choice, a cookie value or an
 * Accept-Language header (whose entries are taken in order of their q weights).
 */
export function matchLocale(...candidates: (string | null | undefined)[]): SupportedLocale {
  for (const candidate of candidates) {
    if (!candidate) continue;
    const tags = candidate
      .split(",")
      .map((part, index) => {
        const [tag, ...params] = part.split(";");
        const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find(Boolean);
        return { tag: tag!.trim(), weight: q === undefined ? 1 : Number(q), index };
      })
      .filter((t) => t.tag && t.tag !== "*" && t.weight > 0)
      .sort((a, b) => b.weight - a.weight || a.index - b.index);
    for (const { tag } of tags) {
      const hit = localeForTag(tag);
      if (hit) return hit;
    }
  }
  return defaultLocale;
}
