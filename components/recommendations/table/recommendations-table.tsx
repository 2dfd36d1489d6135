"use client";
/**
 * The recommendations table. Everything that defines the view (filters, search, sort, grouping,
 * collapsed groups, columns, widths, pins, page) lives in the URL through nuqs, so a view is a link.
 * Changes that need other rows go to the server (shallow: false); display-only ones don't.
 */
import { useCallback, useEffect, useMemo, useRef, useState, useTransition } from "react";
import { useRouter, useSearchParams } from "next/navigation";
import { useFormatter, useTranslations } from "next-intl";
import { useQueryStates } from "nuqs";
import { useTable, type ColumnSizingState, type RowSelectionState, type SortingState } from "@tanstack/react-table";
import type { SavedViewSummary } from "@/db/queries/views";
import { ColumnHeader } from "@/components/data-table/column-header";
import { ColumnOptions } from "@/components/data-table/column-options";
import { DataTableView, type DisplayRow } from "@/components/data-table/data-table";
import { FacetedFilter } from "@/components/data-table/faceted-filter";
import { dataTableFeatures } from "@/components/data-table/features";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import {
  columnIds,
  defaultColumns,
  groupings,
  pageSizes,
  parseSortKey,
  readWidths,
  toSortKey,
  type ColumnId,
  type SortKey,
} from "@/lib/table/recommendation-view";
import { facetIds, tableFilters, type FacetId } from "@/lib/table/filters";
import type { AgencyOption, TableRow } from "@/lib/table/recommendation-row";
import { filterKeys, tableUrlState } from "@/lib/table/url-state";
import type { GroupCount } from "@/db/queries/recommendation-list";
import { useColumnTitles, useRecommendationColumns } from "./columns";
import { BulkBar } from "./bulk-bar";
import { SavedViews } from "./saved-views";

/**
 * The previous value while the new one is equal: a live refresh sends equal data as new objects,
 * which would otherwise rebuild (and remount) every cell.
 */
function useSameValue<T>(value: T): T {
  const [kept, setKept] = useState(value);
  const same = kept === value || JSON.stringify(kept) === JSON.stringify(value);
  if (!same) setKept(value);
  return same ? kept : value;
}

type Message = { ok: boolean; text: string } | null;

const mayEdit = (row: TableRow) =>
  row.edit.statuses.length > 0 || row.edit.health || row.edit.priority || row.edit.lead;

