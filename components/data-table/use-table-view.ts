"use client";
/**
 * The state of a table whose view lives in the URL (nuqs): the search box (each keystroke reaches the
 * URL, and so the rows, at once; a burst of typing is one history entry; "/" focuses it), the visible columns and their order, pins, widths, the sort,
 * row selection and collapsed groups, wired into one TanStack table. A feature table passes its
 * column ids, defaults and column definitions; the rows come from the server already filtered,
 * sorted, grouped and paged.
 */
import { useEffect, useRef, useState } from "react";
import {
  useTable,
  type ColumnDef,
  type ColumnSizingState,
  type Row,
  type RowSelectionState,
  type SortingState,
} from "@tanstack/react-table";
import { MAX_SORT_KEYS, parseSortKey, readWidths, toSortKey } from "@/lib/table/view";
import { dataTableFeatures, type DataTableFeatures } from "./features";

/** The view keys of a table's URL state (the filters are the feature table's own). */
export interface ViewUrl<C extends string> {
  q: string;
  sort: string[];
  cols: C[];
  widths: string[];
  pin: C[];
  collapsed: string[];
  page: number;
  pageSize: number;
}

/** nuqs' setter, loosened to the keys this hook writes; null removes a key from the URL. */
export type SetViewUrl = (
  patch: Record<string, unknown>,
  options?: { shallow?: boolean; history?: "push" | "replace" },
) => Promise<unknown>;

/** Keystrokes closer together than this are one search: one history entry, replaced as it grows. */
const TYPING_BURST_MS = 1000;

export function useTableView<TData extends { id: string }, C extends string>({
  url,
  setUrl,
  columnIds,
  defaultColumns,
  defaultPin,
  columns,
  rows,
  canSelect,
}: {
  url: ViewUrl<C>;
  setUrl: SetViewUrl;
  columnIds: readonly C[];
  defaultColumns: readonly C[];
  /** The column pinned to the left when the URL names none (the one that identifies a row). */
  defaultPin: C;
  columns: ColumnDef<DataTableFeatures, TData, unknown>[];
  rows: TData[];
  /** Whether a row can be selected for a bulk change. */
  canSelect: (row: TData) => boolean;
}) {
  // Search: each keystroke goes to the URL at once (the table fetches its rows from it); the first of
  // a burst adds a history entry and the rest replace it, so back returns to before the search.
  const searchRef = useRef<HTMLInputElement>(null);
  const [search, setSearchText] = useState(url.q);
  const [lastUrlQ, setLastUrlQ] = useState(url.q);
  if (url.q !== lastUrlQ) {
    setLastUrlQ(url.q);
    setSearchText(url.q);
  }
  const lastTyped = useRef(0);
  const setSearch = (text: string) => {
    setSearchText(text);
    const now = performance.now();
    const history = now - lastTyped.current < TYPING_BURST_MS ? "replace" : "push";
    lastTyped.current = now;
    if (text !== url.q) void setUrl({ q: text || null, page: null }, { history });
  };
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement;
      if (e.key !== "/" || e.ctrlKey || e.metaKey || e.altKey) return;
      if (target.closest("input, textarea, select, [contenteditable=true]")) return;
      e.preventDefault();
      searchRef.current?.focus();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);

  const isColumn = (c: string): c is C => (columnIds as readonly string[]).includes(c);
  // Columns: the URL lists the visible ones in order; the rest follow, hidden.
  const visible: C[] = url.cols.length ? url.cols : [...defaultColumns];
  const order: string[] = ["select", ...visible, ...columnIds.filter((c) => !visible.includes(c))];
  const pinned: C[] = url.pin.length ? url.pin : [defaultPin];
  const sorting: SortingState = url.sort.filter((k) => isColumn(k.replace(/^-/, ""))).map((k) => parseSortKey(k));
  const [sizing, setSizing] = useState<ColumnSizingState>(() => readWidths(url.widths));
  const [rowSelection, setRowSelection] = useState<RowSelectionState>({});
  const setColumns = (next: C[]) =>
    void setUrl({ cols: next.join() === defaultColumns.join() ? null : next }, { shallow: true });

  const table = useTable({
    features: dataTableFeatures,
    columns,
    data: rows,
    getRowId: (row) => row.id,
    manualSorting: true,
    enableMultiSort: true,
    maxMultiSortColCount: MAX_SORT_KEYS,
    enableRowSelection: (row: Row<DataTableFeatures, TData>) => canSelect(row.original),
    columnResizeMode: "onEnd",
    state: {
      sorting,
      columnOrder: order,
      columnVisibility: Object.fromEntries(columnIds.map((c) => [c, visible.includes(c)])),
      columnPinning: { start: ["select", ...pinned.filter((p) => visible.includes(p))], end: [] },
      columnSizing: sizing,
      rowSelection,
    },
    onSortingChange: (updater) => {
      const next = typeof updater === "function" ? updater(sorting) : updater;
      void setUrl({ sort: next.length ? next.map((s) => toSortKey(s.id, s.desc)) : null, page: null });
    },
    onColumnVisibilityChange: (updater) => {
      const current = Object.fromEntries(columnIds.map((c) => [c, visible.includes(c)]));
      const next = typeof updater === "function" ? updater(current) : updater;
      setColumns(order.filter((c): c is C => c !== "select" && next[c] !== false && isColumn(c)));
    },
    onColumnPinningChange: (updater) => {
      const current = { start: ["select", ...pinned], end: [] as string[] };
      const next = typeof updater === "function" ? updater(current) : updater;
      const ids = (next.start ?? []).filter(isColumn);
      void setUrl({ pin: ids.length === 1 && ids[0] === defaultPin ? null : ids }, { shallow: true });
    },
    onColumnSizingChange: (updater) => {
      const next = typeof updater === "function" ? updater(sizing) : updater;
      setSizing(next);
      const pairs = Object.entries(next).map(([id, px]) => `${id}:${Math.round(Math.min(1200, Math.max(60, px)))}`);
      void setUrl({ widths: pairs.length ? pairs : null }, { shallow: true });
    },
    onRowSelectionChange: setRowSelection,
  });

  const toggleGroup = (key: string) => {
    const collapsed = url.collapsed.includes(key) ? url.collapsed.filter((k) => k !== key) : [...url.collapsed, key];
    void setUrl({ collapsed: collapsed.length ? collapsed : null });
  };

  /** What the Columns menu needs: every column in display order, and its handlers. */
  const columnOptions = (titles: Record<C, string>) => ({
    columns: order
      .filter(isColumn)
      .map((id) => ({ id, title: titles[id], visible: visible.includes(id), required: id === defaultPin })),
    onToggle: (id: string, on: boolean) => setColumns(on ? [...visible, id as C] : visible.filter((c) => c !== id)),
    onMove: (id: string, by: -1 | 1) => {
      const list = [...visible];
      const from = list.indexOf(id as C);
      if (from < 0) return;
      const to = Math.max(0, Math.min(list.length - 1, from + by));
      list.splice(to, 0, ...list.splice(from, 1));
      setColumns(list);
    },
    onReset: () => {
      setSizing({});
      void setUrl({ cols: null, widths: null, pin: null }, { shallow: true });
    },
  });

  return {
    table,
    search,
    setSearch,
    searchRef,
    visible,
    sorting,
    rowSelection,
    setRowSelection,
    toggleGroup,
    columnOptions,
  };
}
