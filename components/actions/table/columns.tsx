"use client";
/** The All actions table's columns: how each shows its value. */
import { useMemo } from "react";
import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import type { ColumnDef } from "@tanstack/react-table";
import { DateCell, selectColumn } from "@/components/data-table/cells";
import type { DataTableFeatures } from "@/components/data-table/features";
import { actionStatusTone } from "@/components/recommendations/actions/action-row";
import { Badge } from "@/components/ui/badge";
import type { ActionColumnId } from "@/lib/table/action-view";
import type { ActionRow } from "@/lib/table/action-row";

export type ActionColumn = ColumnDef<DataTableFeatures, ActionRow, unknown>;

const defaultWidths: Record<ActionColumnId, number> = {
  title: 300,
  recommendation: 150,
  recommendationTitle: 260,
  agency: 110,
  side: 120,
  assignee: 150,
  status: 130,
  progress: 110,
  due: 130,
  overdueBy: 110,
  updated: 130,
};

// Which direction a first click sorts (text up, figures down); the database does the sorting.
const sortHint: Record<ActionColumnId, (row: ActionRow) => string | number> = {
  title: (r) => r.title,
  recommendation: (r) => r.code,
  recommendationTitle: (r) => r.recommendationTitle,
  agency: (r) => r.agency.abbreviation,
  side: (r) => r.agency.side,
  assignee: (r) => r.assignee ?? "",
  status: (r) => r.status,
  progress: (r) => r.progress,
  due: (r) => r.dueDate ?? "",
  overdueBy: (r) => r.overdueBy ?? 0,
  updated: (r) => r.updatedAt,
};

export function useActionColumnTitles(): Record<ActionColumnId, string> {
  const t = useTranslations("allActions.columns");
  return useMemo(
    () => Object.fromEntries(Object.keys(defaultWidths).map((id) => [id, t(id as ActionColumnId)])),
    [t],
  ) as Record<ActionColumnId, string>;
}

type CellProps = { row: { original: ActionRow } };

function TitleCell({ row }: CellProps) {
  const r = row.original;
  return (
    <Link
      href={`/recommendations/${encodeURIComponent(r.code)}#actions`}
      tabIndex={-1}
      className="block truncate font-medium hover:underline"
      title={r.title}
    >
      {r.title}
    </Link>
  );
}

function RecommendationTitleCell({ row }: CellProps) {
  const t = useTranslations("list");
  const r = row.original;
  return (
    <span className="flex items-center gap-2">
      <span className="truncate" title={r.recommendationTitle}>
        {r.recommendationTitle}
      </span>
      {r.archived ? <Badge tone="warn">{t("archived")}</Badge> : null}
    </span>
  );
}

function SideCell({ row }: CellProps) {
  const t = useTranslations("sides");
  return t(row.original.agency.side);
}

function StatusCell({ row }: CellProps) {
  const t = useTranslations("actionStatus");
  const status = row.original.status;
  return <Badge tone={actionStatusTone[status]}>{t(status)}</Badge>;
}

function ProgressCell({ row }: CellProps) {
  const format = useFormatter();
  const share = row.original.progress / 100;
  return (
    <span className="flex items-center gap-2">
      <span aria-hidden className="h-1.5 w-12 overflow-hidden rounded-full bg-muted">
        <span className="block h-full rounded-full bg-primary" style={{ width: `${row.original.progress}%` }} />
      </span>
      <span className="tabular-nums text-xs">{format.number(share, { style: "percent" })}</span>
    </span>
  );
}

function OverdueByCell({ row }: CellProps) {
  const t = useTranslations("allActions");
  const days = row.original.overdueBy;
  if (days === null) return <span className="text-muted-foreground">—</span>;
  return <Badge tone="bad">{t("days", { count: days })}</Badge>;
}

function buildColumns(): ActionColumn[] {
  const column = (id: ActionColumnId, cell: ActionColumn["cell"]): ActionColumn => ({
    id,
    accessorFn: (row) => sortHint[id](row),
    header: id,
    cell,
    size: defaultWidths[id],
    minSize: 70,
    enableHiding: id !== "title",
  });
  return [
    selectColumn<ActionRow>((r) => r.title),
    column("title", TitleCell),
    column("recommendation", ({ row }) => <span className="font-mono text-xs">{row.original.code}</span>),
    column("recommendationTitle", RecommendationTitleCell),
    column("agency", ({ row }) => <span title={row.original.agency.name}>{row.original.agency.abbreviation}</span>),
    column("side", SideCell),
    column("assignee", ({ row }) => row.original.assignee ?? <span className="text-muted-foreground">—</span>),
    column("status", StatusCell),
    column("progress", ProgressCell),
    column("due", ({ row }) => <DateCell value={row.original.dueDate} />),
    column("overdueBy", OverdueByCell),
    column("updated", ({ row }) => <DateCell value={row.original.updatedAt} />),
  ];
}

/** Stable definitions: the cells read translations through hooks, so they never change. */
export function useActionColumns(): ActionColumn[] {
  return useMemo(() => buildColumns(), []);
}
