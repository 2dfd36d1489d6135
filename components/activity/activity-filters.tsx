"use client";
import { useState, useTransition, type FormEvent } from "react";
import { useTranslations } from "next-intl";
import { useQueryStates } from "nuqs";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { activityKinds, activityUrlState } from "@/lib/activity/url-state";

export interface FilterOption {
  value: string;
  label: string;
}

const selectClass = "h-9 w-full min-w-0 rounded-md border border-input bg-background px-2 text-sm";

/**
 * The feed's filters, kept in the URL (nuqs): applying them renders the page again on the server
 * (not shallow) and starts again at the newest entries.
 */
export function ActivityFilters({ people, agencies }: { people: FilterOption[]; agencies: FilterOption[] }) {
  const t = useTranslations("activity");
  const [pending, startTransition] = useTransition();
  const [url, setUrl] = useQueryStates(activityUrlState, { shallow: false, history: "push", startTransition });
  const [draft, setDraft] = useState({
    person: url.person ?? "",
    agency: url.agency ?? "",
    kind: url.kind ?? "",
    item: url.item ?? "",
    from: url.from ?? "",
    to: url.to ?? "",
  });
  const set = (key: keyof typeof draft) => (e: { target: { value: string } }) =>
    setDraft((d) => ({ ...d, [key]: e.target.value }));

  const apply = (e: FormEvent) => {
    e.preventDefault();
    const kind = activityKinds.find((k) => k === draft.kind) ?? null;
    void setUrl({
      person: draft.person || null,
      agency: draft.agency || null,
      kind,
      item: draft.item.trim() || null,
      from: draft.from || null,
      to: draft.to || null,
      before: null,
    });
  };
  const clear = () => {
    setDraft({ person: "", agency: "", kind: "", item: "", from: "", to: "" });
    void setUrl(null);
  };

  return (
    <form
      onSubmit={apply}
      aria-labelledby="activity-filters-h"
      className="rounded-lg border p-3"
      aria-busy={pending || undefined}
    >
      <h2 id="activity-filters-h" className="mb-2 text-sm font-semibold">
        {t("filters")}
      </h2>
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-3">
        {(
          [
            ["person", t("anyPerson"), people],
            ["agency", t("anyAgency"), agencies],
            ["kind", t("anyKind"), activityKinds.map((k) => ({ value: k, label: t(`kinds.${k}`) }))],
          ] as const
        ).map(([key, any, options]) => (
          <label key={key} className="min-w-0 space-y-1 text-sm">
            <span className="block font-medium">{t(key)}</span>
            <select name={key} className={selectClass} value={draft[key]} onChange={set(key)}>
              <option value="">{any}</option>
              {options.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          </label>
        ))}
        <label className="min-w-0 space-y-1 text-sm">
          <span className="block font-medium">{t("item")}</span>
          <Input
            name="item"
            value={draft.item}
            onChange={set("item")}
            placeholder={t("itemHint")}
            autoComplete="off"
            spellCheck={false}
          />
        </label>
        <label className="min-w-0 space-y-1 text-sm">
          <span className="block font-medium">{t("from")}</span>
          <Input type="date" name="from" value={draft.from} onChange={set("from")} max={draft.to || undefined} />
        </label>
        <label className="min-w-0 space-y-1 text-sm">
          <span className="block font-medium">{t("to")}</span>
          <Input type="date" name="to" value={draft.to} onChange={set("to")} min={draft.from || undefined} />
        </label>
      </div>
      <div className="mt-3 flex flex-wrap gap-2">
        <Button type="submit" size="sm" disabled={pending}>
          {t("apply")}
        </Button>
        <Button type="button" size="sm" variant="outline" onClick={clear} disabled={pending}>
          {t("clear")}
        </Button>
      </div>
    </form>
  );
}
