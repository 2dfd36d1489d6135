"use client";
/** Cells every feature table uses: the selection checkboxes and a date. */
import { useFormatter, useTranslations } from "next-intl";
import type { ColumnDef, RowData } from "@tanstack/react-table";
import type { DataTableFeatures } from "./features";

type Column<TData extends RowData> = ColumnDef<DataTableFeatures, TData, unknown>;
type HeaderContext<TData extends RowData> = Parameters<
  Extract<Column<TData>["header"], (...args: never[]) => unknown>
>[0];
type CellContext<TData extends RowData> = Parameters<Extract<Column<TData>["cell"], (...args: never[]) => unknown>>[0];

function SelectAllHeader<TData extends RowData>({ table }: { table: HeaderContext<TData>["table"] }) {
  const t = useTranslations("table");
  return (
    <input
      type="checkbox"
      className="size-4"
      aria-label={t("selectAll")}
      checked={table.getIsAllPageRowsSelected()}
      ref={(el) => {
        if (el) el.indeterminate = table.getIsSomePageRowsSelected() && !table.getIsAllPageRowsSelected();
      }}
      onChange={table.getToggleAllPageRowsSelectedHandler()}
    />
  );
}

function SelectRowCell<TData extends RowData>({
  row,
  name,
}: {
  row: CellContext<TData>["row"];
  name: (row: TData) => string;
}) {
  const t = useTranslations("table");
  return (
    <input
      type="checkbox"
      className="size-4"
      tabIndex={-1}
      aria-label={t("selectRow", { code: name(row.original) })}
      checked={row.getIsSelected()}
      disabled={!row.getCanSelect()}
      onChange={row.getToggleSelectedHandler()}
    />
  );
}

/** The selection column: a checkbox per row (named by `name`) and one for the whole page. */
export function selectColumn<TData extends RowData>(name: (row: TData) => string): Column<TData> {
  return {
    id: "select",
    size: 40,
    enableResizing: false,
    enableSorting: false,
    enableHiding: false,
    header: ({ table }) => <SelectAllHeader table={table} />,
    cell: ({ row }) => <SelectRowCell row={row} name={name} />,
  };
}

/** A day (YYYY-MM-DD) or a moment, in the reader's format; a dash when there is none. */
export function DateCell({ value }: { value: string | null }) {
  const format = useFormatter();
  if (!value) return <span className="text-muted-foreground">—</span>;
  return (
    <time dateTime={value}>
      {value.length === 10
        ? format.dateTime(new Date(`${value}T00:00:00Z`), { dateStyle: "medium", timeZone: "UTC" })
        : format.dateTime(new Date(value), { dateStyle: "medium" })}
    </time>
  );
}
