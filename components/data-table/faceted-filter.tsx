"use client";
/**
 * A faceted filter: a button naming the facet and how many values are chosen, opening a list of
 * checkboxes with how many rows each value would match. Long lists get a filter box.
 */
import { useId, useState } from "react";
import { useFormatter, useTranslations } from "next-intl";
import { ChevronDown, X } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Popover, PopoverContent, PopoverTrigger } from "@/components/ui/popover";
import { cn } from "@/lib/utils";

export interface FacetOption {
  value: string;
  label: string;
  count: number;
}

export function FacetedFilter({
  title,
  options,
  selected,
  onChange,
}: {
  title: string;
  options: FacetOption[];
  selected: string[];
  onChange: (values: string[]) => void;
}) {
  const t = useTranslations("table");
  const format = useFormatter();
  const [query, setQuery] = useState("");
  const id = useId();
  const chosen = new Set(selected);
  const shown = query
    ? options.filter((o) => o.label.toLowerCase().includes(query.toLowerCase()) || chosen.has(o.value))
    : options;
  const toggle = (value: string) =>
    onChange(chosen.has(value) ? selected.filter((v) => v !== value) : [...selected, value]);

  return (
    <Popover>
      <PopoverTrigger asChild>
        <Button variant="outline" size="sm" className={cn(selected.length && "border-primary")}>
          {title}
          {selected.length ? (
            <span className="rounded bg-primary px-1.5 text-xs text-primary-foreground">{selected.length}</span>
          ) : null}
          <ChevronDown aria-hidden className="size-3.5 opacity-60" />
        </Button>
      </PopoverTrigger>
      <PopoverContent aria-label={title}>
        {options.length > 8 ? (
          <Input
            type="search"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            aria-label={t("facetSearch", { facet: title })}
            placeholder={t("facetSearch", { facet: title })}
            className="mb-2 h-8"
          />
        ) : null}
        <fieldset className="max-h-72 space-y-0.5 overflow-y-auto">
          <legend className="sr-only">{title}</legend>
          {shown.map((o) => (
            <label
              key={o.value}
              htmlFor={`${id}-${o.value}`}
              className="flex cursor-pointer items-center gap-2 rounded px-1.5 py-1 text-sm hover:bg-accent"
            >
              <input
                id={`${id}-${o.value}`}
                type="checkbox"
                checked={chosen.has(o.value)}
                onChange={() => toggle(o.value)}
                className="size-4"
              />
              <span className="flex-1 truncate">{o.label}</span>
              <span className="tabular-nums text-xs text-muted-foreground">{format.number(o.count)}</span>
            </label>
          ))}
        </fieldset>
        {selected.length ? (
          <Button variant="ghost" size="sm" className="mt-1 w-full" onClick={() => onChange([])}>
            <X aria-hidden className="size-3.5" /> {t("clearFacet")}
          </Button>
        ) : null}
      </PopoverContent>
    </Popover>
  );
}
