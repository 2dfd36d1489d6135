"use client";
/** The recommendations table's columns: how each shows its value, and the inline editors. */
import { RowLink } from "@/components/data-table/row-link";
import { useMemo } from "react";
import { useFormatter, useTranslations } from "next-intl";
import type { ColumnDef } from "@tanstack/react-table";
import { healths, priorities, recommendationStatuses } from "@/db/schema/enums";
import type { DataTableFeatures } from "@/components/data-table/features";
import { HealthBadge, StatusBadge } from "@/components/recommendations/badges";
import { Badge } from "@/components/ui/badge";
import { LocalizedText } from "@/components/ui/localized-text";
import { saveTracking } from "@/app/(workspace)/recommendations/[code]/actions";
import { setLeadAction } from "@/app/(workspace)/recommendations/table-actions";
import type { ColumnId } from "@/lib/table/recommendation-view";
import type { AgencyOption, TableRow } from "@/lib/table/recommendation-row";
import { DateCell, selectColumn } from "@/components/data-table/cells";
import { InlineSelect } from "@/components/data-table/inline-select";

export type Column = ColumnDef<DataTableFeatures, TableRow, unknown>;
type Report = (code: string, ok: boolean, text: string) => void;

const defaultWidths: Record<ColumnId, number> = {
  code: 150,
  title: 320,
  theme: 150,
  horizon: 110,
  priority: 110,
  status: 150,
  health: 130,
  leadShenzhen: 130,
  leadHongKong: 130,
  progressShenzhen: 150,
  progressHongKong: 150,
  nextDue: 130,
  overdue: 100,
  target: 130,
  updated: 130,
};

const sortHint: Record<ColumnId, (row: TableRow) => string | number> = {
  code: (r) => r.code,
  title: (r) => r.title.text,
  theme: (r) => r.theme,
  horizon: (r) => r.horizon,
  priority: (r) => r.priority,
  status: (r) => r.status,
  health: (r) => r.health ?? "",
  leadShenzhen: (r) => r.leads.shenzhen[0]?.abbreviation ?? "",
  leadHongKong: (r) => r.leads.hong_kong[0]?.abbreviation ?? "",
  progressShenzhen: (r) => r.progress.shenzhen ?? -1,
  progressHongKong: (r) => r.progress.hong_kong ?? -1,
  nextDue: (r) => r.nextDue ?? "",
  overdue: (r) => r.overdueCount,
  target: (r) => r.targetDate ?? "",
  updated: (r) => r.updatedAt,
};

export function useColumnTitles(): Record<ColumnId, string> {
  const t = useTranslations("list");
  return useMemo(() => titlesFrom(t), [t]);
}

function titlesFrom(t: (key: string) => string): Record<ColumnId, string> {
  return {
    code: t("code"),
    title: t("titleColumn"),
    theme: t("theme"),
    horizon: t("horizon"),
    priority: t("priority"),
    status: t("status"),
    health: t("health"),
    leadShenzhen: t("leadShenzhen"),
    leadHongKong: t("leadHongKong"),
    progressShenzhen: t("progressShenzhen"),
    progressHongKong: t("progressHongKong"),
    nextDue: t("nextDue"),
    overdue: t("overdue"),
    target: t("target"),
    updated: t("updated"),
  };
}

function ProgressBar({ share }: { share: number | null }) {
  const t = useTranslations("table");
  const format = useFormatter();
  if (share === null) return <span className="text-xs text-muted-foreground">{t("noProgress")}</span>;
  const percent = format.number(share, { style: "percent" });
  return (
    <span className="flex items-center gap-2" title={t("progressLabel", { done: percent })}>
      <span aria-hidden className="h-1.5 w-16 overflow-hidden rounded-full bg-muted">
        <span className="block h-full rounded-full bg-primary" style={{ width: `${Math.round(share * 100)}%` }} />
      </span>
      <span className="tabular-nums text-xs">{percent}</span>
    </span>
  );
}

function LeadCell({
  row,
  side,
  agencies,
  report,
}: {
  row: TableRow;
  side: "shenzhen" | "hong_kong";
  agencies: AgencyOption[];
  report: Report;
}) {
  const t = useTranslations();
  const leads = row.leads[side];
  if (!row.edit.lead || leads.length > 1) {
    return leads.length ? (
      <span title={leads.map((l) => l.name).join("; ")}>{leads.map((l) => l.abbreviation).join(", ")}</span>
    ) : (
      <span className="text-muted-foreground">—</span>
    );
  }
  const field = t(`list.${side === "shenzhen" ? "leadShenzhen" : "leadHongKong"}`);
  return (
    <InlineSelect
      label={t("table.editField", { field, code: row.code })}
      value={leads[0]?.key ?? ""}
      version={row.version}
      options={[
        { value: "", label: "—", disabled: true },
        ...agencies.filter((a) => a.side === side).map((a) => ({ value: a.key, label: a.abbreviation })),
      ]}
      save={(agency, version) => setLeadAction({ code: row.code, version, side, agency })}
      onOutcome={(ok, text) => report(row.code, ok, text)}
    />
  );
}

/**
 * Stable column definitions. TanStack renders each cell function as a component, so a new function on
 * a render would remount every cell (losing focus and the version an edit began from). The cells
 * therefore read translations through hooks, and the definitions change only with the agencies.
 */
