export interface LocalizedText {
  en: string;
  zhHans: string;
  zhHant: string;
}

/** Picks the text in the reader's language; data always exists in all three. */
export function localized(text: LocalizedText, locale: string): string {
  if (locale === "zh-Hans") return text.zhHans;
  if (locale === "zh-Hant") return text.zhHant;
  return text.en;
}
