"use client";
/**
 * The recommendations table. Everything that defines the view (filters, search, sort, grouping,
 * collapsed groups, columns, widths, pins, page) lives in the URL through nuqs, so a view is a link.
 * The page renders the first rows; after that the table fetches the rows of the view in its URL
 * (useTableState), keeping the previous rows on screen meanwhile.
 */
import { useCallback, useMemo, useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import type { SavedViewSummary } from "@/db/queries/views";
import { groupDisplayRows, type DisplayRow } from "@/components/data-table/data-table";
import { facetControls, type TableMessage } from "@/components/data-table/table-parts";
import { TableFrame } from "@/components/data-table/table-frame";
import { useSameValue } from "@/components/data-table/use-same-value";
import { useTableState } from "@/components/data-table/use-table-state";
import { useTableView, type SetViewUrl } from "@/components/data-table/use-table-view";
import { columnIds, defaultColumns, groupings } from "@/lib/table/recommendation-view";
import { tableFilters } from "@/lib/table/filters";
import type { AgencyOption, TableRow } from "@/lib/table/recommendation-row";
import type { RecommendationTableData } from "@/lib/table/table-data";
import { filterKeys, tableUrlState } from "@/lib/table/url-state";
import { useColumnTitles, useRecommendationColumns } from "./columns";
import { BulkBar } from "./bulk-bar";
import { SavedViews } from "./saved-views";

const mayEdit = (row: TableRow) =>
  row.edit.statuses.length > 0 || row.edit.health || row.edit.priority || row.edit.lead;

export function RecommendationsTable({
  data: initial,
  agencies,
  views,
  defaultViewId,
  shareRefusal,
}: {
  /** The first rows, rendered with the page. */
  data: RecommendationTableData;
  agencies: AgencyOption[];
  views: SavedViewSummary[];
  defaultViewId: string | null;
  /** Why this person may not share a view with everyone (null when they may). */
  shareRefusal: string | null;
}) {
  const t = useTranslations();
  const router = useRouter();
  const titles = useColumnTitles();
  const { url, setUrl, query, data, loading, error, retry } = useTableState(
    tableUrlState,
    "/api/table/recommendations",
    initial,
  );
  const { rows, groups, facets, total, rowTotal } = data;
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
  const { table, rowSelection, setRowSelection } = view;

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

  const facetList = facetControls(tableFilters, facets, agencies, url, (key) => t(key as Parameters<typeof t>[0]));

  return (
    <TableFrame
      view={view}
      url={url}
      setUrl={setUrl as unknown as SetViewUrl}
      titles={titles}
      searchPlaceholder={t("list.searchPlaceholder")}
      savedViews={
        <SavedViews
          list="recommendations"
          views={views}
          defaultViewId={defaultViewId}
          shareRefusal={shareRefusal}
          currentViewId={url.view}
          currentQuery={query}
          onMessage={(ok, text) => setMessage({ ok, text })}
        />
      }
      groupOptions={groupings.map((g) => ({ value: g, label: t(`table.groupings.${g}`) }))}
      facets={facetList}
      filterKeys={filterKeys}
      exportPath="/api/v1/recommendations/export"
      query={query}
      problems={data.problems}
      error={error}
      onRetry={retry}
      loading={loading}
      count={t("list.count", { total })}
      message={message}
      bulkBar={
        selectedItems.length ? (
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
        ) : null
      }
      empty={{ title: t("list.empty"), hint: t("list.emptyHint") }}
      label={t("list.title")}
      display={display}
      shown={rows.length}
      rowTotal={rowTotal}
      onOpen={(row) => router.push(`/recommendations/${encodeURIComponent(row.original.code)}`)}
      keyboardHint={t("table.keyboardHint")}
    />
  );
}
