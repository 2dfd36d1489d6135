"use client";
/** The recommendations table's columns: how each shows its value, and the inline editors. */
import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import type { ColumnDef } from "@tanstack/react-table";
import { healths, priorities, recommendationStatuses } from "@/db/schema/enums";
import type { DataTableFeatures } from "@/components/data-table/features";
import { HealthBadge, StatusBadge } from "@/components/recommendations/badges";
import { Badge } from "@/components/ui/badge";
import { saveTracking } from "@/app/(workspace)/recommendations/[code]/actions";
import { setLeadAction } from "@/app/(workspace)/recommendations/table-actions";
import type { ColumnId } from "@/lib/table/recommendation-view";
import type { AgencyOption, TableRow } from "@/lib/table/recommendation-row";
import { InlineSelect } from "./inline-select";

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

export function useColumnTitles(): Record<ColumnId, string> {
  const t = useTranslations("list");
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

function DateCell({ value }: { value: string | null }) {
  const format = useFormatter();
  if (!value) return <span className="text-muted-foreground">—</span>;
  return (
    <time dateTime={value}>
      {format.dateTime(new Date(value.length === 10 ? `${value}T00:00:00` : value), { dateStyle: "medium" })}
    </time>
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

export function useRecommendationColumns(agencies: AgencyOption[], report: Report): Column[] {
  const t = useTranslations();
  const titles = useColumnTitles();
  const format = useFormatter();
  const tracking = (row: TableRow, patch: Record<string, unknown>, version: number) =>
    saveTracking({ code: row.code, version, ...patch });

  const column = (id: ColumnId, cell: Column["cell"], extra: Partial<Column> = {}): Column => ({
    id,
    header: titles[id],
    cell,
    size: defaultWidths[id],
    minSize: 70,
    enableHiding: id !== "code",
    ...extra,
  });

  return [
    {
      id: "select",
      size: 40,
      enableResizing: false,
      enableSorting: false,
      enableHiding: false,
      header: ({ table }) => (
        <input
          type="checkbox"
          className="size-4"
          aria-label={t("table.selectAll")}
          checked={table.getIsAllPageRowsSelected()}
          ref={(el) => {
            if (el) el.indeterminate = table.getIsSomePageRowsSelected() && !table.getIsAllPageRowsSelected();
          }}
          onChange={table.getToggleAllPageRowsSelectedHandler()}
        />
      ),
      cell: ({ row }) => (
        <input
          type="checkbox"
          className="size-4"
          tabIndex={-1}
          aria-label={t("table.selectRow", { code: row.original.code })}
          checked={row.getIsSelected()}
          disabled={!row.getCanSelect()}
          onChange={row.getToggleSelectedHandler()}
        />
      ),
    },
    column("code", ({ row }) => (
      <Link
        href={`/recommendations/${encodeURIComponent(row.original.code)}`}
        tabIndex={-1}
        className="font-mono text-xs hover:underline"
      >
        {row.original.code}
      </Link>
    )),
    column("title", ({ row }) => (
      <span className="flex items-center gap-2">
        <Link
          href={`/recommendations/${encodeURIComponent(row.original.code)}`}
          tabIndex={-1}
          className="truncate font-medium hover:underline"
          title={row.original.title}
        >
          {row.original.title}
        </Link>
        {row.original.archived ? <Badge tone="warn">{t("list.archived")}</Badge> : null}
      </span>
    )),
    column("theme", ({ row }) => t(`themes.${row.original.theme}` as "themes.innovation")),
    column("horizon", ({ row }) => t(`horizon.${row.original.horizon}`)),
    column("priority", ({ row }) =>
      row.original.edit.priority ? (
        <InlineSelect
          label={t("table.editField", { field: titles.priority, code: row.original.code })}
          value={row.original.priority}
          version={row.original.version}
          options={priorities.map((p) => ({ value: p, label: t(`priority.${p}`) }))}
          save={(priority, version) => tracking(row.original, { priority }, version)}
          onOutcome={(ok, text) => report(row.original.code, ok, text)}
        />
      ) : (
        t(`priority.${row.original.priority}`)
      ),
    ),
    column("status", ({ row }) =>
      row.original.edit.statuses.length ? (
        <InlineSelect
          label={t("table.editField", { field: titles.status, code: row.original.code })}
          value={row.original.status}
          version={row.original.version}
          options={recommendationStatuses
            .filter((s) => s === row.original.status || row.original.edit.statuses.includes(s))
            .map((s) => ({ value: s, label: t(`status.${s}`) }))}
          save={(status, version) => tracking(row.original, { status }, version)}
          onOutcome={(ok, text) => report(row.original.code, ok, text)}
        />
      ) : (
        <StatusBadge status={row.original.status} />
      ),
    ),
    column("health", ({ row }) =>
      row.original.edit.health ? (
        <InlineSelect
          label={t("table.editField", { field: titles.health, code: row.original.code })}
          value={row.original.health ?? ""}
          version={row.original.version}
          options={[
            { value: "" as const, label: t("table.notAssessed") },
            ...healths.map((h) => ({ value: h, label: t(`health.${h}`) })),
          ]}
          save={(health, version) => tracking(row.original, { health: health || null }, version)}
          onOutcome={(ok, text) => report(row.original.code, ok, text)}
        />
      ) : (
        <HealthBadge health={row.original.health} />
      ),
    ),
    column("leadShenzhen", ({ row }) => (
      <LeadCell row={row.original} side="shenzhen" agencies={agencies} report={report} />
    )),
    column("leadHongKong", ({ row }) => (
      <LeadCell row={row.original} side="hong_kong" agencies={agencies} report={report} />
    )),
    column("progressShenzhen", ({ row }) => <ProgressBar share={row.original.progress.shenzhen} />),
    column("progressHongKong", ({ row }) => <ProgressBar share={row.original.progress.hong_kong} />),
    column("nextDue", ({ row }) => <DateCell value={row.original.nextDue} />),
    column("overdue", ({ row }) =>
      row.original.overdueCount ? (
        <Badge tone="bad" title={t("table.overdueActions", { count: row.original.overdueCount })}>
          {format.number(row.original.overdueCount)}
        </Badge>
      ) : (
        <span className="text-muted-foreground">0</span>
      ),
    ),
    column("target", ({ row }) => <DateCell value={row.original.targetDate} />),
    column("updated", ({ row }) => <DateCell value={row.original.updatedAt} />),
  ];
}
