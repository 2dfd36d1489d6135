import { afterAll, beforeAll, describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { createFormatter, createTranslator } from "next-intl";
import type { DatabaseHandle } from "@/db";
import { listActions, type ActionTableItem } from "@/db/queries/action-list";
import { actionExportColumns } from "@/lib/export/action-columns";
import { neutralizeCell, toCsv, toXlsx, type ExportCell } from "@/lib/export/table-export";
import { exportFormatters } from "@/lib/export/view-export";
import messages from "@/messages/en.json";
import { createTestDb } from "../helpers/test-db";

describe("exporting a table", () => {
  it.each([
    ['=HYPERLINK("http://evil")', '\'=HYPERLINK("http://evil")'],
    ["+1+1", "'+1+1"],
    ["-2", "'-2"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\tcmd", "'\tcmd"],
    ["R-004-4.2.2.1", "R-004-4.2.2.1"],
    ["深港合作", "深港合作"],
  ])("neutralises %j as a formula", (input, expected) => {
    expect(neutralizeCell(input)).toBe(expected);
  });

  it("writes RFC 4180 CSV with a byte-order mark and CRLF line ends", () => {
    const csv = toCsv(
      ["Code", "Title"],
      [
        ["R-1", 'A "quoted", title'],
        ["R-2", "line\nbreak"],
        ["R-3", "=1+1"],
      ],
    );
    expect(csv.startsWith("\uFEFF")).toBe(true);
    expect(csv.slice(1)).toBe('Code,Title\r\nR-1,"A ""quoted"", title"\r\nR-2,"line\nbreak"\r\nR-3,\'=1+1\r\n');
  });

  it("writes an XLSX whose cells are text, with formulas neutralised", async () => {
    const buffer = await toXlsx(
      "Recommendations",
      ["Code", "Title"],
      [
        ["R-1", "=cmd|' /C calc'!A0"],
        ["R-2", "人才"],
      ],
    );
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(buffer as unknown as ArrayBuffer);
    const sheet = book.getWorksheet("Recommendations")!;
    expect(sheet.getRow(1).values).toEqual([undefined, "Code", "Title"]);
    expect(sheet.getCell("B2").value).toBe("'=cmd|' /C calc'!A0");
    expect(sheet.getCell("B2").formula).toBeUndefined();
    expect(sheet.getCell("B3").value).toBe("人才");
  });
});

describe("typed cells in an exported workbook", () => {
  let shared: DatabaseHandle;
  beforeAll(async () => {
    shared = await createTestDb();
  });
  afterAll(() => shared.close());

  const t = createTranslator({ locale: "en", messages }) as unknown as (key: string) => string;
  const format = exportFormatters(createFormatter({ locale: "en", timeZone: "Asia/Hong_Kong" }));
  const read = async (buffer: Buffer) => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(buffer as unknown as ArrayBuffer);
    return book.worksheets[0]!;
  };

  it("writes days and moments as dates, progress as a percentage, counts as numbers, and text as text", async () => {
    const { items } = await listActions(shared.db, { pageSize: 50, sort: ["due"] });
    const a = items.find((i) => i.dueDate && i.progress > 0 && i.progress < 100)!;
    expect(a).toBeDefined();
    const columns = actionExportColumns(t, "en", format, ["title", "progress", "due", "updated", "overdueBy"]);
    const overdue: ActionTableItem = { ...a, overdueBy: 12 };
    const rows = [{ ...a, overdueBy: null }, overdue].map((r) => columns.map((c) => c.value(r)));
    const sheet = await read(
      await toXlsx(
        "Actions",
        columns.map((c) => c.header),
        rows,
      ),
    );

    const title = sheet.getCell("A2");
    expect(title.type).toBe(ExcelJS.ValueType.String);
    expect(title.value).toBe(neutralizeCell(a.titles.en));

    const progress = sheet.getCell("B2");
    expect(typeof progress.value).toBe("number");
    expect(progress.value).toBeCloseTo(a.progress / 100, 10);
    expect(progress.numFmt).toBe("0%");

    const due = sheet.getCell("C2");
    expect(due.value).toBeInstanceOf(Date);
    expect((due.value as Date).toISOString()).toBe(`${a.dueDate}T00:00:00.000Z`);
    expect(due.numFmt).toBe("yyyy-mm-dd");

    // A moment as the workspace's clock (Hong Kong, UTC+8) shows it.
    const updated = sheet.getCell("D2");
    expect(updated.value).toBeInstanceOf(Date);
    expect((updated.value as Date).getTime()).toBe(a.updatedAt.getTime() + 8 * 3_600_000);
    expect(updated.numFmt).toBe("yyyy-mm-dd hh:mm");

    expect(sheet.getCell("E3").value).toBe(12);
    expect(sheet.getCell("E3").numFmt).toBe("0");
    // No figure is an empty cell, not a zero.
    expect(sheet.getCell("E2").value ?? "").toBe("");

    // The CSV of the same rows is the text the page shows, as it was before cells had types.
    const text = (c: ExportCell) => (typeof c === "string" ? c : c.text);
    const header = columns.map((c) => c.header);
    expect(toCsv(header, rows)).toBe(
      toCsv(
        header,
        rows.map((r) => r.map(text)),
      ),
    );
    expect(text(rows[0]![1]!)).toBe(`${Math.round(a.progress)}%`);
    expect(text(rows[0]![2]!)).toMatch(/^[A-Z][a-z]{2} \d{1,2}, \d{4}$/);
  });

  it("still neutralises text that looks like a formula beside typed cells", async () => {
    const sheet = await read(
      await toXlsx(
        "Mixed",
        ["Title", "Share", "Day"],
        [
          [
            "=1+1",
            { kind: "percent", value: 0.25, text: "25%" },
            { kind: "day", value: "2027-01-31", text: "Jan 31, 2027" },
          ],
        ],
      ),
    );
    expect(sheet.getCell("A2").value).toBe("'=1+1");
    expect(sheet.getCell("A2").formula).toBeUndefined();
    expect(sheet.getCell("B2").value).toBe(0.25);
    expect(sheet.getCell("C2").value).toEqual(new Date("2027-01-31T00:00:00Z"));
    expect(
      toCsv(
        ["Title", "Share", "Day"],
        [
          [
            "=1+1",
            { kind: "percent", value: 0.25, text: "25%" },
            { kind: "day", value: "2027-01-31", text: "Jan 31, 2027" },
          ],
        ],
      ),
    ).toBe('\uFEFFTitle,Share,Day\r\n\'=1+1,25%,"Jan 31, 2027"\r\n');
  });
});