export function RecommendationsTable({
  rows,
  groups,
  facets,
  agencies,
  total,
  rowTotal,
  views,
  defaultViewId,
  shareRefusal,
}: {
  rows: TableRow[];
  groups: GroupCount[];
  facets: Record<FacetId, Record<string, number>>;
  agencies: AgencyOption[];
  total: number;
  rowTotal: number;
  views: SavedViewSummary[];
  defaultViewId: string | null;
  /** Why this person may not share a view with everyone (null when they may). */
  shareRefusal: string | null;
}) {
  const t = useTranslations();
  const format = useFormatter();
  const router = useRouter();
  const searchParams = useSearchParams();
  const titles = useColumnTitles();
  const [loading, startTransition] = useTransition();
  const [url, setUrl] = useQueryStates(tableUrlState, { shallow: false, history: "push", startTransition });
  const [message, setMessage] = useState<Message>(null);
  const report = useCallback(
    (code: string, ok: boolean, text: string) => setMessage({ ok, text: `${code}: ${text}` }),
    [],
  );
  const columns = useRecommendationColumns(useSameValue(agencies), report);

  // Search: typed text reaches the URL after a pause, and "/" focuses the box from anywhere.
  const searchRef = useRef<HTMLInputElement>(null);
  const [search, setSearch] = useState(url.q);
  const [lastUrlQ, setLastUrlQ] = useState(url.q);
  if (url.q !== lastUrlQ) {
    setLastUrlQ(url.q);
    setSearch(url.q);
  }
  useEffect(() => {
    if (search === url.q) return;
    const timer = setTimeout(() => void setUrl({ q: search || null, page: null }), 300);
    return () => clearTimeout(timer);
  }, [search, url.q, setUrl]);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement;
      if (e.key !== "/" || e.ctrlKey || e.metaKey || e.altKey) return;
      if (target.closest("input, textarea, select, [contenteditable=true]")) return;
      e.preventDefault();
      searchRef.current?.focus();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);

  // Columns: the URL lists the visible ones in order; the rest follow, hidden.
  const visible: ColumnId[] = url.cols.length ? url.cols : [...defaultColumns];
  const order: string[] = ["select", ...visible, ...columnIds.filter((c) => !visible.includes(c))];
  const pinned = url.pin.length ? url.pin : (["code"] as ColumnId[]);
  const sorting: SortingState = (url.sort as SortKey[])
    .filter((k) => columnIds.includes(k.replace(/^-/, "") as ColumnId))
    .map(parseSortKey);
  const [sizing, setSizing] = useState<ColumnSizingState>(() => readWidths(url.widths));
  const [rowSelection, setRowSelection] = useState<RowSelectionState>({});
  const setColumns = (next: ColumnId[]) =>
    void setUrl({ cols: next.join() === defaultColumns.join() ? null : next }, { shallow: true });

  const table = useTable({
    features: dataTableFeatures,
    columns,
    data: rows,
    getRowId: (row) => row.id,
    manualSorting: true,
    enableMultiSort: true,
    maxMultiSortColCount: 4,
    // A row can be selected for bulk edit when this person may change something in it.
    enableRowSelection: (row) => mayEdit(row.original),
    columnResizeMode: "onEnd",
    state: {
      sorting,
      columnOrder: order,
      columnVisibility: Object.fromEntries(columnIds.map((c) => [c, visible.includes(c)])),
      columnPinning: { start: ["select", ...pinned.filter((p) => visible.includes(p))], end: [] },
      columnSizing: sizing,
      rowSelection,
    },
    onSortingChange: (updater) => {
      const next = typeof updater === "function" ? updater(sorting) : updater;
      void setUrl({ sort: next.length ? next.map((s) => toSortKey(s.id as ColumnId, s.desc)) : null, page: null });
    },
    onColumnVisibilityChange: (updater) => {
      const current = Object.fromEntries(columnIds.map((c) => [c, visible.includes(c)]));
      const next = typeof updater === "function" ? updater(current) : updater;
      setColumns(
        order.filter((c): c is ColumnId => c !== "select" && next[c] !== false && columnIds.includes(c as ColumnId)),
      );
    },
    onColumnPinningChange: (updater) => {
      const current = { start: ["select", ...pinned], end: [] as string[] };
      const next = typeof updater === "function" ? updater(current) : updater;
      const ids = (next.start ?? []).filter((c): c is ColumnId => columnIds.includes(c as ColumnId));
      void setUrl({ pin: ids.length === 1 && ids[0] === "code" ? null : ids }, { shallow: true });
    },
    onColumnSizingChange: (updater) => {
      const next = typeof updater === "function" ? updater(sizing) : updater;
      setSizing(next);
      const pairs = Object.entries(next).map(([id, px]) => `${id}:${Math.round(Math.min(1200, Math.max(60, px)))}`);
      void setUrl({ widths: pairs.length ? pairs : null }, { shallow: true });
    },
    onRowSelectionChange: setRowSelection,
  });

  // Rows under their group headers; a collapsed group keeps its header and count.
  const display: DisplayRow<TableRow>[] = useMemo(() => {
    const tableRows = table.getRowModel().rows;
    if (!url.group) return tableRows.map((row) => ({ kind: "row" as const, row }));
    const groupLabel = (key: string) => {
      if (url.group === "status") return t(`status.${key}` as "status.proposed");
      if (url.group === "theme") return t(`themes.${key}` as "themes.innovation");
      if (url.group === "horizon") return t(`horizon.${key}` as "horizon.short");
      const agency = agencies.find((a) => a.key === key);
      return agency ? `${agency.abbreviation} · ${agency.name}` : t("table.noLead");
    };
    return groups.flatMap((g) => {
      const collapsed = url.collapsed.includes(g.key);
      const inGroup = collapsed ? [] : tableRows.filter((r) => (r.original.group ?? "") === g.key);
      return [
        {
          kind: "group" as const,
          key: g.key,
          label: groupLabel(g.key),
          count: t("table.groupCount", { count: g.count }),
          collapsed,
        },
        ...inGroup.map((row) => ({ kind: "row" as const, row })),
      ];
    });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the row model follows `rows`
  }, [rows, groups, url.group, url.collapsed, agencies, t]);

  const toggleGroup = (key: string) => {
    const collapsed = url.collapsed.includes(key) ? url.collapsed.filter((k) => k !== key) : [...url.collapsed, key];
    void setUrl({ collapsed: collapsed.length ? collapsed : null });
  };

  const selectedItems = useMemo(() => {
    const seen = new Map<string, number>();
    for (const r of rows) if (rowSelection[r.id]) seen.set(r.code, r.version);
    return [...seen].map(([code, version]) => ({ code, version }));
  }, [rows, rowSelection]);

  // The facets in their defined order; agency values are the current agencies.
  const translate = (key: string) => t(key as Parameters<typeof t>[0]);
  const filters = facetIds.map((id) => {
    const filter = tableFilters[id];
    const options =
      "values" in filter
        ? filter.values.map((v: string) => ({
            value: v,
            label: translate(filter.facet.value(v)),
            count: facets[id][v] ?? 0,
          }))
        : agencies.map((a) => ({
            value: a.key,
            label: `${a.abbreviation} · ${a.name}`,
            count: facets.agency[a.key] ?? 0,
          }));
    return { id, title: translate(filter.facet.title), options };
  });
  const filtered = filterKeys.some((key) => (Array.isArray(url[key]) ? url[key].length > 0 : Boolean(url[key])));
  const page = url.page;
  const pages = Math.max(1, Math.ceil(rowTotal / url.pageSize));
  const query = searchParams.toString();
  const exportHref = (fileFormat: "csv" | "xlsx") => {
    const params = new URLSearchParams(query);
    for (const key of ["page", "pageSize", "view", "widths", "pin", "collapsed"]) params.delete(key);
    if (!params.has("cols")) params.set("cols", visible.join(","));
    params.set("format", fileFormat);
    return `/api/v1/recommendations/export?${params}`;
  };

  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-end gap-2">
        <div className="min-w-56 flex-1 space-y-1">
          <Label htmlFor="table-search">{t("list.search")}</Label>
          <Input
            id="table-search"
            ref={searchRef}
            type="search"
            value={search}
            maxLength={200}
            onChange={(e) => setSearch(e.target.value)}
            placeholder={t("list.searchPlaceholder")}
            aria-describedby="table-search-hint"
            aria-keyshortcuts="/"
          />
          <p id="table-search-hint" className="sr-only">
            {t("list.searchShortcut")}
          </p>
        </div>
        <SavedViews
          views={views}
          defaultViewId={defaultViewId}
          shareRefusal={shareRefusal}
          currentViewId={url.view}
          currentQuery={query}
          onMessage={(ok, text) => setMessage({ ok, text })}
        />
        <ColumnOptions
          columns={order
            .filter((c): c is ColumnId => c !== "select")
            .map((id) => ({ id, title: titles[id], visible: visible.includes(id), required: id === "code" }))}
          onToggle={(id, on) => setColumns(on ? [...visible, id as ColumnId] : visible.filter((c) => c !== id))}
          onMove={(id, by) => {
            const list = [...visible];
            const from = list.indexOf(id as ColumnId);
            if (from < 0) return;
            const to = Math.max(0, Math.min(list.length - 1, from + by));
            list.splice(to, 0, ...list.splice(from, 1));
            setColumns(list);
          }}
          onReset={() => {
            setSizing({});
            void setUrl({ cols: null, widths: null, pin: null }, { shallow: true });
          }}
        />
        <label className="space-y-1 text-sm">
          <span className="block font-medium">{t("table.groupBy")}</span>
          <select
            className="h-8 rounded-md border border-input bg-background px-2 text-sm"
            value={url.group ?? ""}
            onChange={(e) =>
              void setUrl({
                group: (e.target.value || null) as (typeof groupings)[number] | null,
                collapsed: null,
                page: null,
              })
            }
          >
            <option value="">{t("table.noGrouping")}</option>
            {groupings.map((g) => (
              <option key={g} value={g}>
                {t(`table.groupings.${g}`)}
              </option>
            ))}
          </select>
        </label>
      </div>

      <div role="group" aria-label={t("table.filters")} className="flex flex-wrap items-center gap-1.5">
        {filters.map((f) => (
          <FacetedFilter
            key={f.id}
            title={f.title}
            options={f.options}
            selected={url[f.id] as string[]}
            onChange={(values) => void setUrl({ [f.id]: values.length ? values : null, page: null })}
          />
        ))}
        <label className="ml-1 flex items-center gap-1.5 text-sm">
          <input
            type="checkbox"
            className="size-4"
            checked={url.archived === "include"}
            onChange={(e) => void setUrl({ archived: e.target.checked ? "include" : null, page: null })}
          />
          {t("list.showArchived")}
        </label>
        {filtered ? (
          <Button
            variant="ghost"
            size="sm"
            onClick={() => {
              setSearch("");
              void setUrl({ ...Object.fromEntries(filterKeys.map((key) => [key, null])), page: null });
            }}
          >
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

      <div className="flex min-h-6 flex-wrap items-center justify-between gap-2 text-sm">
        <p aria-live="polite" className="text-muted-foreground">
          {loading ? t("list.loading") : t("list.count", { total })}
          {sorting.length > 1
            ? ` · ${t("table.sortedBy", { columns: sorting.map((s) => `${titles[s.id as ColumnId]} ${s.desc ? "↓" : "↑"}`).join(", ") })}`
            : null}
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

      {selectedItems.length ? (
        <BulkBar
          items={selectedItems}
          agencies={agencies}
          onClear={() => setRowSelection({})}
          onDone={(ok, text) => {
            setMessage({ ok, text });
            if (ok) {
              setRowSelection({});
              router.refresh();
            }
          }}
        />
      ) : null}

      {rows.length === 0 && !url.group ? (
        <EmptyState title={t("list.empty")} hint={t("list.emptyHint")} />
      ) : (
        <DataTableView
          table={table}
          rows={display}
          label={t("list.title")}
          isBusy={loading}
          onOpen={(row) => router.push(`/recommendations/${encodeURIComponent(row.original.code)}`)}
          onToggleGroup={toggleGroup}
          header={(h) =>
            h.column.id === "select" ? (
              <table.FlexRender header={h} />
            ) : (
              <ColumnHeader
                header={h}
                title={titles[h.column.id as ColumnId]}
                sortCount={sorting.length}
                onResizeBy={(delta) =>
                  table.setColumnSizing((old) => ({ ...old, [h.column.id]: Math.max(60, h.column.getSize() + delta) }))
                }
              />
            )
          }
        />
      )}
      <p className="text-xs text-muted-foreground">{t("table.keyboardHint")}</p>

      <nav aria-label={t("list.pagination")} className="flex flex-wrap items-center justify-between gap-2 text-sm">
        <span>
          {t("list.pageOf", { page, pages })} · {t("list.rowCount", { shown: rows.length })}
        </span>
        <span className="flex items-center gap-2">
          <label className="flex items-center gap-1.5">
            {t("table.pageSize")}
            <select
              className="h-8 rounded-md border border-input bg-background px-2"
              value={url.pageSize}
              onChange={(e) => void setUrl({ pageSize: Number(e.target.value), page: null })}
            >
              {pageSizes.map((s) => (
                <option key={s} value={s}>
                  {format.number(s)}
                </option>
              ))}
            </select>
          </label>
          <Button variant="outline" size="sm" disabled={page <= 1} onClick={() => void setUrl({ page: page - 1 })}>
            {t("list.previous")}
          </Button>
          <Button variant="outline" size="sm" disabled={page >= pages} onClick={() => void setUrl({ page: page + 1 })}>
            {t("list.next")}
          </Button>
        </span>
      </nav>
    </div>
  );
}
