/**
 * Turns a table view into CSV or XLSX. Spreadsheet programs run a cell that starts with =, +, -, @
 * (or a tab or carriage return) as a formula, so such cells are written with a leading apostrophe:
 * an exported title can never become a formula on a colleague's machine.
 */
import ExcelJS from "exceljs";

const FORMULA_START = /^[=+\-@\t\r]/;

export function neutralizeCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

function csvField(value: string): string {
  const safe = neutralizeCell(value);
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** RFC 4180 CSV with CRLF line ends and a byte-order mark, so Excel reads the Chinese text as UTF-8. */
export function toCsv(header: string[], rows: string[][]): string {
  return "\uFEFF" + [header, ...rows].map((r) => r.map(csvField).join(",")).join("\r\n") + "\r\n";
}

export async function toXlsx(sheetName: string, header: string[], rows: string[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName.slice(0, 31));
  sheet.addRow(header).font = { bold: true };
  // Every cell is written as text, so nothing is ever evaluated; the apostrophe rule still applies
  // because a user who edits such a cell would otherwise turn it into a formula.
  for (const row of rows) sheet.addRow(row.map(neutralizeCell));
  sheet.views = [{ state: "frozen", ySplit: 1 }];
  header.forEach((h, i) => (sheet.getColumn(i + 1).width = Math.min(60, Math.max(10, h.length + 2))));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
