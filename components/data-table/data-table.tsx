"use client";
/**
 * Renders a TanStack table whose rows the server has already filtered, sorted, grouped and paged:
 * sticky header, pinned columns, group header rows that collapse, virtualised rows for long pages,
 * and keyboard movement between rows (arrows, Home/End, Enter opens, x selects).
 */
import { memo, useRef, useState, type KeyboardEvent, type ReactNode } from "react";
import { useVirtualizer } from "@tanstack/react-virtual";
import type { Column, Row, RowData } from "@tanstack/react-table";
import { ChevronDown, ChevronRight } from "lucide-react";
import { cn } from "@/lib/utils";
import type { DataTable, DataTableFeatures } from "./features";

export type DisplayRow<TData extends RowData> =
  | { kind: "group"; key: string; label: ReactNode; count: ReactNode; collapsed: boolean; note?: ReactNode }
  | { kind: "row"; row: Row<DataTableFeatures, TData> };

/**
 * Rows under their group headers, in the groups' order; a collapsed group keeps its header and count.
 * Without a grouping, the rows as they are.
 */
export function groupDisplayRows<TData extends RowData & { group: string | null }>(
  rows: Row<DataTableFeatures, TData>[],
  grouping: { groups: { key: string; count: number }[]; collapsed: readonly string[] } | null,
  header: (group: { key: string; count: number }) => { label: ReactNode; count: ReactNode },
): DisplayRow<TData>[] {
  if (!grouping) return rows.map((row) => ({ kind: "row" as const, row }));
  return grouping.groups.flatMap((g) => {
    const collapsed = grouping.collapsed.includes(g.key);
    const inGroup = collapsed ? [] : rows.filter((r) => (r.original.group ?? "") === g.key);
    return [
      { kind: "group" as const, key: g.key, collapsed, ...header(g) },
      ...inGroup.map((row) => ({ kind: "row" as const, row })),
    ];
  });
}

/** Pages longer than this render only the rows in view. */
const VIRTUALIZE_ABOVE = 80;
const ROW_HEIGHT = 44;

function pinnedStyle<TData extends RowData>(column: Column<DataTableFeatures, TData, unknown>) {
  if (column.getIsPinned() !== "start") return { width: column.getSize() };
  return { width: column.getSize(), left: column.getStart("start"), position: "sticky" as const, zIndex: 1 };
}

