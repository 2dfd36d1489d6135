"use client";
/**
 * What every list page around a data table shows, in one order: search, saved views, columns and
 * grouping; the filter bar with export; the status line; the bulk bar while rows are selected; the
 * table (or its empty state); the keyboard hint and the pager. Each table brings its own columns,
 * facets, bulk bar and wording; the frame wires them to the URL the same way for all.
 */
import type { ReactNode } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import type { Row } from "@tanstack/react-table";
import { EmptyState } from "@/components/ui/empty-state";
import { ColumnOptions } from "./column-options";
import { headerRenderer } from "./column-header";
import { DataTableView, type DisplayRow } from "./data-table";
import type { DataTableFeatures } from "./features";
import {
  exportHrefOf,
  FilterBar,
  GroupBySelect,
  isFiltered,
  Pager,
  SearchBox,
  TableStatus,
  type FacetControl,
  type TableMessage,
} from "./table-parts";
import type { SetViewUrl, useTableView } from "./use-table-view";

export function TableFrame<TData extends { id: string }, C extends string, G extends string>({
  view,
  url,
  setUrl,
  titles,
  searchPlaceholder,
  savedViews,
  groupOptions,
  facets,
  filterKeys,
  exportPath,
  query,
  problems,
  error,
  onRetry,
  loading,
  count,
  message,
  bulkBar,
  empty,
  label,
  display,
  shown,
  rowTotal,
  onOpen,
  keyboardHint,
}: {
  view: ReturnType<typeof useTableView<TData, C>>;
  url: { group: G | null; archived: string | null; page: number; pageSize: number } & Record<string, unknown>;
  setUrl: SetViewUrl;
  titles: Record<C, string>;
  searchPlaceholder: string;
  /** The table's saved-views control. */
  savedViews: ReactNode;
  groupOptions: { value: G; label: string }[];
  facets: FacetControl[];
  /** The URL keys of the table's filters, which "clear filters" removes. */
  filterKeys: readonly string[];
  /** The export route; the link carries the view's query and visible columns. */
  exportPath: string;
  query: string;
  /** The parts of a hand-edited link the view ignores, as sentences. */
  problems: string[];
  /** Why the rows of the view in the URL could not be fetched (the previous rows stay on screen). */
  error: string | null;
  onRetry: () => void;
  /** New rows are on their way; the previous ones stay meanwhile. */
  loading: boolean;
  count: string;
  message: TableMessage;
  /** Shown while rows are selected (null otherwise). */
  bulkBar: ReactNode;
  empty: { title: string; hint: string };
  label: string;
  display: DisplayRow<TData>[];
  /** Rows on this page, and rows in the view (for the pager). */
  shown: number;
  rowTotal: number;
  onOpen: (row: Row<DataTableFeatures, TData>) => void;
  keyboardHint: string;
}) {
  const { table, sorting, visible } = view;
  const t = useTranslations();
  const pages = Math.max(1, Math.ceil(rowTotal / url.pageSize));
  return (
    <div className="space-y-3">
      {problems.length ? (
        <p role="alert" className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm dark:bg-amber-950">
          {t("list.invalidLink", { problems: problems.join("; ") })}
        </p>
      ) : null}
      <div className="flex flex-wrap items-end gap-2">
        <SearchBox
          value={view.search}
          onChange={view.setSearch}
          inputRef={view.searchRef}
          placeholder={searchPlaceholder}
        />
        {savedViews}
        <ColumnOptions {...view.columnOptions(titles)} />
        <GroupBySelect
          value={url.group}
          options={groupOptions}
          onChange={(group) => void setUrl({ group, collapsed: null, page: null })}
        />
      </div>

      <FilterBar
        facets={facets}
        onFacetChange={(id, values) => void setUrl({ [id]: values.length ? values : null, page: null })}
        archived={url.archived === "include"}
        onArchivedChange={(include) => void setUrl({ archived: include ? "include" : null, page: null })}
        filtered={isFiltered(filterKeys, url)}
        onClear={() => {
          view.setSearch("");
          void setUrl({ ...Object.fromEntries(filterKeys.map((key) => [key, null])), page: null });
        }}
        exportHref={exportHrefOf(exportPath, query, visible)}
      />

      <TableStatus
        loading={loading}
        count={count}
        sortedBy={
          sorting.length > 1 ? sorting.map((s) => `${titles[s.id as C]} ${s.desc ? "↓" : "↑"}`).join(", ") : null
        }
        message={message}
      />

      {error ? (
        <div
          role="alert"
          className="flex flex-wrap items-center gap-2 rounded-md border border-destructive/40 px-3 py-2 text-sm text-destructive"
        >
          <p>{error}</p>
          <Button variant="outline" size="sm" onClick={onRetry}>
            {t("table.retry")}
          </Button>
        </div>
      ) : null}

      {bulkBar}

      {shown === 0 && !url.group ? (
        <EmptyState title={empty.title} hint={empty.hint} />
      ) : (
        <DataTableView
          table={table}
          rows={display}
          label={label}
          isBusy={loading}
          onOpen={onOpen}
          onToggleGroup={view.toggleGroup}
          header={headerRenderer(table, titles, sorting.length)}
        />
      )}
      <p className="text-xs text-muted-foreground">{keyboardHint}</p>

      <Pager
        page={url.page}
        pages={pages}
        shown={shown}
        pageSize={url.pageSize}
        onPage={(page) => void setUrl({ page })}
        onPageSize={(pageSize) => void setUrl({ pageSize, page: null })}
      />
    </div>
  );
}
