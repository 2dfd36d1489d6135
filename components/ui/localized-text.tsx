import type { ElementType } from "react";
import { useLocale, useTranslations } from "next-intl";
import type { SupportedLocale } from "@/lib/i18n/config";
import { localized, localizedOptional, type Localized, type LocalizedText as Texts } from "@/lib/i18n/localized";
import { cn } from "@/lib/utils";

/** The catalog key of each language under `content.languages` and `content.badge`. */
export const languageKey = { en: "en", "zh-Hans": "zhHans", "zh-Hant": "zhHant" } as const satisfies Record<
  SupportedLocale,
  string
>;

/**
 * A small "English" / "简体" mark beside a text shown in another language than the reader's, with
 * the full sentence for screen readers and as a tooltip. It is in the reader's language, so it
 * carries their `lang`, not the text's.
 */
export function FallbackMark({ value, className }: { value: Localized; className?: string }) {
  const t = useTranslations("content");
  const label = t("fallback", {
    shown: t(`languages.${languageKey[value.lang]}`),
    wanted: t(`languages.${languageKey[value.wanted]}`),
  });
  return (
    <span
      lang={value.wanted}
      title={label}
      data-fallback={value.lang}
      className={cn(
        "ml-1.5 inline-flex items-center rounded border border-dashed border-muted-foreground/60 px-1 align-middle text-[0.7rem] font-normal leading-4 text-muted-foreground",
        className,
      )}
    >
      <span aria-hidden>{t(`badge.${languageKey[value.lang]}`)}</span>
      <span className="sr-only">{label}</span>
    </span>
  );
}

/**
 * Content in the language `localized` found it in: the element says its language (`lang`), so
 * screen readers pronounce it and browsers pick the right glyphs, and a fallback is marked.
 */
export function LocalizedText({
  value,
  as: Tag = "span",
  className,
  id,
  markFirst = false,
}: {
  value: Localized;
  as?: ElementType;
  className?: string;
  id?: string;
  /** The mark before the text: where a long text is cut short (a table cell), the mark stays in view. */
  markFirst?: boolean;
}) {
  const mark = value.fallback ? <FallbackMark value={value} className={markFirst ? "ml-0 mr-1.5" : undefined} /> : null;
  return (
    <Tag id={id} className={className}>
      {markFirst ? mark : null}
      <span lang={value.lang}>{value.text}</span>
      {markFirst ? null : mark}
    </Tag>
  );
}

/** `localized` in the reader's language, for a component that holds a text in all three. */
export function useLocalized() {
  const locale = useLocale();
  return {
    text: (texts: Texts) => localized(texts, locale),
    optional: (texts: Texts) => localizedOptional(texts, locale),
  };
}
