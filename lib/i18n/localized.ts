import { defaultLocale, isSupportedLocale, type SupportedLocale } from "./config";

/** A text in the three languages content is stored in; "" (or null, for optional texts) is a translation not written yet. */
export interface LocalizedText {
  en: string | null;
  zhHans: string | null;
  zhHant: string | null;
}

/** What `localized` found: the text, the language it is in, and whether that is not the language asked for. */
export interface Localized {
  text: string;
  /** The language of `text`, as a BCP 47 tag for the `lang` attribute. */
  lang: SupportedLocale;
  /** The reader's language, which `text` is not in when `fallback` is true. */
  wanted: SupportedLocale;
  fallback: boolean;
}

const fieldOf = { en: "en", "zh-Hans": "zhHans", "zh-Hant": "zhHant" } as const satisfies Record<
  SupportedLocale,
  keyof LocalizedText
>;

/**
 * The order in which languages stand in for a missing translation. A Chinese reader gets the other
 * Chinese script before English: it is readable to nearly everyone who reads either. An English
 * reader gets Simplified before Traditional: most content is written first on the Shenzhen side, so
 * Simplified is the likelier original, and a reader who uses a translation tool does better from it.
 */
export const fallbackOrder: Record<SupportedLocale, readonly SupportedLocale[]> = {
  en: ["en", "zh-Hans", "zh-Hant"],
  "zh-Hans": ["zh-Hans", "zh-Hant", "en"],
  "zh-Hant": ["zh-Hant", "zh-Hans", "en"],
};

/** The languages a text exists in (a blank text does not count), in the order of `fallbackOrder.en`. */
export function languagesOf(text: LocalizedText): SupportedLocale[] {
  return fallbackOrder.en.filter((l) => Boolean(text[fieldOf[l]]?.trim()));
}

/** One language's version of a text ("" when that translation is not written). */
export function versionIn(text: LocalizedText, lang: SupportedLocale): string {
  return text[fieldOf[lang]]?.trim() ? text[fieldOf[lang]]! : "";
}

/**
 * The text in the reader's language, or else in the first language of `fallbackOrder` it exists in,
 * saying which. A text in no language at all answers "" in the reader's language, not a fallback.
 */
export function localized(text: LocalizedText, locale: string): Localized {
  const wanted = isSupportedLocale(locale) ? locale : defaultLocale;
  for (const lang of fallbackOrder[wanted]) {
    const value = text[fieldOf[lang]];
    if (value?.trim()) return { text: value, lang, wanted, fallback: lang !== wanted };
  }
  return { text: "", lang: wanted, wanted, fallback: false };
}

/** The text alone, for places that cannot mark a language (an option of a list box, a file name, an export cell). */
export function localizedString(text: LocalizedText, locale: string): string {
  return localized(text, locale).text;
}

/** `localized` for an optional text (a description): null when it exists in no language. */
export function localizedOptional(text: LocalizedText, locale: string): Localized | null {
  const found = localized(text, locale);
  return found.text ? found : null;
}
