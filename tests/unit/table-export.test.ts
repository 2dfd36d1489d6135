import { describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { neutralizeCell, toCsv, toXlsx } from "@/lib/export/table-export";

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
