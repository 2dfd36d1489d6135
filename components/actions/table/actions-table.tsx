"use client";
/**
 * The All actions table: every action across recommendations, in the same data-table parts as the
 * recommendations table. The view (filters, search, sort, grouping, collapsed groups, columns,
 * widths, pins, page) lives in the URL through nuqs, so a view is a link.
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
import { useTableView, type SetViewUrl } from "@/components/data-table/use-table-view";
import { SavedViews } from "@/components/recommendations/table/saved-views";
import { EmptyState } from "@/components/ui/empty-state";
import { actionColumnIds, actionGroupings, defaultActionColumns, type ActionColumnId } from "@/lib/table/action-view";
import type { ActionRow } from "@/lib/table/action-row";
import { actionFilters, type FacetIdOf } from "@/lib/table/filters";
import type { AgencyOption } from "@/lib/table/recommendation-row";
import { actionFilterKeys, actionUrlState } from "@/lib/table/url-state";
import { ActionBulkBar } from "./action-bulk-bar";
import { useActionColumns, useActionColumnTitles } from "./columns";

type ActionFacetId = FacetIdOf<typeof actionFilters>;

export interface ActionGroup {
  key: string;
  label: string;
  count: number;
}

export function ActionsTable({
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
  rows: ActionRow[];
  groups: ActionGroup[];
  facets: Record<ActionFacetId, Record<string, number>>;
  agencies: AgencyOption[];
  total: number;
  rowTotal: number;
  views: SavedViewSummary[];
  defaultViewId: string | null;
  shareRefusal: string | null;
}) {
  const t = useTranslations();
  const router = useRouter();
  const searchParams = useSearchParams();
  const titles = useActionColumnTitles();
  const [loading, startTransition] = useTransition();
  const [url, setUrl] = useQueryStates(actionUrlState, { shallow: false, history: "push", startTransition });
  const [message, setMessage] = useState<TableMessage>(null);
  const report = useCallback(
    (title: string, ok: boolean, text: string) => setMessage({ ok, text: `${title}: ${text}` }),
    [],
  );
  const columns = useActionColumns(report);
  const view = useTableView({
    url,
    setUrl: setUrl as unknown as SetViewUrl,
    columnIds: actionColumnIds,
    defaultColumns: defaultActionColumns,
    defaultPin: "title",
    columns,
    rows,
    // A row can be selected for a bulk change when this person may change its work.
    canSelect: (row) => row.edit.work,
  });
  const { table, sorting, visible, rowSelection, setRowSelection } = view;
  const selected = rows.filter((r) => rowSelection[r.id]);

  // Rows under their group headers; a collapsed group keeps its header and count.
  const display: DisplayRow<ActionRow>[] = useMemo(
    () =>
      groupDisplayRows(table.getRowModel().rows, url.group ? { groups, collapsed: url.collapsed } : null, (g) => ({
        label: groups.find((x) => x.key === g.key)?.label ?? g.key,
        count: t("allActions.groupCount", { count: g.count }),
      })),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the row model follows `rows`
    [rows, groups, url.group, url.collapsed, t],
  );

  const filters = facetControls(actionFilters, facets, agencies, url, (key) => t(key as Parameters<typeof t>[0]));
  const filtered = isFiltered(actionFilterKeys, url);
  const pages = Math.max(1, Math.ceil(rowTotal / url.pageSize));
  const query = searchParams.toString();

  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-end gap-2">
        <SearchBox
          value={view.search}
          onChange={view.setSearch}
          inputRef={view.searchRef}
          placeholder={t("allActions.searchPlaceholder")}
        />
        <SavedViews
          list="actions"
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
          options={actionGroupings.map((g) => ({ value: g, label: t(`allActions.groupings.${g}`) }))}
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
          void setUrl({ ...Object.fromEntries(actionFilterKeys.map((key) => [key, null])), page: null });
        }}
        exportHref={exportHrefOf("/api/v1/actions/export", query, visible)}
      />

      <TableStatus
        loading={loading}
        count={t("allActions.count", { total })}
        sortedBy={
          sorting.length > 1
            ? sorting.map((s) => `${titles[s.id as ActionColumnId]} ${s.desc ? "↓" : "↑"}`).join(", ")
            : null
        }
        message={message}
      />

      {selected.length ? (
        <ActionBulkBar
          items={selected.map((r) => ({ id: r.id, version: r.version }))}
          agencies={agencies}
          mayReassign={selected.every((r) => r.edit.reassign)}
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
        <EmptyState title={t("allActions.empty")} hint={t("list.emptyHint")} />
      ) : (
        <DataTableView
          table={table}
          rows={display}
          label={t("allActions.title")}
          isBusy={loading}
          onOpen={(row) => router.push(`/recommendations/${encodeURIComponent(row.original.code)}#actions`)}
          onToggleGroup={view.toggleGroup}
          header={headerRenderer(table, titles, sorting.length)}
        />
      )}
      <p className="text-xs text-muted-foreground">{t("allActions.keyboardHint")}</p>

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