export function useRecommendationColumns(agencies: AgencyOption[], report: Report): Column[] {
  return useMemo(() => buildColumns(agencies, report), [agencies, report]);
}

type CellProps = { row: { original: TableRow } };

function useCellText() {
  const t = useTranslations();
  const titles = useColumnTitles();
  return { t, titles, editLabel: (id: ColumnId, code: string) => t("table.editField", { field: titles[id], code }) };
}

function PriorityCell({ row, report }: CellProps & { report: Report }) {
  const { t, editLabel } = useCellText();
  const r = row.original;
  if (!r.edit.priority) return t(`priority.${r.priority}`);
  return (
    <InlineSelect
      label={editLabel("priority", r.code)}
      value={r.priority}
      version={r.version}
      options={priorities.map((p) => ({ value: p, label: t(`priority.${p}`) }))}
      save={(priority, version) => saveTracking({ code: r.code, version, priority: priority || undefined })}
      onOutcome={(ok, text) => report(r.code, ok, text)}
    />
  );
}

function StatusCell({ row, report }: CellProps & { report: Report }) {
  const { t, editLabel } = useCellText();
  const r = row.original;
  if (!r.edit.statuses.length) return <StatusBadge status={r.status} />;
  return (
    <InlineSelect
      label={editLabel("status", r.code)}
      value={r.status}
      version={r.version}
      options={recommendationStatuses
        .filter((s) => s === r.status || r.edit.statuses.includes(s))
        .map((s) => ({ value: s, label: t(`status.${s}`) }))}
      save={(status, version) => saveTracking({ code: r.code, version, status: status || undefined })}
      onOutcome={(ok, text) => report(r.code, ok, text)}
    />
  );
}

function HealthCell({ row, report }: CellProps & { report: Report }) {
  const { t, editLabel } = useCellText();
  const r = row.original;
  if (!r.edit.health) return <HealthBadge health={r.health} />;
  return (
    <InlineSelect
      label={editLabel("health", r.code)}
      value={r.health ?? ""}
      version={r.version}
      options={[
        { value: "" as const, label: t("table.notAssessed") },
        ...healths.map((h) => ({ value: h, label: t(`health.${h}`) })),
      ]}
      save={(health, version) => saveTracking({ code: r.code, version, health: health || null })}
      onOutcome={(ok, text) => report(r.code, ok, text)}
    />
  );
}

function TitleCell({ row }: CellProps) {
  const t = useTranslations("list");
  const r = row.original;
  return (
    <span className="flex items-center gap-2">
      <RowLink
        href={`/recommendations/${encodeURIComponent(r.code)}`}
        tabIndex={-1}
        className="truncate font-medium hover:underline"
        title={r.title.text}
      >
        <LocalizedText value={r.title} markFirst />
      </RowLink>
      {r.archived ? <Badge tone="warn">{t("archived")}</Badge> : null}
    </span>
  );
}

function EnumCell({ namespace, value }: { namespace: "themes" | "horizon"; value: string }) {
  const t = useTranslations(namespace);
  return t(value as "short");
}

function OverdueCell({ row }: CellProps) {
  const t = useTranslations("table");
  const format = useFormatter();
  const count = row.original.overdueCount;
  if (!count) return <span className="text-muted-foreground">0</span>;
  return (
    <Badge tone="bad" title={t("overdueActions", { count })}>
      {format.number(count)}
    </Badge>
  );
}

function buildColumns(agencies: AgencyOption[], report: Report): Column[] {
  const column = (id: ColumnId, cell: Column["cell"]): Column => ({
    id,
    // TanStack sorts only columns with an accessor. The database does the sorting (manual mode); the
    // value only tells the table which direction a first click sorts (text up, figures down).
    accessorFn: (row) => sortHint[id](row),
    header: id,
    cell,
    size: defaultWidths[id],
    minSize: 70,
    enableHiding: id !== "code",
  });

  return [
    selectColumn<TableRow>((r) => r.code),
    // One link per row (the title), so a screen reader's list of links isn't doubled.
    column("code", ({ row }) => <span className="font-mono text-xs">{row.original.code}</span>),
    column("title", TitleCell),
    column("theme", ({ row }) => <EnumCell namespace="themes" value={row.original.theme} />),
    column("horizon", ({ row }) => <EnumCell namespace="horizon" value={row.original.horizon} />),
    column("priority", ({ row }) => <PriorityCell row={row} report={report} />),
    column("status", ({ row }) => <StatusCell row={row} report={report} />),
    column("health", ({ row }) => <HealthCell row={row} report={report} />),
    column("leadShenzhen", ({ row }) => (
      <LeadCell row={row.original} side="shenzhen" agencies={agencies} report={report} />
    )),
    column("leadHongKong", ({ row }) => (
      <LeadCell row={row.original} side="hong_kong" agencies={agencies} report={report} />
    )),
    column("progressShenzhen", ({ row }) => <ProgressBar share={row.original.progress.shenzhen} />),
    column("progressHongKong", ({ row }) => <ProgressBar share={row.original.progress.hong_kong} />),
    column("nextDue", ({ row }) => <DateCell value={row.original.nextDue} />),
    column("overdue", OverdueCell),
    column("target", ({ row }) => <DateCell value={row.original.targetDate} />),
    column("updated", ({ row }) => <DateCell value={row.original.updatedAt} />),
  ];
}
