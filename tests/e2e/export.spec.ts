import { expect, test } from "@playwright/test";
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

test("the exported CSV and XLSX hold exactly the rows and columns of the filtered view", async ({ page }) => {
  await signInAs(page, demoAccounts.coordinator.email);
  await page.goto("/recommendations?side=hong_kong&status=in_progress");
  const headers = (await page.getByRole("table").locator("thead th").allTextContents()).map((h) => h.trim());
  const view = (
    await (await page.request.get("/api/v1/recommendations?side=hong_kong&status=in_progress&pageSize=200")).json()
  ).data as { code: string; title: { en: string } }[];
  expect(view.length).toBeGreaterThan(0);

  const csvHref = await page.getByRole("link", { name: "Export CSV" }).getAttribute("href");
  expect(csvHref).toContain("side=hong_kong");
  const csv = await page.request.get(csvHref!);
  expect(csv.headers()["content-type"]).toContain("text/csv");
  expect(csv.headers()["content-disposition"]).toMatch(/attachment; filename="recommendations-\d{4}-\d{2}-\d{2}\.csv"/);
  const [header, ...rows] = parseCsv(await csv.text());
  // The page's columns, with the leads split by side.
  expect(header!.map((h) => h.toUpperCase())).toEqual(
    headers.flatMap((h) =>
      h.toUpperCase() === "LEADS" ? ["LEADS (SHENZHEN)", "LEADS (HONG KONG)"] : [h.toUpperCase()],
    ),
  );
  expect(rows.map((r) => r[0])).toEqual(view.map((r) => r.code));
  expect(rows.map((r) => r[1])).toEqual(view.map((r) => r.title.en));

  const xlsx = await page.request.get((await page.getByRole("link", { name: "Export XLSX" }).getAttribute("href"))!);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load((await xlsx.body()) as unknown as ArrayBuffer);
  const sheet = book.worksheets[0]!;
  const codes: string[] = [];
  sheet.eachRow((row, n) => n > 1 && codes.push(String(row.getCell(1).value)));
  expect(codes).toEqual(view.map((r) => r.code));
});

test("a title that looks like a formula is exported as text", async ({ page }) => {
  await signInAs(page, demoAccounts.coordinator.email);
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
