/** Languages the interface is offered in. Data (titles, agency names) always exists in all three. */
export const supportedLocales = ["en"] as const;
export type SupportedLocale = (typeof supportedLocales)[number];
export const defaultLocale: SupportedLocale = "en";
export const localeCookie = "NEXT_LOCALE";

/** Picks the first supported language from a cookie value or an Accept-Language header. */
export function matchLocale(...candidates: (string | null | undefined)[]): SupportedLocale {
  for (const candidate of candidates) {
    if (!candidate) continue;
    for (const part of candidate.split(",")) {
      const tag = part.split(";")[0]!.trim().toLowerCase();
      const hit = supportedLocales.find((l) => l.toLowerCase() === tag || tag.startsWith(`${l.toLowerCase()}-`));
      if (hit) return hit;
    }
  }
  return defaultLocale;
}
