/**
 * The printable page as a file: fetched from this server with the job's page token (the page has
 * no session to use), then either kept as one self-contained HTML file (its stylesheets inlined,
 * its scripts removed: the charts are already drawn as SVG) or printed to PDF by headless Chromium
 * (playwright-core), which waits for the page's ready marker so the charts are drawn first.
 * Chromium is needed for PDF only: without it a PDF job fails with a sentence saying so, and HTML
 * and XLSX still work.
 */
import { AppError } from "@/lib/errors";
import { msg } from "@/lib/i18n/server-message";
import { signReportPageToken } from "./page-token";

export interface PageRendererOptions {
  /** Where this server answers, e.g. http://127.0.0.1:3000 */
  baseUrl: string;
  secret: string;
  chromiumPath?: string;
}

/** The element the printable page marks when everything (charts included) is drawn. */
export const REPORT_READY_SELECTOR = "[data-report-ready='true']";
const PRINT_TIMEOUT_MS = 120_000;

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

export function printUrl(options: PageRendererOptions, jobId: string): string {
  const token = signReportPageToken(options.secret, jobId);
  return `${options.baseUrl}/reports/${jobId}/print?token=${encodeURIComponent(token)}`;
}

async function fetchText(url: string): Promise<string> {
  const res = await fetch(url, { redirect: "error" });
  if (!res.ok) throw new Error(`GET ${new URL(url).pathname} answered ${res.status}`);
  return res.text();
}

/** The server-rendered page with its stylesheets inlined and every script and preload removed. */
export async function renderReportHtml(options: PageRendererOptions, jobId: string): Promise<Buffer> {
  const html = await fetchText(printUrl(options, jobId));
  const sheets = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]*>/g)].map((m) => m[0]);
  let out = html;
  for (const tag of sheets) {
    const href = /href="([^"]+)"/.exec(tag)?.[1];
    if (!href) continue;
    const css = await fetchText(new URL(href.replace(/&amp;/g, "&"), options.baseUrl).toString());
    out = out.replace(tag, () => `<style>${css.replace(/<\/style/gi, "<\\/style")}</style>`);
  }
  out = out
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, "")
    .replace(/<link[^>]+rel="(?:preload|modulepreload|expect)"[^>]*>/gi, "");
  return Buffer.from(out, "utf8");
}

/** The sentence a PDF job fails with when the server has no Chromium to print with. */
export const chromiumMissing = () => new AppError("unavailable", msg("reports.errors.chromiumMissing"));

/**
 * The same printable page, printed by Chromium: A4, the report's title as the running header, page
 * N / M in the footer.
 */
export async function renderReportPdf(
  options: PageRendererOptions,
  jobId: string,
  title: string,
  footer: (page: string, pages: string) => string,
): Promise<Buffer> {
  const { chromium } = await import("playwright-core");
  let browser;
  try {
    browser = await chromium.launch({
      executablePath: options.chromiumPath ?? process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-background-networking", "--disable-dev-shm-usage", "--disable-gpu"],
    });
  } catch (err) {
    console.error("report PDF: Chromium did not start", err);
    throw chromiumMissing();
  }
  try {
    const page = await browser.newPage();
    await page.emulateMedia({ media: "print" });
    await page.goto(printUrl(options, jobId), { waitUntil: "load", timeout: PRINT_TIMEOUT_MS });
    await page.waitForSelector(REPORT_READY_SELECTOR, { state: "attached", timeout: PRINT_TIMEOUT_MS });
    const small = 'style="font-size:8px;width:100%;padding:0 12mm;color:#555;font-family:sans-serif"';
    const pdf = await page.pdf({
      format: "A4",
      printBackground: true,
      displayHeaderFooter: true,
      margin: { top: "18mm", bottom: "16mm", left: "12mm", right: "12mm" },
      headerTemplate: `<div ${small}>${escapeHtml(title)}</div>`,
      footerTemplate: `<div ${small}><div style="text-align:center">${footer('<span class="pageNumber"></span>', '<span class="totalPages"></span>')}</div></div>`,
    });
    return Buffer.from(pdf);
  } finally {
    await browser.close().catch(() => {});
  }
}
