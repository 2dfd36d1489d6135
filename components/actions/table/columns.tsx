"use client";
/** The All actions table's columns: how each shows its value, and the inline editors. */
import { RowLink } from "@/components/data-table/row-link";
import { useMemo, useRef, useState, useTransition } from "react";
import { useFormatter, useTranslations } from "next-intl";
import type { ColumnDef } from "@tanstack/react-table";
import { DateCell, selectColumn } from "@/components/data-table/cells";
import type { DataTableFeatures } from "@/components/data-table/features";
import { actionStatusTone } from "@/components/recommendations/actions/action-row";
import { saveAction } from "@/app/(workspace)/recommendations/[code]/actions";
import { InlineSelect } from "@/components/data-table/inline-select";
import { Badge } from "@/components/ui/badge";
import { LocalizedText } from "@/components/ui/localized-text";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Popover, PopoverContent, PopoverTrigger } from "@/components/ui/popover";
import type { ActionColumnId } from "@/lib/table/action-view";
import type { ActionRow } from "@/lib/table/action-row";

export type ActionColumn = ColumnDef<DataTableFeatures, ActionRow, unknown>;
type Report = (title: string, ok: boolean, text: string) => void;

/** Statuses offered in a cell: done and cancelled need a note, written on the recommendation page. */
const inlineStatuses = ["todo", "in_progress", "blocked"] as const;
const progressSteps = [0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100];

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
  title: (r) => r.title.text,
  recommendation: (r) => r.code,
  recommendationTitle: (r) => r.recommendationTitle.text,
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
    <RowLink
      href={`/recommendations/${encodeURIComponent(r.code)}#actions`}
      tabIndex={-1}
      className="block truncate font-medium hover:underline"
      title={r.title.text}
    >
      <LocalizedText value={r.title} markFirst />
    </RowLink>
  );
}

function RecommendationTitleCell({ row }: CellProps) {
  const t = useTranslations("list");
  const r = row.original;
  return (
    <span className="flex items-center gap-2">
      <LocalizedText value={r.recommendationTitle} className="truncate" markFirst />
      {r.archived ? <Badge tone="warn">{t("archived")}</Badge> : null}
    </span>
  );
}

function SideCell({ row }: CellProps) {
  const t = useTranslations("sides");
  return t(row.original.agency.side);
}

function useEditLabel() {
  const t = useTranslations("allActions");
  const titles = useActionColumnTitles();
  return (id: ActionColumnId, title: string) => t("editField", { field: titles[id], title });
}

function StatusCell({ row, report }: CellProps & { report: Report }) {
  const t = useTranslations("actionStatus");
  const editLabel = useEditLabel();
  const r = row.original;
  if (!r.edit.work || !(inlineStatuses as readonly string[]).includes(r.status)) {
    return <Badge tone={actionStatusTone[r.status]}>{t(r.status)}</Badge>;
  }
  return (
    <InlineSelect
      label={editLabel("status", r.title.text)}
      value={r.status}
      version={r.version}
      options={inlineStatuses.map((s) => ({ value: s, label: t(s) }))}
      save={(status, version) => saveAction({ id: r.id, code: r.code, version, status: status || undefined })}
      onOutcome={(ok, text) => report(r.title.text, ok, text)}
    />
  );
}

function ProgressEditCell({ row, report }: CellProps & { report: Report }) {
  const format = useFormatter();
  const editLabel = useEditLabel();
  const r = row.original;
  if (!r.edit.work || r.status === "done" || r.status === "cancelled") return <ProgressCell row={row} />;
  const steps = [...new Set([...progressSteps, r.progress])].sort((a, b) => a - b);
  return (
    <InlineSelect
      label={editLabel("progress", r.title.text)}
      value={String(r.progress)}
      version={r.version}
      options={steps.map((p) => ({ value: String(p), label: format.number(p / 100, { style: "percent" }) }))}
      save={(progress, version) => saveAction({ id: r.id, code: r.code, version, progress: Number(progress) })}
      onOutcome={(ok, text) => report(r.title.text, ok, text)}
    />
  );
}

