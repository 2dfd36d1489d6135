"use client";
import { useLocale, useTranslations } from "next-intl";
import { localeNames, supportedLocales, type SupportedLocale } from "@/lib/i18n/config";
import { useChooseLanguage } from "./use-choose-language";

/** The sign-in page's languages: each named in itself, the current one marked. */
export function LanguageSwitcher() {
  const t = useTranslations("language");
  const current = useLocale();
  const { choose, pending, error } = useChooseLanguage();
  return (
    <nav aria-label={t("label")} className="mt-6 flex flex-wrap items-center justify-center gap-x-1 text-sm">
      {supportedLocales.map((locale: SupportedLocale) => (
        <button
          key={locale}
          type="button"
          lang={locale}
          aria-current={locale === current ? "true" : undefined}
          disabled={pending}
          onClick={() => choose(locale)}
          className="rounded px-2 py-1 text-muted-foreground underline-offset-4 hover:underline focus-visible:outline-2 focus-visible:outline-ring aria-[current]:font-semibold aria-[current]:text-foreground"
        >
          {localeNames[locale]}
        </button>
      ))}
      {error ? (
        <p role="alert" className="w-full text-center text-destructive">
          {error}
        </p>
      ) : null}
    </nav>
  );
}
