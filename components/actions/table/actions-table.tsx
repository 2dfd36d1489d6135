"use client";
/**
 * The All actions table: every action across recommendations, in the same data-table parts as the
 * recommendations table. The view (filters, search, sort, grouping, collapsed groups, columns,
 * widths, pins, page) lives in the URL through nuqs, so a view is a link. The page renders the first
 * rows; after that the table fetches the rows of the view in its URL (useTableState).
 */
import { useCallback, useMemo, useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import type { SavedViewSummary } from "@/db/queries/views";
import { groupDisplayRows, type DisplayRow } from "@/components/data-table/data-table";
import { facetControls, type TableMessage } from "@/components/data-table/table-parts";
import { TableFrame } from "@/components/data-table/table-frame";
import { useTableState } from "@/components/data-table/use-table-state";
import { useTableView, type SetViewUrl } from "@/components/data-table/use-table-view";
import { SavedViews } from "@/components/recommendations/table/saved-views";
import { actionColumnIds, actionGroupings, defaultActionColumns } from "@/lib/table/action-view";
import type { ActionRow } from "@/lib/table/action-row";
import { actionFilters } from "@/lib/table/filters";
import type { AgencyOption } from "@/lib/table/recommendation-row";
import type { ActionTableData } from "@/lib/table/table-data";
import { actionFilterKeys, actionUrlState } from "@/lib/table/url-state";
import { ActionBulkBar } from "./action-bulk-bar";
import { useActionColumns, useActionColumnTitles } from "./columns";

export function ActionsTable({
  data: initial,
  agencies,
  views,
  defaultViewId,
  shareRefusal,
}: {
  /** The first rows, rendered with the page. */
  data: ActionTableData;
  agencies: AgencyOption[];
  views: SavedViewSummary[];
  defaultViewId: string | null;
  shareRefusal: string | null;
}) {
  const t = useTranslations();
  const router = useRouter();
  const titles = useActionColumnTitles();
  const { url, setUrl, query, data, loading, error, retry } = useTableState(
    actionUrlState,
    "/api/table/actions",
    initial,
  );
  const { rows, groups, facets, total, rowTotal } = data;
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
  const { table, rowSelection, setRowSelection } = view;
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

  const facetList = facetControls(actionFilters, facets, agencies, url, (key) => t(key as Parameters<typeof t>[0]));

  return (
    <TableFrame
      view={view}
      url={url}
      setUrl={setUrl as unknown as SetViewUrl}
      titles={titles}
      searchPlaceholder={t("allActions.searchPlaceholder")}
      savedViews={
        <SavedViews
          list="actions"
          views={views}
          defaultViewId={defaultViewId}
          shareRefusal={shareRefusal}
          currentViewId={url.view}
          currentQuery={query}
          onMessage={(ok, text) => setMessage({ ok, text })}
        />
      }
      groupOptions={actionGroupings.map((g) => ({ value: g, label: t(`allActions.groupings.${g}`) }))}
      facets={facetList}
      filterKeys={actionFilterKeys}
      exportPath="/api/v1/actions/export"
      query={query}
      problems={data.problems}
      error={error}
      onRetry={retry}
      loading={loading}
      count={t("allActions.count", { total })}
      message={message}
      bulkBar={
        selected.length ? (
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
        ) : null
      }
      empty={{ title: t("allActions.empty"), hint: t("list.emptyHint") }}
      label={t("allActions.title")}
      display={display}
      shown={rows.length}
      rowTotal={rowTotal}
      onOpen={(row) => router.push(`/recommendations/${encodeURIComponent(row.original.code)}#actions`)}
      keyboardHint={t("allActions.keyboardHint")}
    />
  );
}
