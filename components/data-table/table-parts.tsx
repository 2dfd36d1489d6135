"use client";
/**
 * The parts around a server-side table that every feature table shows the same way: the search box,
 * the grouping choice, the faceted filters with "include archived", "clear filters" and the export
 * links, the count and sort line with the last save's outcome, and the pager.
 */
import type { ReactNode, RefObject } from "react";
import { useFormatter, useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { facetIdsOf, type FilterMap } from "@/lib/table/filters";
import type { AgencyOption } from "@/lib/table/recommendation-row";
import { pageSizes } from "@/lib/table/view";
import { FacetedFilter, type FacetOption } from "./faceted-filter";

export type TableMessage = { ok: boolean; text: string } | null;

export function SearchBox({
  value,
  onChange,
  inputRef,
  placeholder,
}: {
  value: string;
  onChange: (value: string) => void;
  inputRef: RefObject<HTMLInputElement | null>;
  placeholder: string;
}) {
  const t = useTranslations("list");
  return (
    <div className="min-w-56 flex-1 space-y-1">
      <Label htmlFor="table-search">{t("search")}</Label>
      <Input
        id="table-search"
        ref={inputRef}
        type="search"
        value={value}
        maxLength={200}
        onChange={(e) => onChange(e.target.value)}
        placeholder={placeholder}
        aria-describedby="table-search-hint"
        aria-keyshortcuts="/"
      />
      <p id="table-search-hint" className="sr-only">
        {t("searchShortcut")}
      </p>
    </div>
  );
}

export function GroupBySelect<G extends string>({
  value,
  options,
  onChange,
}: {
  value: G | null;
  options: { value: G; label: string }[];
  onChange: (value: G | null) => void;
}) {
  const t = useTranslations("table");
  return (
    <label className="space-y-1 text-sm">
      <span className="block font-medium">{t("groupBy")}</span>
      <select
        className="h-8 rounded-md border border-input bg-background px-2 text-sm"
        value={value ?? ""}
        onChange={(e) => onChange((e.target.value || null) as G | null)}
      >
        <option value="">{t("noGrouping")}</option>
        {options.map((g) => (
          <option key={g.value} value={g.value}>
            {g.label}
          </option>
        ))}
      </select>
    </label>
  );
}

export interface FacetControl {
  id: string;
  title: string;
  options: FacetOption[];
  selected: string[];
}

/**
 * A table's faceted filters in their defined order, each value with how many rows it would match;
 * an agency facet's values are the current agencies.
 */
export function facetControls<M extends FilterMap>(
  filters: M,
  facets: Record<string, Record<string, number>>,
  agencies: AgencyOption[],
  url: Record<string, unknown>,
  translate: (key: string) => string,
): FacetControl[] {
  return facetIdsOf(filters).map((id) => {
    const filter = filters[id]!;
    const counts = facets[id] ?? {};
    const options =
      filter.kind === "values"
        ? filter.values.map((v) => ({ value: v, label: translate(filter.facet.value(v)), count: counts[v] ?? 0 }))
        : agencies.map((a) => ({ value: a.key, label: `${a.abbreviation} · ${a.name}`, count: counts[a.key] ?? 0 }));
    const title = "facet" in filter ? translate(filter.facet.title) : id;
    return { id, title, options, selected: (url[id] as string[]) ?? [] };
  });
}

/** Whether any of these filters is set in the URL state. */
export const isFiltered = (keys: readonly string[], url: Record<string, unknown>) =>
  keys.some((key) => (Array.isArray(url[key]) ? url[key].length > 0 : Boolean(url[key])));

export function FilterBar({
  facets,
  onFacetChange,
  archived,
  onArchivedChange,
  filtered,
  onClear,
  exportHref,
}: {
  facets: FacetControl[];
  onFacetChange: (id: string, values: string[]) => void;
  archived: boolean;
  onArchivedChange: (include: boolean) => void;
  /** Whether any filter is set (then "clear filters" shows). */
  filtered: boolean;
  onClear: () => void;
  exportHref: (format: "csv" | "xlsx") => string;
}) {
  const t = useTranslations();
  return (
    <div role="group" aria-label={t("table.filters")} className="flex flex-wrap items-center gap-1.5">
      {facets.map((f) => (
        <FacetedFilter
          key={f.id}
          title={f.title}
          options={f.options}
          selected={f.selected}
          onChange={(values) => onFacetChange(f.id, values)}
        />
      ))}
      <label className="ml-1 flex items-center gap-1.5 text-sm">
        <input
          type="checkbox"
          className="size-4"
          checked={archived}
          onChange={(e) => onArchivedChange(e.target.checked)}
        />
        {t("list.showArchived")}
      </label>
      {filtered ? (
        <Button variant="ghost" size="sm" onClick={onClear}>
          {t("list.clear")}
        </Button>
      ) : null}
      <span className="ml-auto flex items-center gap-2">
        <Button asChild size="sm" variant="outline">
          <a href={exportHref("csv")} download>
            {t("list.exportCsv")}
          </a>
        </Button>
        <Button asChild size="sm" variant="outline">
          <a href={exportHref("xlsx")} download>
            {t("list.exportXlsx")}
          </a>
        </Button>
      </span>
    </div>
  );
}

/** "N rows · sorted by …" (announced politely) and the outcome of the last save. */
export function TableStatus({
  loading,
  count,
  sortedBy,
  message,
}: {
  loading: boolean;
  count: ReactNode;
  /** Shown when the table sorts by more than one column. */
  sortedBy: string | null;
  message: TableMessage;
}) {
  const t = useTranslations();
  return (
    <div className="flex min-h-6 flex-wrap items-center justify-between gap-2 text-sm">
      <p aria-live="polite" className="text-muted-foreground">
        {loading ? t("list.loading") : count}
        {sortedBy ? ` · ${t("table.sortedBy", { columns: sortedBy })}` : null}
      </p>
      {message ? (
        <p
          role={message.ok ? "status" : "alert"}
          className={message.ok ? "text-emerald-700 dark:text-emerald-400" : "text-destructive"}
        >
          {message.text}
        </p>
      ) : null}
    </div>
  );
}

export function Pager({
  page,
  pages,
  shown,
  pageSize,
  onPage,
  onPageSize,
}: {
  page: number;
  pages: number;
  /** Rows on this page. */
  shown: number;
  pageSize: number;
  onPage: (page: number) => void;
  onPageSize: (size: number) => void;
}) {
  const t = useTranslations();
  const format = useFormatter();
  return (
    <nav aria-label={t("list.pagination")} className="flex flex-wrap items-center justify-between gap-2 text-sm">
      <span>
        {t("list.pageOf", { page, pages })} · {t("list.rowCount", { shown })}
      </span>
      <span className="flex items-center gap-2">
        <label className="flex items-center gap-1.5">
          {t("table.pageSize")}
          <select
            className="h-8 rounded-md border border-input bg-background px-2"
            value={pageSize}
            onChange={(e) => onPageSize(Number(e.target.value))}
          >
            {pageSizes.map((s) => (
              <option key={s} value={s}>
                {format.number(s)}
              </option>
            ))}
          </select>
        </label>
        <Button variant="outline" size="sm" disabled={page <= 1} onClick={() => onPage(page - 1)}>
          {t("list.previous")}
        </Button>
        <Button variant="outline" size="sm" disabled={page >= pages} onClick={() => onPage(page + 1)}>
          {t("list.next")}
        </Button>
      </span>
    </nav>
  );
}

/** The export link of the current view: its filters and sort, its visible columns, not its page. */
export function exportHrefOf(path: string, query: string, visible: readonly string[]) {
  return (fileFormat: "csv" | "xlsx") => {
    const params = new URLSearchParams(query);
    for (const key of ["page", "pageSize", "view", "widths", "pin", "collapsed"]) params.delete(key);
    if (!params.has("cols")) params.set("cols", visible.join(","));
    params.set("format", fileFormat);
    return `${path}?${params}`;
  };
}
