/**
 * Committee reports end to end: the PDF of a selection, printed by the server's Chromium from the
 * printable page, holds every selected recommendation's code and title and no other code (read back
 * with pdftotext); /reports driven by a person to a downloaded file, with progress shown, the
 * definition saved and regenerated, axe in both themes, a phone's width, and Chinese screenshots.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { expect, test, type APIRequestContext, type Page } from "./test";
import { demoAccounts, signInAs } from "./fixtures";
import { seriousViolations } from "./axe";

const PDFTOTEXT = "/usr/bin/pdftotext";
const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** Under CI a missing tool fails the test; elsewhere it is skipped with a warning. */
function needTools() {
  const missing = [PDFTOTEXT, chromium].filter((p) => !existsSync(p));
  if (!missing.length) return;
  const message = `Missing ${missing.join(" and ")}: install poppler-utils and chromium to check the PDF.`;
  if (process.env.CI === "true") throw new Error(message);
  console.warn(message);
  test.skip(true, message);
}

type Rec = { code: string; title: { en: string } };
type Job = { state: string; error: string | null; file: { url: string; name: string } | null };

async function list(request: APIRequestContext, query: string): Promise<Rec[]> {
  const res = await request.get(`/api/v1/recommendations?pageSize=500&${query}`);
  expect(res.status()).toBe(200);
  return (await res.json()).data as Rec[];
}

async function ready(request: APIRequestContext, id: string): Promise<Job> {
  let job: Job | undefined;
  await expect
    .poll(
      async () => {
        job = (await (await request.get(`/api/v1/reports/${id}`)).json()).data as Job;
        return job.state;
      },
      { timeout: 90_000, intervals: [500, 1000] },
    )
    .toMatch(/ready|failed/);
  expect(job!.error).toBeNull();
  expect(job!.state).toBe("ready");
  return job!;
}

const collapse = (s: string) => s.replace(/\s+/g, " ").trim();
const codePattern = (code: string) => new RegExp(`(?<![\\w-])${code.replace(/[-]/g, "\\-")}(?![\\w-])`);

test("the PDF of a selection holds every selected recommendation and no other", async ({ page }) => {
  needTools();
  test.setTimeout(150_000);
  await signInAs(page, demoAccounts.coordinator.email, null);
  const query = "theme=industry&agency=hk-itib";
  const selected = await list(page.request, query);
  const everyone = await list(page.request, "");
  expect(selected.length).toBeGreaterThan(1);
  const res = await page.request.post("/api/v1/reports", {
    data: { title: "Industry, Hong Kong ITIB", format: "pdf", query },
  });
  expect(res.status()).toBe(202);
  const { id } = await res.json();
  expect(res.headers()["location"]).toBe(`/api/v1/reports/${id}`);
  const job = await ready(page.request, id);
  const file = await page.request.get(job.file!.url);
  expect(file.status()).toBe(200);
  expect(file.headers()["content-type"]).toBe("application/pdf");
  expect(file.headers()["content-disposition"]).toMatch(
    /attachment; filename="Industry, Hong Kong ITIB-\d{4}-\d{2}-\d{2}\.pdf"/,
  );
  const dir = mkdtempSync(path.join(os.tmpdir(), "tct-report-"));
  const pdf = path.join(dir, "report.pdf");
  writeFileSync(pdf, await file.body());
  const text = collapse(execFileSync(PDFTOTEXT, ["-enc", "UTF-8", pdf, "-"], { encoding: "utf8" }));
  for (const r of selected) {
    expect(text, r.code).toMatch(codePattern(r.code));
    expect(text, r.code).toContain(collapse(r.title.en));
  }
  const others = everyone.filter((r) => !selected.some((s) => s.code === r.code));
  expect(others.length).toBeGreaterThan(0);
  expect(others.filter((r) => codePattern(r.code).test(text)).map((r) => r.code)).toEqual([]);
  // The running header and page numbers of the print.
  expect(text).toContain("Industry, Hong Kong ITIB");
  expect(text).toMatch(/Page 1 \/ \d+/);
});

test("the XLSX of a round-less selection opens with typed dates and numbers", async ({ page }) => {
  await signInAs(page, demoAccounts.coordinator.email, null);
  const res = await page.request.post("/api/v1/reports", {
    data: { title: "Finance", format: "xlsx", query: { theme: "finance" } },
  });
  expect(res.status()).toBe(202);
  const job = await ready(page.request, (await res.json()).id);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load((await (await page.request.get(job.file!.url)).body()) as unknown as ArrayBuffer);
  const sheet = book.getWorksheet("Actions")!;
  const due = sheet
    .getColumn(8)
    .values.slice(2)
    .filter((v) => v !== null && v !== undefined);
  expect(due.length).toBeGreaterThan(0);
  expect(due.every((v) => v instanceof Date)).toBe(true);
  expect(
    sheet
      .getColumn(7)
      .values.slice(2)
      .every((v) => typeof v === "number"),
  ).toBe(true);
  const finance = await list(page.request, "theme=finance");
  expect(book.getWorksheet("Recommendations")!.getColumn(1).values.slice(2)).toEqual(finance.map((r) => r.code).sort());
});

