"use client";
/**
 * A server-side table's state: its view in the URL (nuqs, shallow, so changing it renders no page on
 * the server) and the rows for that view as data (useTableData), fetched from the table's route when
 * the view changes. The first rows come with the page.
 */
import { useMemo } from "react";
import { createSerializer, useQueryStates, type ParserMap } from "nuqs";
import type { TableData } from "@/lib/table/data-query";
import { useTableData } from "./use-table-data";

export function useTableState<P extends ParserMap, D extends TableData<unknown, unknown, unknown>>(
  parsers: P,
  endpoint: string,
  initial: D,
) {
  // Each change is a history entry (back and forward walk through views); typing coalesces (use-table-view.ts).
  const [url, setUrl] = useQueryStates(parsers, { shallow: true, history: "push" });
  const serialize = useMemo(() => createSerializer(parsers), [parsers]);
  // The view as nuqs holds it now: the URL itself is written a moment later.
  const query = (serialize as (values: typeof url) => string)(url).replace(/^\?/, "");
  const rows = useTableData({ endpoint, initial, query });
  return { url, setUrl, query, ...rows };
}
