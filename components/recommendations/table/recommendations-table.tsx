"use client";
/**
 * The recommendations table. Everything that defines the view (filters, search, sort, grouping,
 * collapsed groups, columns, widths, pins, page) lives in the URL through nuqs, so a view is a link.
 * Changes that need other rows go to the server (shallow: false); display-only ones don't.
 */
import { useCallback, useMemo, useState, useTransition } from "react";
import { useRouter, useSearchParams } from "next/navigation";
import { useTranslations } from "next-intl";
import { useQueryStates } from "nuqs";
import type { SavedViewSummary } from "@/db/queries/views";
import { headerRenderer } from "@/components/data-table/column-header";
import { ColumnOptions } from "@/components/data-table/column-options";
import { DataTableView, groupDisplayRows, type DisplayRow } from "@/components/data-table/data-table";
import {
  exportHrefOf,
  facetControls,
  FilterBar,
  isFiltered,
  GroupBySelect,
  Pager,
  SearchBox,
  TableStatus,
  type TableMessage,
} from "@/components/data-table/table-parts";
import { useSameValue } from "@/components/data-table/use-same-value";
import { useTableView, type SetViewUrl } from "@/components/data-table/use-table-view";
import { EmptyState } from "@/components/ui/empty-state";
import { columnIds, defaultColumns, groupings, type ColumnId } from "@/lib/table/recommendation-view";
import { tableFilters, type FacetId } from "@/lib/table/filters";
import type { AgencyOption, TableRow } from "@/lib/table/recommendation-row";
import { filterKeys, tableUrlState } from "@/lib/table/url-state";
import type { GroupCount } from "@/db/queries/recommendation-list";
import { useColumnTitles, useRecommendationColumns } from "./columns";
import { BulkBar } from "./bulk-bar";
import { SavedViews } from "./saved-views";

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
  const router = useRouter();
  const searchParams = useSearchParams();
  const titles = useColumnTitles();
  const [loading, startTransition] = useTransition();
  const [url, setUrl] = useQueryStates(tableUrlState, { shallow: false, history: "push", startTransition });
  const [message, setMessage] = useState<TableMessage>(null);
  const report = useCallback(
    (code: string, ok: boolean, text: string) => setMessage({ ok, text: `${code}: ${text}` }),
    [],
  );
  const columns = useRecommendationColumns(useSameValue(agencies), report);
  const view = useTableView({
    url,
    setUrl: setUrl as unknown as SetViewUrl,
    columnIds,
    defaultColumns,
    defaultPin: "code",
    columns,
    rows,
    // A row can be selected for bulk edit when this person may change something in it.
    canSelect: mayEdit,
  });
  const { table, sorting, rowSelection, setRowSelection, visible } = view;

  // Rows under their group headers; a collapsed group keeps its header and count.
  const display: DisplayRow<TableRow>[] = useMemo(() => {
    const groupLabel = (key: string) => {
      if (url.group === "status") return t(`status.${key}` as "status.proposed");
      if (url.group === "theme") return t(`themes.${key}` as "themes.innovation");
      if (url.group === "horizon") return t(`horizon.${key}` as "horizon.short");
      const agency = agencies.find((a) => a.key === key);
      return agency ? `${agency.abbreviation} · ${agency.name}` : t("table.noLead");
    };
    return groupDisplayRows(table.getRowModel().rows, url.group ? { groups, collapsed: url.collapsed } : null, (g) => ({
      label: groupLabel(g.key),
      count: t("table.groupCount", { count: g.count }),
    }));
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the row model follows `rows`
  }, [rows, groups, url.group, url.collapsed, agencies, t]);

  const selectedItems = useMemo(() => {
    const seen = new Map<string, number>();
    for (const r of rows) if (rowSelection[r.id]) seen.set(r.code, r.version);
    return [...seen].map(([code, version]) => ({ code, version }));
  }, [rows, rowSelection]);

  const filters = facetControls(tableFilters, facets, agencies, url, (key) => t(key as Parameters<typeof t>[0]));
  const filtered = isFiltered(filterKeys, url);
  const pages = Math.max(1, Math.ceil(rowTotal / url.pageSize));
  const query = searchParams.toString();

  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-end gap-2">
        <SearchBox
          value={view.search}
          onChange={view.setSearch}
          inputRef={view.searchRef}
          placeholder={t("list.searchPlaceholder")}
        />
        <SavedViews
          list="recommendations"
          views={views}
          defaultViewId={defaultViewId}
          shareRefusal={shareRefusal}
          currentViewId={url.view}
          currentQuery={query}
          onMessage={(ok, text) => setMessage({ ok, text })}
        />
        <ColumnOptions {...view.columnOptions(titles)} />
        <GroupBySelect
          value={url.group}
          options={groupings.map((g) => ({ value: g, label: t(`table.groupings.${g}`) }))}
          onChange={(group) => void setUrl({ group, collapsed: null, page: null })}
        />
      </div>

      <FilterBar
        facets={filters}
        onFacetChange={(id, values) => void setUrl({ [id]: values.length ? values : null, page: null })}
        archived={url.archived === "include"}
        onArchivedChange={(include) => void setUrl({ archived: include ? "include" : null, page: null })}
        filtered={filtered}
        onClear={() => {
          view.setSearch("");
          void setUrl({ ...Object.fromEntries(filterKeys.map((key) => [key, null])), page: null });
        }}
        exportHref={exportHrefOf("/api/v1/recommendations/export", query, visible)}
      />

      <TableStatus
        loading={loading}
        count={t("list.count", { total })}
        sortedBy={
          sorting.length > 1 ? sorting.map((s) => `${titles[s.id as ColumnId]} ${s.desc ? "↓" : "↑"}`).join(", ") : null
        }
        message={message}
      />

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
          onToggleGroup={view.toggleGroup}
          header={headerRenderer(table, titles, sorting.length)}
        />
      )}
      <p className="text-xs text-muted-foreground">{t("table.keyboardHint")}</p>

      <Pager
        page={url.page}
        pages={pages}
        shown={rows.length}
        pageSize={url.pageSize}
        onPage={(page) => void setUrl({ page })}
        onPageSize={(pageSize) => void setUrl({ pageSize, page: null })}
      />
    </div>
  );
}
