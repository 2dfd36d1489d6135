"use client";
/**
 * The dashboard's selection (theme, side, agency, horizon, saved view), kept in the URL with nuqs
 * under the recommendations list's own parameter names, so a dashboard link and a list link say the
 * same thing. Not shallow: each change renders the page on the server, which counts again, so every
 * chart follows.
 */
import { useTransition } from "react";
import Link from "next/link";
import { parseAsString, useQueryStates } from "nuqs";
import { tableUrlState } from "@/lib/table/url-state";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/forms/form-parts";

const parsers = {
  theme: tableUrlState.theme,
  side: tableUrlState.side,
  agency: tableUrlState.agency,
  horizon: tableUrlState.horizon,
  view: parseAsString,
};
type Key = keyof typeof parsers;

export interface SelectionOption {
  value: string;
  label: string;
}

export interface SelectionBarLabels {
  label: string;
  theme: string;
  side: string;
  agency: string;
  horizon: string;
  view: string;
  any: string;
  noView: string;
  several: string;
  clear: string;
  updating: string;
}

export function SelectionBar({
  options,
  labels,
  listHref,
  listLabel,
}: {
  options: Record<Exclude<Key, "view">, SelectionOption[]> & { view: SelectionOption[] };
  labels: SelectionBarLabels;
  /** The recommendations table filtered to the whole selection. */
  listHref: string;
  listLabel: string;
}) {
  const [pending, startTransition] = useTransition();
  const [state, setState] = useQueryStates(parsers, { shallow: false, history: "push", startTransition });
  const several = "__several";

  const list = (key: Exclude<Key, "view">) => {
    const chosen = state[key] as string[];
    const value = chosen.length === 0 ? "" : chosen.length === 1 ? chosen[0]! : several;
    return (
      <SelectField
        key={key}
        id={`dashboard-${key}`}
        label={labels[key]}
        value={value}
        onChange={(e) => {
          const v = e.target.value;
          if (v === several) return;
          void setState({ [key]: v ? [v] : null } as Partial<typeof state>);
        }}
        options={[
          { value: "", label: labels.any },
          ...(value === several ? [{ value: several, label: labels.several, disabled: true }] : []),
          ...options[key],
        ]}
      />
    );
  };

  return (
    <section aria-label={labels.label} className="space-y-3 rounded-lg border bg-card p-4" aria-busy={pending}>
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-5">
        {list("theme")}
        {list("side")}
        {list("agency")}
        {list("horizon")}
        <SelectField
          id="dashboard-view"
          label={labels.view}
          value={state.view ?? ""}
          onChange={(e) => void setState({ view: e.target.value || null })}
          options={[{ value: "", label: labels.noView }, ...options.view]}
        />
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <Button
          type="button"
          variant="outline"
          size="sm"
          onClick={() => void setState({ theme: null, side: null, agency: null, horizon: null, view: null })}
        >
          {labels.clear}
        </Button>
        <Link
          href={listHref}
          className="text-sm text-primary underline underline-offset-2"
          data-testid="selection-list"
        >
          {listLabel}
        </Link>
        <span role="status" className="text-sm text-muted-foreground">
          {pending ? labels.updating : ""}
        </span>
      </div>
    </section>
  );
}
