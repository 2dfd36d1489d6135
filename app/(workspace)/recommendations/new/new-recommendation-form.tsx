"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { FormOutcome, SelectField, TextAreaField, TextField, useServerAction } from "@/components/forms/form-parts";
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
      <fieldset className="grid gap-4 sm:grid-cols-3">
        <legend className="mb-2 text-sm font-semibold">{t("create.titleAndSummary")}</legend>
        <TextField id="titleEn" name="titleEn" lang="en" label={t("create.titleEn")} required errors={e["title.en"]} />
        <TextField
          id="titleZhHans"
          name="titleZhHans"
          lang="zh-Hans"
          label={t("create.titleZhHans")}
          required
          errors={e["title.zhHans"]}
        />
        <TextField
          id="titleZhHant"
          name="titleZhHant"
          lang="zh-Hant"
          label={t("create.titleZhHant")}
          required
          errors={e["title.zhHant"]}
        />
        <TextAreaField
          id="summaryEn"
          name="summaryEn"
          lang="en"
          label={t("create.summaryEn")}
          required
          errors={e["summary.en"]}
        />
        <TextAreaField
          id="summaryZhHans"
          name="summaryZhHans"
          lang="zh-Hans"
          label={t("create.summaryZhHans")}
          required
          errors={e["summary.zhHans"]}
        />
        <TextAreaField
          id="summaryZhHant"
          name="summaryZhHant"
          lang="zh-Hant"
          label={t("create.summaryZhHant")}
          required
          errors={e["summary.zhHant"]}
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