export function DataTableView<TData extends RowData>({
  table,
  rows,
  label,
  header,
  onOpen,
  onToggleGroup,
  isBusy,
}: {
  table: DataTable<TData>;
  rows: DisplayRow<TData>[];
  label: string;
  /** Renders a header cell's content (title, sort, menu, resize handle). */
  header: (h: ReturnType<DataTable<TData>["getFlatHeaders"]>[number]) => ReactNode;
  onOpen: (row: Row<DataTableFeatures, TData>) => void;
  onToggleGroup: (key: string) => void;
  isBusy?: boolean;
}) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const [activeIndex, setActiveIndex] = useState(0);
  const virtual = rows.length > VIRTUALIZE_ABOVE;
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualiser memoises itself; the compiler skips this component
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    enabled: virtual,
  });
  const columns = table.getVisibleLeafColumns();
  // What a body row's cells depend on besides the row itself: the columns, their order, widths and pins.
  const layout = [columns.map((c) => `${c.id}:${c.getSize()}:${c.getIsPinned() || ""}:${c.getStart("start")}`).join()];
  layout.push(table.options.columns as never);
  const items = virtual
    ? virtualizer.getVirtualItems()
    : rows.map((_, index) => ({ index, start: index * ROW_HEIGHT, end: (index + 1) * ROW_HEIGHT }));
  const padTop = virtual && items.length ? items[0]!.start : 0;
  const padBottom = virtual && items.length ? virtualizer.getTotalSize() - items[items.length - 1]!.end : 0;

  const focusRow = (index: number) => {
    const target = Math.max(0, Math.min(rows.length - 1, index));
    setActiveIndex(target);
    if (virtual) virtualizer.scrollToIndex(target, { align: "auto" });
    // After the virtualiser has rendered the row.
    requestAnimationFrame(() => scrollRef.current?.querySelector<HTMLElement>(`[data-row-index="${target}"]`)?.focus());
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTableSectionElement>) => {
    const el = (event.target as HTMLElement).closest<HTMLElement>("[data-row-index]");
    // Keys typed into a cell's own control (an inline select) belong to that control.
    if (!el || event.target !== el) return;
    const index = Number(el.dataset.rowIndex);
    const entry = rows[index];
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? 400) / ROW_HEIGHT) - 1);
    const moves: Record<string, number> = {
      ArrowDown: index + 1,
      ArrowUp: index - 1,
      Home: 0,
      End: rows.length - 1,
      PageDown: index + page,
      PageUp: index - page,
    };
    if (event.key in moves) {
      event.preventDefault();
      focusRow(moves[event.key]!);
    } else if (event.key === "Enter" && entry) {
      event.preventDefault();
      if (entry.kind === "row") onOpen(entry.row);
      else onToggleGroup(entry.key);
    } else if ((event.key === "x" || event.key === " ") && entry?.kind === "row" && entry.row.getCanSelect()) {
      event.preventDefault();
      entry.row.toggleSelected();
    }
  };

  return (
    <div
      ref={scrollRef}
      // Busy dims the rows only when loading takes a moment, so quick updates do not flicker.
      className={cn(
        "relative max-h-[72vh] overflow-auto rounded-lg border",
        isBusy && "opacity-70 transition-opacity delay-200 duration-200",
      )}
      aria-busy={isBusy || undefined}
    >
      <table
        aria-label={label}
        aria-rowcount={rows.length + 1}
        className="table-fixed border-separate border-spacing-0 text-sm"
        style={{ width: table.getTotalSize() }}
      >
        <thead className="sticky top-0 z-20 bg-muted text-left text-xs uppercase tracking-wide text-muted-foreground">
          <tr aria-rowindex={1}>
            {table.getFlatHeaders().map((h) => {
              const sorted = h.column.getIsSorted();
              return (
                <th
                  key={h.id}
                  scope="col"
                  aria-sort={sorted === "asc" ? "ascending" : sorted === "desc" ? "descending" : undefined}
                  className="relative border-b bg-muted px-3 py-2 font-medium"
                  style={pinnedStyle(h.column)}
                >
                  {header(h)}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody onKeyDown={onKeyDown}>
          {padTop > 0 ? (
            <tr aria-hidden style={{ height: padTop }}>
              <td colSpan={columns.length} />
            </tr>
          ) : null}
          {items.map(({ index }) => {
            const entry = rows[index]!;
            const focusProps = {
              "data-row-index": index,
              tabIndex: index === activeIndex ? 0 : -1,
              onFocus: () => setActiveIndex(index),
              "aria-rowindex": index + 2,
            };
            if (entry.kind === "group") {
              const Icon = entry.collapsed ? ChevronRight : ChevronDown;
              return (
                <tr
                  key={`group:${entry.key}`}
                  {...focusProps}
                  className="bg-muted/50 outline-none focus-visible:ring-2"
                >
                  <th scope="rowgroup" colSpan={columns.length} className="border-b px-3 py-1.5 text-left">
                    <button
                      type="button"
                      tabIndex={-1}
                      aria-expanded={!entry.collapsed}
                      onClick={() => onToggleGroup(entry.key)}
                      className="sticky left-3 inline-flex items-center gap-1.5 text-sm font-semibold"
                    >
                      <Icon aria-hidden className="size-4" />
                      {entry.label}
                      <span className="font-normal text-muted-foreground">{entry.count}</span>
                      {entry.note ? (
                        <span className="text-xs font-normal text-muted-foreground">{entry.note}</span>
                      ) : null}
                    </button>
                  </th>
                </tr>
              );
            }
            return (
              <BodyRow
                key={entry.row.id}
                table={table}
                row={entry.row}
                index={index}
                active={index === activeIndex}
                selected={entry.row.getIsSelected()}
                layout={layout}
                setActiveIndex={setActiveIndex}
              />
            );
          })}
          {padBottom > 0 ? (
            <tr aria-hidden style={{ height: padBottom }}>
              <td colSpan={columns.length} />
            </tr>
          ) : null}
        </tbody>
      </table>
    </div>
  );
}

interface BodyRowProps<TData extends RowData> {
  table: DataTable<TData>;
  row: Row<DataTableFeatures, TData>;
  index: number;
  active: boolean;
  selected: boolean;
  /** The column layout and the column definitions (see DataTableView). */
  layout: unknown[];
  setActiveIndex: (index: number) => void;
}

/**
 * One data row. Rendered again only when its data, place, focus, selection or the columns change:
 * a table that is fetching new rows, or one whose answer keeps rows that were already shown (a sort,
 * a narrower search), leaves the rows that stay alone (useTableData keeps their objects).
 */
const BodyRow = memo(
  function BodyRow<TData extends RowData>({
    table,
    row,
    index,
    active,
    selected,
    layout,
    setActiveIndex,
  }: BodyRowProps<TData>) {
    return (
      <tr
        data-row-index={index}
        tabIndex={active ? 0 : -1}
        onFocus={() => setActiveIndex(index)}
        aria-rowindex={index + 2}
        aria-selected={selected}
        className="group/row outline-none hover:bg-muted/40 focus-visible:bg-accent/60 aria-selected:bg-primary/5"
      >
        <RowCells table={table} row={row} selected={selected} layout={layout} />
      </tr>
    );
  },
  (a, b) => a.index === b.index && a.active === b.active && sameCells(a, b),
) as <TData extends RowData>(props: BodyRowProps<TData>) => ReactNode;

type RowCellsProps<TData extends RowData> = Pick<BodyRowProps<TData>, "table" | "row" | "selected" | "layout">;

const sameCells = <TData extends RowData>(a: RowCellsProps<TData>, b: RowCellsProps<TData>) =>
  a.row.original === b.row.original &&
  a.row.id === b.row.id &&
  a.selected === b.selected &&
  a.table === b.table &&
  a.layout.length === b.layout.length &&
  a.layout.every((v, i) => v === b.layout[i]);

/**
 * A row's cells, apart from the row: a sort or a page back moves rows, which changes their place
 * (index, aria-rowindex) but not what their cells show, so only the `<tr>` renders again. The cells are
 * most of a row's work (links, badges, dates and numbers formatted for the reader).
 */
const RowCells = memo(function RowCells<TData extends RowData>({ table, row }: RowCellsProps<TData>) {
  return row.getVisibleCells().map((cell) => (
    <td
      key={cell.id}
      className="truncate border-b bg-background px-3 py-2 align-middle group-hover/row:bg-muted/40 group-aria-selected/row:bg-primary/5"
      style={pinnedStyle(cell.column)}
    >
      <table.FlexRender cell={cell} />
    </td>
  ));
}, sameCells) as <TData extends RowData>(props: RowCellsProps<TData>) => ReactNode;
