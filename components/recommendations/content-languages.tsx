"use client";
import { createContext, useContext, useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { localeNames, supportedLocales, type SupportedLocale } from "@/lib/i18n/config";
import { languagesOf, localized, versionIn, type LocalizedText as Texts } from "@/lib/i18n/localized";
import { LocalizedText } from "@/components/ui/localized-text";
import { cn } from "@/lib/utils";

/** The language a recommendation's title and summary are read in on its page: the reader's, until they pick another. */
const Shown = createContext<{ lang: SupportedLocale | null; pick: (lang: SupportedLocale) => void }>({
  lang: null,
  pick: () => {},
});

export function ContentLanguageProvider({ children }: { children: React.ReactNode }) {
  const [lang, pick] = useState<SupportedLocale | null>(null);
  return <Shown.Provider value={{ lang, pick }}>{children}</Shown.Provider>;
}

/**
 * The title or summary in the language picked with the toggle, or (before anyone picks) in the
 * reader's language with its fallback marked.
 */
export function ShownText({
  texts,
  as,
  className,
  id,
}: {
  texts: Texts;
  as?: "h1" | "p";
  className?: string;
  id?: string;
}) {
  const { lang } = useContext(Shown);
  const reader = useLocale();
  const value =
    lang && versionIn(texts, lang)
      ? { text: versionIn(texts, lang), lang, wanted: lang, fallback: false }
      : localized(texts, reader);
  return <LocalizedText as={as} className={className} id={id} value={value} />;
}

/**
 * The other languages one click away: a row of buttons, one per language the title exists in, the
 * one shown pressed. Each language is named in itself, as a reader of it looks for it.
 */
export function ContentLanguageToggle({ title, summary }: { title: Texts; summary: Texts }) {
  const t = useTranslations("content");
  const reader = useLocale();
  const { lang, pick } = useContext(Shown);
  const available = new Set([...languagesOf(title), ...languagesOf(summary)]);
  const current = lang ?? localized(title, reader).lang;
  if (available.size < 2) return null;
  return (
    <div role="group" aria-label={t("readIn")} className="flex flex-wrap items-center gap-2 text-sm">
      <span aria-hidden className="text-muted-foreground">
        {t("readIn")}
      </span>
      <span className="inline-flex flex-wrap rounded-md border p-0.5">
        {supportedLocales
          .filter((l) => available.has(l))
          .map((l) => (
            <button
              key={l}
              type="button"
              lang={l}
              aria-pressed={current === l}
              onClick={() => pick(l)}
              className={cn(
                "rounded px-2.5 py-1 text-sm focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring",
                current === l
                  ? "bg-primary font-medium text-primary-foreground"
                  : "text-muted-foreground hover:bg-accent hover:text-foreground",
              )}
            >
              {localeNames[l]}
            </button>
          ))}
      </span>
    </div>
  );
}
