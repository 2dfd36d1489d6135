import "server-only";
/**
 * What every table export route does the same way: read the file format, drop the keys that are for
 * reading on screen (page, grouping), collect every row of the view page by page (up to a limit),
 * format dates and shares in the reader's language, and answer with the CSV or XLSX file.
 */
import type { getFormatter } from "next-intl/server";
import { badRequest } from "@/lib/errors";
import { msg } from "@/lib/i18n/server-message";
import { MAX_PAGE_SIZE } from "@/lib/table/view";
import { toCsv, toXlsx, type ExportCell } from "./table-export";

export type ExportFormat = "csv" | "xlsx";

/** An export is a document for people, not a bulk dump: past this, narrow the filters. */
export const MAX_EXPORT_ROWS = 20_000;

/**
 * The requested format and the list query without what an export ignores: the page (it holds every
 * row), and the grouping (an export is a flat list in the view's order).
 */
export function readExportRequest(search: URLSearchParams): { format: ExportFormat; params: URLSearchParams } {
  const params = new URLSearchParams(search);
  const format = params.get("format") ?? "csv";
  if (format !== "csv" && format !== "xlsx") throw badRequest("errors.exportFormat");
  for (const key of ["format", "page", "pageSize", "group", "collapsed"]) params.delete(key);
  return { format, params };
}

/** Every row of a view, page by page; refused when the view holds more than an export may. */
export async function collectExportRows<T>(
  listPage: (page: number, pageSize: number) => Promise<{ items: T[]; total: number }>,
  noun: "recommendations" | "actions",
): Promise<T[]> {
  const rows: T[] = [];
  for (let page = 1; ; page++) {
    const result = await listPage(page, MAX_PAGE_SIZE);
    if (result.total > MAX_EXPORT_ROWS) {
      throw badRequest(msg(`errors.exportTooMany.${noun}`, { total: result.total, max: MAX_EXPORT_ROWS }));
    }
    rows.push(...result.items);
    if (rows.length >= result.total || result.items.length === 0) return rows;
  }
}

/** Typed cells (lib/export/table-export.ts) whose text is what the reader's language writes. */
export interface ExportFormatters {
  date: (d: Date) => ExportCell;
  day: (isoDate: string) => ExportCell;
  percent: (share: number) => ExportCell;
  count: (n: number) => ExportCell;
}

/** Dates, days, shares and counts as the reader's language writes them, with their values for a workbook. */
export function exportFormatters(format: Awaited<ReturnType<typeof getFormatter>>): ExportFormatters {
  return {
    date: (d) => ({ kind: "moment", value: d, text: format.dateTime(d, { dateStyle: "medium" }) }),
    day: (iso) => ({
      kind: "day",
      value: iso,
      text: format.dateTime(new Date(`${iso}T00:00:00Z`), { dateStyle: "medium", timeZone: "UTC" }),
    }),
    percent: (share) => ({ kind: "percent", value: share, text: format.number(share, { style: "percent" }) }),
    // Written as digits alone, as the table shows counts.
    count: (n) => ({ kind: "number", value: n, text: String(n) }),
  };
}

/** The file: `<name>-<today>.<format>`, as an attachment. */
export async function exportResponse(
  format: ExportFormat,
  name: string,
  sheetName: string,
  header: string[],
  body: ExportCell[][],
): Promise<Response> {
  const disposition = `attachment; filename="${name}-${new Date().toISOString().slice(0, 10)}.${format}"`;
  if (format === "csv") {
    return new Response(toCsv(header, body), {
      headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": disposition },
    });
  }
  return new Response(new Uint8Array(await toXlsx(sheetName, header, body)), {
    headers: {
      "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "Content-Disposition": disposition,
    },
  });
}