/**
 * The due date, changed in a small form that asks why (the reason is kept in the history). It keeps
 * the version shown when it opened, so a change someone made meanwhile is refused, not overwritten.
 */
function DueCell({ row, report }: CellProps & { report: Report }) {
  const t = useTranslations("allActions");
  const editLabel = useEditLabel();
  const r = row.original;
  const [open, setOpen] = useState(false);
  const [date, setDate] = useState(r.dueDate ?? "");
  const [reason, setReason] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const openedOn = useRef(r.version);
  if (!r.edit.work) return <DateCell value={r.dueDate} />;
  const errorId = `due-error-${r.id}`;
  return (
    <Popover
      open={open}
      onOpenChange={(next) => {
        if (next) {
          openedOn.current = r.version;
          setDate(r.dueDate ?? "");
          setReason("");
          setError(null);
        }
        setOpen(next);
      }}
    >
      <PopoverTrigger asChild>
        {/* The name begins with the date it shows, so speech input can say what it sees. */}
        <button type="button" className="w-full truncate rounded px-1 text-left hover:bg-accent">
          <DateCell value={r.dueDate} />
          <span className="sr-only"> · {t("changeDue", { title: r.title.text })}</span>
        </button>
      </PopoverTrigger>
      <PopoverContent className="w-72" aria-label={editLabel("due", r.title.text)}>
        <form
          className="space-y-2"
          onSubmit={(e) => {
            e.preventDefault();
            start(async () => {
              const result = await saveAction({
                id: r.id,
                code: r.code,
                version: openedOn.current,
                dueDate: date || null,
                reason: reason.trim() || undefined,
              });
              if (result.ok) {
                setOpen(false);
                report(r.title.text, true, t("dueSaved"));
              } else setError(result.fieldErrors?.reason?.[0] ?? result.error);
            });
          }}
        >
          <label className="block space-y-1 text-sm">
            <span>{t("columns.due")}</span>
            <Input type="date" value={date} onChange={(e) => setDate(e.target.value)} />
          </label>
          <label className="block space-y-1 text-sm">
            <span>{t("bulkDueReason")}</span>
            <Input
              value={reason}
              required
              maxLength={1000}
              onChange={(e) => setReason(e.target.value)}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? errorId : undefined}
            />
          </label>
          {error ? (
            <p id={errorId} role="alert" className="text-xs text-destructive">
              {error}
            </p>
          ) : null}
          <div className="flex gap-2">
            <Button type="submit" size="sm" disabled={pending}>
              {t("save")}
            </Button>
            <Button type="button" size="sm" variant="ghost" onClick={() => setOpen(false)}>
              {t("cancel")}
            </Button>
          </div>
        </form>
      </PopoverContent>
    </Popover>
  );
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

function buildColumns(report: Report): ActionColumn[] {
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
    selectColumn<ActionRow>((r) => r.title.text),
    column("title", TitleCell),
    column("recommendation", ({ row }) => <span className="font-mono text-xs">{row.original.code}</span>),
    column("recommendationTitle", RecommendationTitleCell),
    column("agency", ({ row }) => <span title={row.original.agency.name}>{row.original.agency.abbreviation}</span>),
    column("side", SideCell),
    column("assignee", ({ row }) => row.original.assignee ?? <span className="text-muted-foreground">—</span>),
    column("status", ({ row }) => <StatusCell row={row} report={report} />),
    column("progress", ({ row }) => <ProgressEditCell row={row} report={report} />),
    column("due", ({ row }) => <DueCell row={row} report={report} />),
    column("overdueBy", OverdueByCell),
    column("updated", ({ row }) => <DateCell value={row.original.updatedAt} />),
  ];
}

/**
 * Stable definitions: TanStack renders each cell function as a component, so a new function on a
 * render would remount every cell (losing focus and the version an edit began from).
 */
export function useActionColumns(report: Report): ActionColumn[] {
  return useMemo(() => buildColumns(report), [report]);
}
