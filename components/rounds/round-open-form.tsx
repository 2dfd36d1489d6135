"use client";
/**
 * Opening a round: name, due date, message, and the scope: every open recommendation, or those the
 * recommendations list's filters match (a saved view, or a list link's query). The number of
 * recommendations and requests the scope makes is counted by the server as the scope changes.
 */
import { useEffect, useId, useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useFormatter, useTranslations } from "next-intl";
import { openRoundAction, previewScopeAction } from "@/app/(workspace)/rounds/actions";
import { Button } from "@/components/ui/button";
import { FormOutcome, SelectField, TextAreaField, TextField, useServerAction } from "@/components/forms/form-parts";

interface SavedView {
  id: string;
  name: string;
  query: string;
}

type Preview = { recommendations: number; requests: number } | { error: string } | null;

/** A pasted list link or a query: its query part. */
const queryOf = (text: string) => {
  const trimmed = text.trim();
  const at = trimmed.indexOf("?");
  return at >= 0 ? trimmed.slice(at + 1) : trimmed;
};

export function RoundOpenForm({ views, initialFilters }: { views: SavedView[]; initialFilters: string }) {
  const t = useTranslations("rounds.open");
  const format = useFormatter();
  const router = useRouter();
  const id = useId();
  const open = useServerAction(openRoundAction);
  const [name, setName] = useState("");
  const [dueDate, setDueDate] = useState("");
  const [message, setMessage] = useState("");
  const [scope, setScope] = useState<"all" | "filters">(initialFilters ? "filters" : "all");
  const [filters, setFilters] = useState(initialFilters);
  const [preview, setPreview] = useState<Preview>(null);
  const [counting, startCount] = useTransition();
  const chosen = scope === "filters" ? queryOf(filters) : "";

  useEffect(() => {
    const timer = setTimeout(
      () =>
        startCount(async () => {
          const result = await previewScopeAction(chosen ? { filters: chosen } : {});
          setPreview(result.ok ? result.data : { error: result.fieldErrors?.filters?.join(" ") ?? result.error });
        }),
      300,
    );
    return () => clearTimeout(timer);
  }, [chosen]);

  const errors = open.fieldErrors;
  return (
    <form
      className="max-w-2xl space-y-4"
      onSubmit={(e) => {
        e.preventDefault();
        open.run(
          { name, dueDate, ...(message.trim() ? { message } : {}), ...(chosen ? { filters: chosen } : {}) },
          (data) => {
            router.push(`/rounds/${data.id}`);
            return t("opened", { count: data.requests });
          },
        );
      }}
    >
      <TextField
        id={`${id}-name`}
        label={t("name")}
        hint={t("nameHint")}
        value={name}
        onChange={(e) => setName(e.target.value)}
        errors={errors.name}
        required
      />
      <TextField
        id={`${id}-due`}
        type="date"
        label={t("dueDate")}
        value={dueDate}
        onChange={(e) => setDueDate(e.target.value)}
        errors={errors.dueDate}
        required
        className="max-w-xs"
      />
      <TextAreaField
        id={`${id}-message`}
        label={t("message")}
        hint={t("messageHint")}
        value={message}
        onChange={(e) => setMessage(e.target.value)}
        errors={errors.message}
      />
      <fieldset className="space-y-3 rounded-md border p-3">
        <legend className="px-1 text-sm font-medium">{t("scope")}</legend>
        <label className="flex items-start gap-2 text-sm">
          <input
            type="radio"
            name="scope"
            checked={scope === "all"}
            onChange={() => setScope("all")}
            className="mt-1"
          />
          <span>{t("scopeAll")}</span>
        </label>
        <label className="flex items-start gap-2 text-sm">
          <input
            type="radio"
            name="scope"
            checked={scope === "filters"}
            onChange={() => setScope("filters")}
            className="mt-1"
          />
          <span>{t("scopeFilters")}</span>
        </label>
        {scope === "filters" ? (
          <div className="space-y-3 pl-6">
            {views.length ? (
              <SelectField
                id={`${id}-view`}
                label={t("savedView")}
                value={views.find((v) => v.query === filters)?.id ?? ""}
                onChange={(e) => {
                  const view = views.find((v) => v.id === e.target.value);
                  if (view) setFilters(view.query);
                }}
                options={[{ value: "", label: t("noView") }, ...views.map((v) => ({ value: v.id, label: v.name }))]}
              />
            ) : null}
            <TextField
              id={`${id}-filters`}
              label={t("filters")}
              hint={t("filtersHint")}
              value={filters}
              onChange={(e) => setFilters(e.target.value)}
              errors={errors.filters}
            />
          </div>
        ) : null}
        <p role="status" className="text-sm" data-testid="scope-preview">
          {counting || !preview
            ? t("counting")
            : "error" in preview
              ? preview.error
              : t("preview", {
                  recommendations: preview.recommendations,
                  requests: preview.requests,
                  recommendationsShown: format.number(preview.recommendations),
                  requestsShown: format.number(preview.requests),
                })}
        </p>
      </fieldset>
      <Button type="submit" disabled={open.pending}>
        {t("submit")}
      </Button>
      <FormOutcome message={open.message} />
    </form>
  );
}
