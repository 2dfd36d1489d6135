"use client";
/**
 * Fields written in the three content languages (a title, a description), the reader's language
 * first. When someone types Chinese in one script, the other script is offered as a suggestion
 * they can take (it fills the other field, which stays editable); nothing is filled without their
 * say, and English is never generated.
 */
import { useEffect, useId, useRef, useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { ChevronDown, Languages } from "lucide-react";
import { Button } from "@/components/ui/button";
import { TextAreaField, TextField } from "@/components/forms/form-parts";
import { defaultLocale, isSupportedLocale, type SupportedLocale } from "@/lib/i18n/config";
import { converterFrom, hasHan, otherScript, type ChineseScript } from "@/lib/i18n/script-conversion";
import { cn } from "@/lib/utils";

export type ContentLang = "en" | ChineseScript;
export type Texts = Record<ContentLang, string>;

const langOf: Record<SupportedLocale, ContentLang> = { en: "en", "zh-Hans": "zhHans", "zh-Hant": "zhHant" };
const tagOf: Record<ContentLang, SupportedLocale> = { en: "en", zhHans: "zh-Hans", zhHant: "zh-Hant" };
const order: ContentLang[] = ["en", "zhHans", "zhHant"];

export const emptyTexts = (): Texts => ({ en: "", zhHans: "", zhHant: "" });

/** The input field an action's text in one language is sent as: title, titleZhHans, description, descriptionZhHant… */
export const actionTextKey = (field: string, lang: ContentLang) =>
  lang === "en" ? field : `${field}${lang === "zhHans" ? "ZhHans" : "ZhHant"}`;

export interface TranslatedField {
  name: string;
  /** The field's name without a language ("Title"); each input's label adds the language. */
  label: string;
  maxLength: number;
  /** Labels of its own per language, instead of "Title (English)" made from `label`. */
  labels?: Record<ContentLang, string>;
  required?: boolean;
  /** A text area of this many rows; a one-line input when left out. */
  rows?: number;
  autoFocus?: boolean;
}

/** The conversion offered for one field: `text`, in `to`, from what was typed in the other script. */
type Suggestion = { to: ChineseScript; text: string };

/** The other script of what was last typed in a Chinese field, worked out a moment after typing stops. */
function useSuggestion(values: Texts, source: ChineseScript | null): Suggestion | null {
  const [found, setFound] = useState<(Suggestion & { from: string }) | null>(null);
  const typed = source ? values[source] : "";
  useEffect(() => {
    if (!source || !hasHan(typed)) return;
    let live = true;
    const timer = setTimeout(async () => {
      const convert = await converterFrom(source);
      if (live) setFound({ to: otherScript(source), text: convert(typed), from: typed });
    }, 250);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [source, typed]);
  if (!source || !found || found.from !== typed || !found.text.trim()) return null;
  // Nothing to offer when the other field already says exactly that.
  return values[found.to] === found.text ? null : found;
}

export function TranslatedFields(props: {
  idPrefix: string;
  fields: TranslatedField[];
  values: Record<string, Texts>;
  onChange: (field: string, lang: ContentLang, value: string) => void;
  /** A field's errors; `first` is true for the reader's language, where a message about all languages belongs. */
  errors: (field: string, lang: ContentLang, first: boolean) => string[] | undefined;
  /** The input's `name`, for forms read with FormData. */
  nameFor?: (field: string, lang: ContentLang) => string;
  /** The other two languages behind a "Translations" button (compact forms); all shown when false. */
  collapse?: boolean;
  /** A hint under the first field (e.g. that one language is enough). */
  hint?: string;
}) {
  const t = useTranslations("content");
  const locale = useLocale();
  const primary = langOf[isSupportedLocale(locale) ? locale : defaultLocale];
  const others = order.filter((l) => l !== primary);
  const hasHiddenError = props.fields.some((f) => others.some((l) => props.errors(f.name, l, false)?.length));
  const [open, setOpen] = useState(false);
  const expanded = open || hasHiddenError;
  const panelId = useId();
  // The Chinese field each text was last typed in: the suggestion goes from it to the other script.
  const [source, setSource] = useState<Record<string, ChineseScript | null>>({});
  const focusNext = useRef<string | null>(null);
  const idFor = (field: string, lang: ContentLang) => `${props.idPrefix}-${field}-${lang}`;

  useEffect(() => {
    if (!focusNext.current) return;
    document.getElementById(focusNext.current)?.focus();
    focusNext.current = null;
  });

  const labelOf = (f: TranslatedField, lang: ContentLang) =>
    f.labels?.[lang] ?? t("fieldIn", { field: f.label, language: t(`languages.${lang}`) });

  const fieldFor = (f: TranslatedField, lang: ContentLang, first: boolean) => {
    const id = idFor(f.name, lang);
    const common = {
      id,
      name: props.nameFor?.(f.name, lang),
      lang: tagOf[lang],
      label: labelOf(f, lang),
      required: f.required,
      value: props.values[f.name]![lang],
      maxLength: f.maxLength,
      autoFocus: first && f.autoFocus,
      hint: first && f === props.fields[0] ? props.hint : undefined,
      errors: props.errors(f.name, lang, first),
      onChange: (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => {
        props.onChange(f.name, lang, e.target.value);
        setSource((s) => ({ ...s, [f.name]: lang === "en" ? (s[f.name] ?? null) : lang }));
      },
    };
    return (
      <div key={lang} className="space-y-1.5">
        {f.rows ? <TextAreaField rows={f.rows} {...common} /> : <TextField {...common} />}
        {lang !== "en" && source[f.name] === lang ? (
          <SuggestionFor
            targetLabel={labelOf(f, otherScript(lang))}
            values={props.values[f.name]!}
            source={lang}
            onAccept={(s) => {
              props.onChange(f.name, s.to, s.text);
              setSource((was) => ({ ...was, [f.name]: null }));
              setOpen(true);
              focusNext.current = idFor(f.name, s.to);
            }}
          />
        ) : null}
      </div>
    );
  };

  if (!props.collapse) {
    // Every language in view: one row per field, the reader's language first.
    return (
      <div className="space-y-4">
        {props.fields.map((f) => (
          <div key={f.name} className="grid gap-4 sm:grid-cols-3">
            {[primary, ...others].map((l) => fieldFor(f, l, l === primary))}
          </div>
        ))}
      </div>
    );
  }

  return (
    <div className="space-y-3">
      {props.fields.map((f) => fieldFor(f, primary, true))}
      <Button
        type="button"
        variant="ghost"
        size="sm"
        aria-expanded={expanded}
        aria-controls={panelId}
        onClick={() => setOpen(!expanded)}
        className="-ml-2"
      >
        <Languages aria-hidden /> {t("translations")}
        <ChevronDown aria-hidden className={cn("transition-transform", expanded && "rotate-180")} />
      </Button>
      {expanded ? (
        <div id={panelId} className="space-y-3 rounded-md border border-dashed p-3">
          {props.fields.map((f) => others.map((l) => fieldFor(f, l, false)))}
        </div>
      ) : null}
    </div>
  );
}

/** "Traditional Chinese, converted: …  [Use it]": shown under the field that was typed in. */
function SuggestionFor(props: {
  /** The label of the field the suggestion would fill. */
  targetLabel: string;
  values: Texts;
  source: ChineseScript;
  onAccept: (s: Suggestion) => void;
}) {
  const t = useTranslations("content");
  const suggestion = useSuggestion(props.values, props.source);
  const language = suggestion ? t(`languages.${suggestion.to}`) : "";
  return (
    <>
      {/* Said once when a suggestion appears, not at every keystroke. */}
      <p role="status" className="sr-only">
        {suggestion ? t("suggestionReady", { language }) : ""}
      </p>
      {suggestion ? (
        <div className="flex flex-wrap items-start gap-2 rounded-md bg-muted/60 px-2.5 py-2 text-xs">
          <p className="min-w-0 flex-1 basis-48">
            <span className="text-muted-foreground">{t("suggested", { language })} </span>
            <span lang={tagOf[suggestion.to]} className="break-words font-medium">
              {suggestion.text}
            </span>
          </p>
          <Button type="button" size="sm" variant="outline" onClick={() => props.onAccept(suggestion)}>
            {t("useSuggestion", { field: props.targetLabel })}
          </Button>
        </div>
      ) : null}
    </>
  );
}
