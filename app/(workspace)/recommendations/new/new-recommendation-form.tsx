"use client";
import { useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { FormOutcome, SelectField, TextAreaField, TextField, useServerAction } from "@/components/forms/form-parts";
import { emptyTexts, TranslatedFields } from "@/components/forms/translated-fields";
import { horizons, priorities, themes } from "@/db/schema/enums";
import { createRecommendationAction } from "./actions";

type Option = { value: string; label: string };

/** Every field of a new recommendation; the server validates, and its messages stand by the fields. */
export function NewRecommendationForm({
  shenzhen,
  hongKong,
  documents,
}: {
  shenzhen: Option[];
  hongKong: Option[];
  documents: Option[];
}) {
  const t = useTranslations();
  const router = useRouter();
  const { run, pending, fieldErrors: e, message } = useServerAction(createRecommendationAction);
  // Held here, so typing Chinese in one script can offer the other (TranslatedFields).
  const [texts, setTexts] = useState({ title: emptyTexts(), summary: emptyTexts() });

  function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const f = new FormData(event.currentTarget);
    const v = (name: string) => String(f.get(name) ?? "").trim();
    const owners = [
      v("leadShenzhen") && { agency: v("leadShenzhen"), role: "lead" as const },
      v("leadHongKong") && { agency: v("leadHongKong"), role: "lead" as const },
    ].filter((o): o is { agency: string; role: "lead" } => Boolean(o));
    run(
      {
        code: v("code"),
        title: { en: v("titleEn"), zhHans: v("titleZhHans"), zhHant: v("titleZhHant") },
        summary: { en: v("summaryEn"), zhHans: v("summaryZhHans"), zhHant: v("summaryZhHant") },
        rationale: v("rationale") || null,
        theme: v("theme") as (typeof themes)[number],
        horizon: v("horizon") as (typeof horizons)[number],
        priority: v("priority") as (typeof priorities)[number],
        targetDate: v("targetDate") || null,
        source: v("document") ? { document: v("document"), locator: v("locator"), excerpt: v("excerpt") } : undefined,
        owners,
      },
      (created) => {
        router.push(`/recommendations/${encodeURIComponent(created.code)}`);
        return t("create.created", { code: created.code });
      },
    );
  }

  const none = { value: "", label: t("create.none") };
  return (
    <form onSubmit={submit} noValidate className="space-y-5" aria-label={t("create.title")}>
      <div className="grid gap-4 sm:grid-cols-3">
        <TextField
          id="code"
          name="code"
          label={t("create.code")}
          hint={t("create.codeHint")}
          required
          errors={e.code}
        />
        <SelectField
          id="theme"
          name="theme"
          label={t("list.theme")}
          options={themes.map((x) => ({ value: x, label: t(`themes.${x}`) }))}
          errors={e.theme}
        />
        <SelectField
          id="horizon"
          name="horizon"
          label={t("list.horizon")}
          options={horizons.map((x) => ({ value: x, label: t(`horizon.${x}`) }))}
          errors={e.horizon}
        />
        <SelectField
          id="priority"
          name="priority"
          label={t("list.priority")}
          defaultValue="medium"
          options={priorities.map((x) => ({ value: x, label: t(`priority.${x}`) }))}
          errors={e.priority}
        />
        <TextField id="targetDate" name="targetDate" type="date" label={t("detail.targetDate")} errors={e.targetDate} />
      </div>
      <fieldset className="min-w-0">
        <legend className="mb-2 text-sm font-semibold">{t("create.titleAndSummary")}</legend>
        <TranslatedFields
          idPrefix="new"
          fields={[
            {
              name: "title",
              label: t("create.titleEn"),
              labels: { en: t("create.titleEn"), zhHans: t("create.titleZhHans"), zhHant: t("create.titleZhHant") },
              maxLength: 300,
              required: true,
            },
            {
              name: "summary",
              label: t("create.summaryEn"),
              labels: {
                en: t("create.summaryEn"),
                zhHans: t("create.summaryZhHans"),
                zhHant: t("create.summaryZhHant"),
              },
              maxLength: 4000,
              rows: 3,
              required: true,
            },
          ]}
          values={texts}
          onChange={(field, lang, value) =>
            setTexts((was) => ({ ...was, [field]: { ...was[field as "title"], [lang]: value } }))
          }
          nameFor={(field, lang) => `${field}${lang[0]!.toUpperCase()}${lang.slice(1)}`}
          errors={(field, lang) => e[`${field}.${lang}`]}
        />
      </fieldset>
      <TextAreaField id="rationale" name="rationale" label={t("detail.rationale")} errors={e.rationale} />
      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 text-sm font-semibold">{t("detail.owners")}</legend>
        <SelectField
          id="leadShenzhen"
          name="leadShenzhen"
          label={t("create.leadShenzhen")}
          options={[none, ...shenzhen]}
          errors={e.owners}
        />
        <SelectField
          id="leadHongKong"
          name="leadHongKong"
          label={t("create.leadHongKong")}
          options={[none, ...hongKong]}
        />
      </fieldset>
      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 text-sm font-semibold">{t("detail.source")}</legend>
        <SelectField
          id="document"
          name="document"
          label={t("detail.document")}
          options={[none, ...documents]}
          errors={e["source.document"]}
        />
        <TextField
          id="locator"
          name="locator"
          label={t("create.locator")}
          hint={t("create.locatorHint")}
          errors={e["source.locator"]}
        />
        <TextAreaField
          id="excerpt"
          name="excerpt"
          label={t("detail.excerpt")}
          hint={t("create.excerptHint")}
          className="sm:col-span-2"
          errors={e["source.excerpt"]}
        />
      </fieldset>
      <Button type="submit" disabled={pending}>
        {pending ? t("create.creating") : t("create.submit")}
      </Button>
      <FormOutcome message={message} />
    </form>
  );
}
