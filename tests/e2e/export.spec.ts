import { expect, test } from "./test";
import ExcelJS from "exceljs";
import { demoAccounts, signInAs } from "./fixtures";

/** Parses the app's CSV (RFC 4180, BOM, CRLF) into rows of fields. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  const s = text.replace(/^\uFEFF/, "");
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (quoted && c === '"' && s[i + 1] === '"') {
      field += '"';
      i++;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (!quoted && c === ",") {
      row.push(field);
      field = "";
    } else if (!quoted && c === "\r" && s[i + 1] === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i++;
    } else {
      field += c;
    }
  }
  return rows;
}

test("the exported CSV and XLSX hold exactly the rows and columns of the view", async ({ page }) => {
  // A view with chosen columns in a chosen order, filtered and sorted by computed columns.
  await signInAs(
    page,
    demoAccounts.viewer.email,
    "/recommendations?side=hong_kong&cols=code,status,title,leadHongKong,overdue,health&sort=-overdue,code",
  );
  const table = page.getByRole("table", { name: "Recommendations" });
  // The first column holds the row checkboxes, which are not data.
  const headers = (await table.locator("thead th [data-column-title]").allTextContents()).map((h) => h.trim());
  expect(headers).toEqual(["Code", "Status", "Title", "Hong Kong lead", "Overdue", "Health"]);
  const cells = await table
    .locator("tbody tr[data-row-index]")
    .evaluateAll((rows) => rows.map((r) => [...r.querySelectorAll("td")].slice(1).map((td) => td.textContent!.trim())));
  expect(cells.length).toBeGreaterThan(3);

  const csvHref = await page.getByRole("link", { name: "Export CSV" }).getAttribute("href");
  expect(csvHref).toContain("side=hong_kong");
  const csv = await page.request.get(csvHref!);
  expect(csv.headers()["content-type"]).toContain("text/csv");
  expect(csv.headers()["content-disposition"]).toMatch(/attachment; filename="recommendations-\d{4}-\d{2}-\d{2}\.csv"/);
  const [header, ...rows] = parseCsv(await csv.text());
  expect(header).toEqual(headers);
  // Every cell as the page shows it ("—" on the page is an empty cell in the file).
  expect(rows).toEqual(cells.map((row) => row.map((c) => (c === "—" ? "" : c === "Not assessed" ? "" : c))));

  const xlsx = await page.request.get((await page.getByRole("link", { name: "Export XLSX" }).getAttribute("href"))!);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load((await xlsx.body()) as unknown as ArrayBuffer);
  const sheet = book.worksheets[0]!;
  const codes: string[] = [];
  sheet.eachRow((row, n) => n > 1 && codes.push(String(row.getCell(1).value)));
  expect(codes).toEqual(cells.map((r) => r[0]));
});

test("a title that looks like a formula is exported as text", async ({ page }) => {
  await signInAs(page, demoAccounts.coordinator.email, null);
  const code = `R-992-F${Date.now().toString(36)}`;
  const created = await page.request.post("/api/v1/recommendations", {
    data: {
      code,
      title: { en: '=HYPERLINK("http://evil.example","Click")', zhHans: "公式", zhHant: "公式" },
      summary: { en: "Formula test.", zhHans: "测试。", zhHant: "測試。" },
      theme: "governance",
      horizon: "short",
    },
  });
  expect(created.status()).toBe(201);
  const csv = await (await page.request.get(`/api/v1/recommendations/export?format=csv&q=${code}`)).text();
  const [, row] = parseCsv(csv);
  expect(row).toEqual(expect.arrayContaining([code, `'=HYPERLINK("http://evil.example","Click")`]));
});
