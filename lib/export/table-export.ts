/**
 * Turns a table view into CSV or XLSX. Spreadsheet programs run a cell that starts with =, +, -, @
 * (or a tab or carriage return) as a formula, so such cells are written with a leading apostrophe:
 * an exported title can never become a formula on a colleague's machine.
 *
 * A cell is text, or a typed value with the text the page shows for it: the CSV writes the text
 * (what the reader sees on screen), the XLSX the value with a number format (a real date, a number,
 * a share as a percentage), so a reader can sort, filter and sum in the spreadsheet.
 */
import ExcelJS from "exceljs";

const FORMULA_START = /^[=+\-@\t\r]/;

export function neutralizeCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

export type ExportCell =
  | string
  /** A calendar day (YYYY-MM-DD), such as a due date: a date without a time in the workbook. */
  | { kind: "day"; value: string; text: string }
  /** A moment, such as when a row was last updated: a date and time, as the workspace's clock shows it. */
  | { kind: "moment"; value: Date; text: string }
  /** A count or another whole figure. */
  | { kind: "number"; value: number; text: string }
  /** A share from 0 to 1, shown as a percentage. */
  | { kind: "percent"; value: number; text: string };

/** The workbook's number formats: unambiguous in every language, and sortable as written. */
export const XLSX_FORMATS = {
  day: "yyyy-mm-dd",
  moment: "yyyy-mm-dd hh:mm",
  number: "0",
  percent: "0%",
} as const satisfies Record<Exclude<ExportCell, string>["kind"], string>;

/**
 * Spreadsheets have no time zones: a moment is written as the wall-clock time of the workspace
 * (Asia/Hong_Kong, UTC+8 all year, as every page shows times; lib/i18n/request.ts).
 */
const WORKSPACE_OFFSET_MS = 8 * 3_600_000;

const textOf = (cell: ExportCell) => (typeof cell === "string" ? cell : cell.text);

function csvField(cell: ExportCell): string {
  const safe = neutralizeCell(textOf(cell));
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** RFC 4180 CSV with CRLF line ends and a byte-order mark, so Excel reads the Chinese text as UTF-8. */
export function toCsv(header: string[], rows: ExportCell[][]): string {
  return "\uFEFF" + [header, ...rows].map((r) => r.map(csvField).join(",")).join("\r\n") + "\r\n";
}

/** What ExcelJS stores for a cell, and its number format (none for text). */
function xlsxValue(cell: ExportCell): { value: ExcelJS.CellValue; numFmt?: string } {
  // Text is stored as text, so nothing is ever evaluated; the apostrophe rule still applies because
  // a user who edits such a cell would otherwise turn it into a formula.
  if (typeof cell === "string") return { value: neutralizeCell(cell) };
  switch (cell.kind) {
    case "day":
      // ExcelJS writes a Date as its UTC day and time: midnight UTC is that calendar day.
      return { value: new Date(`${cell.value}T00:00:00Z`), numFmt: XLSX_FORMATS.day };
    case "moment":
      return { value: new Date(cell.value.getTime() + WORKSPACE_OFFSET_MS), numFmt: XLSX_FORMATS.moment };
    case "number":
      return { value: cell.value, numFmt: XLSX_FORMATS.number };
    case "percent":
      return { value: cell.value, numFmt: XLSX_FORMATS.percent };
  }
}

export async function toXlsx(sheetName: string, header: string[], rows: ExportCell[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName.slice(0, 31));
  sheet.addRow(header).font = { bold: true };
  for (const row of rows) {
    const typed = row.map(xlsxValue);
    const added = sheet.addRow(typed.map((c) => c.value));
    typed.forEach((c, i) => {
      if (c.numFmt) added.getCell(i + 1).numFmt = c.numFmt;
    });
  }
  sheet.views = [{ state: "frozen", ySplit: 1 }];
  header.forEach((h, i) => (sheet.getColumn(i + 1).width = Math.min(60, Math.max(10, h.length + 2))));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
