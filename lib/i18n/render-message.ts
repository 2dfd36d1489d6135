/**
 * Renders server message descriptors (lib/i18n/server-message.ts) in one of the supported
 * languages from messages/*.json. Values that are words (fields, statuses, sides, nested messages,
 * lists) are rendered in the same language, so a sentence never mixes languages. A key a
 * translation lacks falls back to English rather than showing the key.
 */
import { createTranslator } from "next-intl";
import en from "@/messages/en.json";
import zhHans from "@/messages/zh-Hans.json";
import zhHant from "@/messages/zh-Hant.json";
import type { SupportedLocale } from "./config";
import type { Message, MessageValue } from "./server-message";

type Translate = ((key: string, values?: Record<string, string>) => string) & { has: (key: string) => boolean };

const catalogs: Record<SupportedLocale, object> = { en, "zh-Hans": zhHans, "zh-Hant": zhHant };
const translators = new Map<SupportedLocale, Translate>();

function translator(locale: SupportedLocale): Translate {
  let t = translators.get(locale);
  if (!t) {
    t = createTranslator({
      locale,
      messages: catalogs[locale] as never,
      // A missing key is handled by the caller (English instead); anything else is a bug in a catalog.
      onError: (error) => {
        if (error.code !== "MISSING_MESSAGE") console.error(`server message (${locale}):`, error.message);
      },
    }) as unknown as Translate;
    translators.set(locale, t);
  }
  return t;
}

/** The text of a catalog key in `locale`, or in English when that catalog lacks it. */
function text(locale: SupportedLocale, key: string, values?: Record<string, string>): string {
  const t = translator(locale);
  return (t.has(key) ? t : translator("en"))(key, values);
}

/** The key of a field id in `server.fieldNames` (dots would nest): "owners[].agency" → "owners_agency". */
export function fieldNameKey(field: string): string {
  return field.replace(/\[\]/g, "").replace(/\./g, "_");
}

function value(v: MessageValue, locale: SupportedLocale): string {
  if (typeof v === "string") return v;
  // Numbers as written, never grouped ("1000000000000000", not "1,000,000,000,000,000").
  if (typeof v === "number") return String(v);
  if ("field" in v) {
    const key = `server.fieldNames.${fieldNameKey(v.field)}`;
    return translator(locale).has(key) || translator("en").has(key) ? text(locale, key) : v.field;
  }
  if ("list" in v) {
    const items = v.list.map((item) => value(item, locale));
    if (v.join !== "and") return items.join(text(locale, `server.list.${v.join}`));
    if (items.length <= 1) return items[0] ?? "";
    return text(locale, "server.list.and", {
      init: items.slice(0, -1).join(text(locale, "server.list.comma")),
      last: items.at(-1)!,
    });
  }
  return renderMessage(v, locale);
}

/** The descriptor as a sentence in `locale`. */
export function renderMessage(message: Message, locale: SupportedLocale): string {
  const values = message.values
    ? Object.fromEntries(Object.entries(message.values).map(([k, v]) => [k, value(v, locale)]))
    : undefined;
  return text(locale, `server.${message.key}`, values);
}

/** The English rendering: what `Error.message` and logs hold. */
export const english = (message: Message) => renderMessage(message, "en");
