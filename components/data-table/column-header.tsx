"use client";
/**
 * A column header: the name sorts on click (shift-click adds it to the sort), a menu offers the same
 * by keyboard plus hide and pin, and a handle resizes it by mouse or with the arrow keys.
 */
import { useTranslations } from "next-intl";
import { ArrowDown, ArrowUp, ChevronsUpDown, EyeOff, MoreHorizontal, Pin, PinOff, X } from "lucide-react";
import type { Header, RowData } from "@tanstack/react-table";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import type { DataTable, DataTableFeatures } from "./features";

export function ColumnHeader<TData extends RowData>({
  header,
  title,
  sortCount,
  onResizeBy,
}: {
  header: Header<DataTableFeatures, TData, unknown>;
  title: string;
  /** How many columns the table sorts by: positions show when there are several. */
  sortCount: number;
  /** Keyboard resizing: change the width by this many pixels. */
  onResizeBy: (delta: number) => void;
}) {
  const t = useTranslations("table");
  const column = header.column;
  const sorted = column.getIsSorted();
  const sortIndex = column.getSortIndex();
  const SortIcon = sorted === "asc" ? ArrowUp : sorted === "desc" ? ArrowDown : ChevronsUpDown;
  const setSort = (desc: boolean, multi: boolean) => column.toggleSorting(desc, multi);

  return (
    <div className="group flex items-center gap-1">
      <button
        type="button"
        className="flex min-w-0 items-center gap-1 rounded text-left font-medium hover:text-foreground focus-visible:outline-2"
        onClick={column.getToggleSortingHandler()}
        title={t("sortAscending")}
      >
        <span className="truncate" data-column-title>
          {title}
        </span>
        <SortIcon aria-hidden className={sorted ? "size-3.5 text-foreground" : "size-3.5 opacity-40"} />
        {sorted && sortCount > 1 ? (
          <span className="text-[10px] tabular-nums text-foreground">
            <span className="sr-only">{t("sortPosition", { position: sortIndex + 1 })}</span>
            <span aria-hidden>{sortIndex + 1}</span>
          </span>
        ) : null}
      </button>
      <DropdownMenu>
        <DropdownMenuTrigger
          className="ml-auto rounded p-0.5 opacity-60 hover:bg-accent hover:opacity-100 focus-visible:opacity-100"
          aria-label={t("columnMenu", { column: title })}
        >
          <MoreHorizontal aria-hidden className="size-3.5" />
        </DropdownMenuTrigger>
        <DropdownMenuContent>
          <DropdownMenuItem onSelect={() => setSort(false, false)}>
            <ArrowUp aria-hidden /> {t("sortAscending")}
          </DropdownMenuItem>
          <DropdownMenuItem onSelect={() => setSort(true, false)}>
            <ArrowDown aria-hidden /> {t("sortDescending")}
          </DropdownMenuItem>
          <DropdownMenuItem onSelect={() => setSort(false, true)}>
            <ArrowUp aria-hidden /> {t("addSortAscending")}
          </DropdownMenuItem>
          <DropdownMenuItem onSelect={() => setSort(true, true)}>
            <ArrowDown aria-hidden /> {t("addSortDescending")}
          </DropdownMenuItem>
          {sorted ? (
            <DropdownMenuItem onSelect={() => column.clearSorting()}>
              <X aria-hidden /> {t("removeSort")}
            </DropdownMenuItem>
          ) : null}
          {column.getIsPinned() ? (
            <DropdownMenuItem onSelect={() => column.pin(false)}>
              <PinOff aria-hidden /> {t("unpinColumn")}
            </DropdownMenuItem>
          ) : (
            <DropdownMenuItem onSelect={() => column.pin("start")}>
              <Pin aria-hidden /> {t("pinColumn")}
            </DropdownMenuItem>
          )}
          {column.getCanHide() ? (
            <DropdownMenuItem onSelect={() => column.toggleVisibility(false)}>
              <EyeOff aria-hidden /> {t("hideColumn")}
            </DropdownMenuItem>
          ) : null}
        </DropdownMenuContent>
      </DropdownMenu>
      {column.getCanResize() ? (
        <button
          type="button"
          aria-label={t("resizeColumn", { column: title })}
          title={t("resizeColumn", { column: title })}
          onMouseDown={header.getResizeHandler()}
          onTouchStart={header.getResizeHandler()}
          onKeyDown={(e) => {
            if (e.key === "ArrowLeft" || e.key === "ArrowRight") {
              e.preventDefault();
              onResizeBy(e.key === "ArrowLeft" ? -16 : 16);
            }
          }}
          className="absolute right-0 top-0 h-full w-1.5 cursor-col-resize touch-none select-none bg-transparent hover:bg-primary/40 focus-visible:bg-primary"
        />
      ) : null}
    </div>
  );
}

/**
 * The `header` of a DataTableView: the selection column's own header, or a ColumnHeader with the
 * column's title; the resize handle's arrow keys change the width by 16 px.
 */
export function headerRenderer<TData extends RowData>(
  table: DataTable<TData>,
  titles: Record<string, string>,
  sortCount: number,
) {
  function renderHeader(h: Header<DataTableFeatures, TData, unknown>) {
    if (h.column.id === "select") return <table.FlexRender header={h} />;
    return (
      <ColumnHeader
        header={h}
        title={titles[h.column.id] ?? h.column.id}
        sortCount={sortCount}
        onResizeBy={(delta) =>
          table.setColumnSizing((old) => ({ ...old, [h.column.id]: Math.max(60, h.column.getSize() + delta) }))
        }
      />
    );
  }
  return renderHeader;
}