test("a bad selection is refused with what to fix, and another person's report does not exist", async ({
  page,
  browser,
}) => {
  await signInAs(page, demoAccounts.hkMember.email, null);
  const bad = await page.request.post("/api/v1/reports", {
    data: { title: "x", format: "pdf", query: "status=stuck" },
  });
  expect(bad.status()).toBe(400);
  expect((await bad.json()).error.fieldErrors.status.join(" ")).toMatch(/proposed/);
  const res = await page.request.post("/api/v1/reports", {
    data: { title: "Mine", format: "html", query: "agency=hk-itib" },
  });
  const { id } = await res.json();
  const other = await browser.newPage();
  await signInAs(other, demoAccounts.szMember.email, null);
  expect((await other.request.get(`/api/v1/reports/${id}`)).status()).toBe(404);
  expect((await other.request.get(`/api/v1/reports/${id}/file`)).status()).toBe(404);
  await other.close();
});

async function noSidewaysScroll(page: Page) {
  const { scroll, client } = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
  }));
  expect(scroll).toBeLessThanOrEqual(client);
}

test("a coordinator asks for a report on /reports, follows its progress and downloads it", async ({ page }) => {
  test.setTimeout(120_000);
  await signInAs(page, demoAccounts.coordinator.email, "/reports");
  await expect(page.getByRole("heading", { level: 1, name: "Committee reports" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Reports" })).toHaveAttribute("aria-current", "page");
  expect(await seriousViolations(page, "main")).toEqual([]);

  // By keyboard: the title, the format, a theme, then Generate.
  const title = page.getByLabel("Title", { exact: true });
  await title.fill("Talent for the December meeting");
  await page.getByLabel("Format", { exact: true }).selectOption("xlsx");
  await page.getByLabel("Theme", { exact: true }).selectOption("talent");
  await page.getByRole("button", { name: "Generate", exact: true }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByText("“Talent for the December meeting” is queued")).toBeVisible();
  const item = page.locator("[data-report-id]").filter({ hasText: "Talent for the December meeting" }).first();
  await expect(item).toHaveAttribute("data-state", "ready", { timeout: 60_000 });
  await expect(item.getByRole("status")).toContainText("Ready");
  const download = page.waitForEvent("download");
  await item.getByRole("link", { name: /Download “Talent for the December meeting”/ }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^Talent for the December meeting-\d{4}-\d{2}-\d{2}\.xlsx$/);

  // Saved, then regenerated with one click: a new job of the same definition.
  await page.getByLabel("Save as", { exact: true }).fill("December talent");
  await page.getByRole("button", { name: "Save definition" }).click();
  await expect(page.getByText("Saved “December talent”.")).toBeVisible();
  const before = await page.locator("[data-report-id]").count();
  await page.getByRole("button", { name: "Regenerate “December talent”" }).click();
  await expect(page.locator("[data-report-id]")).toHaveCount(before + 1);
  await expect(page.locator("[data-report-id]").first()).toHaveAttribute("data-state", "ready", { timeout: 60_000 });

  await page.screenshot({ path: test.info().outputPath("reports-light.png"), fullPage: true });
  await page.emulateMedia({ colorScheme: "dark" });
  await expect(page.locator("html")).toHaveClass(/dark/);
  expect(await seriousViolations(page, "main")).toEqual([]);
  await page.screenshot({ path: test.info().outputPath("reports-dark.png"), fullPage: true });

  await page.setViewportSize({ width: 390, height: 844 });
  await noSidewaysScroll(page);
  await page.screenshot({ path: test.info().outputPath("reports-390.png"), fullPage: true });
});

test("the printable page: no navigation, accessible in both themes, fits a phone; in Chinese", async ({ page }) => {
  test.setTimeout(120_000);
  await signInAs(page, demoAccounts.coordinator.email, null);
  const res = await page.request.post("/api/v1/reports", {
    data: { title: "联合委员会进展报告", format: "html", query: "agency=sz-stic" },
    headers: { "Accept-Language": "zh-Hans" },
  });
  const { id } = await res.json();
  const job = await ready(page.request, id);
  await page.goto(`/reports/${id}/print`);
  await expect(page.locator("html")).toHaveAttribute("data-report-ready", "true");
  await expect(page.getByRole("heading", { level: 1, name: "联合委员会进展报告" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "摘要" })).toBeVisible();
  await expect(page.getByRole("navigation")).toHaveCount(0);
  expect(await seriousViolations(page, "main")).toEqual([]);
  await page.screenshot({ path: test.info().outputPath("print-zh-Hans.png") });
  await page.emulateMedia({ colorScheme: "dark" });
  expect(await seriousViolations(page, "main")).toEqual([]);
  await page.setViewportSize({ width: 390, height: 844 });
  await noSidewaysScroll(page);
  await page.screenshot({ path: test.info().outputPath("print-390.png") });
  // The HTML file is the same page, self-contained: styles inlined, no scripts.
  const html = await (await page.request.get(job.file!.url)).text();
  expect(html).toContain("联合委员会进展报告");
  expect(html).not.toMatch(/<script/i);
  expect(html).toMatch(/<style>/);

  // The page in Chinese: the account's language, put back afterwards for the specs that follow.
  const before = (await (await page.request.get("/api/v1/me")).json()).data?.locale ?? null;
  expect((await page.request.patch("/api/v1/me", { data: { locale: "zh-Hans" } })).status()).toBe(200);
  try {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto("/reports");
    await expect(page.getByRole("heading", { level: 1, name: "委员会报告" })).toBeVisible();
    await page.screenshot({ path: test.info().outputPath("reports-zh-Hans.png"), fullPage: true });
  } finally {
    await page.request.patch("/api/v1/me", { data: { locale: before } });
  }
});
