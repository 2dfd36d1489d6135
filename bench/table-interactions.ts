/**
 * Table interactions in Chromium against our production server: how long from a person's action
 * (a search keystroke, ticking a facet value, a sort click, the next page) until the table shows the
 * new rows, and from navigation start until the first row is visible.
 *
 * "Rows updated" is a DOM condition read in the page: the visible rows' codes or the count line differ
 * from before the action and the table is no longer busy. The clock starts at the action's own event
 * (its `timeStamp`, captured on the document) and stops at the first animation frame where the
 * condition holds, both on the page's performance clock.
 *
 * Sizes: the seed alone (42 recommendations, PGlite, the embedded default) and, when
 * ctx.postgresUrl (BENCH_DATABASE_URL) is set, 10,000 recommendations × 5 actions on PostgreSQL
 * (without it: 1,000 on PGlite). Quick: 42 only, fewer repetitions.
 *
 * BENCH_BEFORE_DIR=<folder with another checkout and its .next build> also measures that build's
 * server (for example main before this change) over the same database in the same run: subjects
 * take turns per database (PGlite folders cannot be opened by two servers at once).
 *
 * Alone: node --import tsx bench/table-interactions.ts [--quick]; BENCH_TABLE_REPS sets the repetitions.
 */
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { chromium, type Browser, type Page } from "playwright-core";
import { ensureBuild, startAppServer, type AppServer } from "./harness/app-server";
import { createBenchDatabase, type BenchDatabase } from "./harness/databases";
import { round, summarize } from "./harness/stats";
import { quickFromEnv, type Bench, type BenchContext, type Row } from "./harness/types";

const PORT = Number(process.env.BENCH_TABLE_PORT ?? 3442);
const DEMO_PASSWORD = "twincity-demo";
const TARGET_MS = 100;
const FIRST_ROWS_TARGET_MS = 1000;
const TABLE = 'table[aria-label="Recommendations"]';

interface Subject {
  name: string;
  dir: string;
}

async function signIn(page: Page, base: string) {
  const { csrfToken } = (await (await page.request.get(`${base}/api/auth/csrf`)).json()) as { csrfToken: string };
  const res = await page.request.post(`${base}/api/auth/callback/credentials`, {
    form: { csrfToken, email: "viewer@demo.local", password: DEMO_PASSWORD, json: "true" },
  });
  if (res.status() >= 400) throw new Error(`sign-in failed: ${res.status()}`);
}

/** Records the latest trusted action's time on the page's clock, and reads the table's state. */
const PAGE_HELPERS = `
  window.__lastAction = 0;
  for (const type of ["keydown", "click", "input"]) {
    document.addEventListener(type, (e) => { if (e.isTrusted && (type !== "input" || !window.__lastAction)) window.__lastAction = e.timeStamp; }, true);
  }
  window.__tableSignature = () => {
    const table = document.querySelector('${TABLE}');
    const codes = table ? [...table.querySelectorAll("tbody tr[data-row-index] td:nth-child(2)")].slice(0, 60).map((td) => td.textContent).join("|") : "none";
    const count = document.querySelector('[aria-live="polite"]')?.textContent ?? "";
    const empty = table ? "" : document.body.innerText.includes("No recommendations") ? "empty" : "";
    return codes + "#" + count + "#" + empty;
  };
  window.__busy = () => Boolean(document.querySelector('[aria-busy="true"]')) || (document.querySelector('[aria-live="polite"]')?.textContent ?? "").startsWith("Updating");
`;

async function openTable(page: Page, url: string) {
  await page.goto(url, { waitUntil: "commit" });
  await page.waitForSelector(`${TABLE} tbody tr[data-row-index]`);
  // Hydrated: the "/" shortcut focuses the search box only once React runs.
  const focused = () => page.evaluate(() => document.activeElement?.id === "table-search");
  for (let i = 0; i < 100 && !(await focused()); i++) {
    await page.locator("body").press("/");
    await page.waitForTimeout(100);
  }
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.evaluate(PAGE_HELPERS);
}

/** Runs `act` and returns ms from its event until the rows differ from before and the table is settled. */
async function timeAction(page: Page, act: () => Promise<void>): Promise<{ ms: number; parts: Parts | null }> {
  const before = await page.evaluate(() => {
    (window as unknown as { __lastAction: number }).__lastAction = 0;
    return (window as unknown as { __tableSignature: () => string }).__tableSignature();
  });
  await act();
  const handle = await page.waitForFunction(
    (prev) => {
      const w = window as unknown as { __tableSignature: () => string; __busy: () => boolean; __lastAction: number };
      if (!w.__lastAction || w.__busy() || w.__tableSignature() === prev) return false;
      return performance.now() - w.__lastAction;
    },
    before,
    { polling: "raf", timeout: 30_000 },
  );
  const ms = (await handle.jsonValue()) as number;
  const parts = await page.evaluate((total) => {
    const w = window as unknown as { __lastAction: number };
    // The rows request this action started: the last one to begin after it.
    const entry = (performance.getEntriesByType("resource") as PerformanceResourceTiming[])
      .filter((e) => e.name.includes("/api/table/") && e.startTime >= w.__lastAction && e.responseEnd > 0)
      .at(-1);
    if (!entry) return null;
    const server = entry.serverTiming.find((t) => t.name === "rows")?.duration ?? null;
    return {
      beforeRequest: entry.startTime - w.__lastAction,
      request: entry.responseEnd - entry.startTime,
      server,
      afterResponse: total - (entry.responseEnd - w.__lastAction),
    };
  }, ms);
  performance.clearResourceTimings?.();
  // Let anything still in flight (a late render) settle before the next action.
  await page.waitForTimeout(50);
  return { ms, parts };
}

/** Where an update's time went: the browser before the request, the request (of it the server's rows), the browser after. */
interface Parts {
  beforeRequest: number;
  request: number;
  server: number | null;
  afterResponse: number;
}

async function measureSubject(browser: Browser, base: string, reps: number, firstRuns: number) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  await signIn(page, base);
  const samples: Record<string, number[]> = { first: [], search: [], facet: [], sort: [], page: [] };
  const parts: Parts[] = [];
  const timed = async (key: string, act: () => Promise<void>) => {
    const result = await timeAction(page, act);
    samples[key]!.push(result.ms);
    if (result.parts) parts.push(result.parts);
  };

  // First rows: navigation start → the first row is visible.
  await openTable(page, `${base}/recommendations`); // warm-up
  for (let i = 0; i < firstRuns; i++) {
    await page.goto(`${base}/recommendations`, { waitUntil: "commit" });
    const handle = await page.waitForFunction(
      (sel) => {
        const row = document.querySelector(sel);
        return row && (row as HTMLElement).offsetParent !== null ? performance.now() : false;
      },
      `${TABLE} tbody tr[data-row-index]`,
      { polling: "raf", timeout: 30_000 },
    );
    samples.first!.push((await handle.jsonValue()) as number);
  }

  // Search: one keystroke narrows the rows, the next (Backspace) widens them again.
  await openTable(page, `${base}/recommendations`);
  const search = page.locator("#table-search");
  await search.click();
  for (let i = 0; i < reps; i++) {
    await timed("search", () => page.keyboard.press("x"));
    await timed("search", () => page.keyboard.press("Backspace"));
    // Keystrokes further apart than a typing burst.
    await page.waitForTimeout(300);
  }

  // Facet: tick and untick the Status value with the most rows (short of all of them).
  await openTable(page, `${base}/recommendations`);
  await page.getByRole("group", { name: "Filters" }).getByRole("button", { name: "Status" }).click();
  const dialog = page.getByRole("dialog", { name: "Status" });
  const counts = await dialog
    .locator("label")
    .evaluateAll((labels) =>
      labels.map((l) => Number(l.querySelector("span:last-child")?.textContent?.replace(/\D/g, "") ?? 0)),
    );
  const total = counts.reduce((a, b) => a + b, 0);
  const pick =
    counts
      .map((count, index) => ({ count, index }))
      .filter((c) => c.count > 0 && c.count < total)
      .sort((a, b) => b.count - a.count)[0]?.index ?? 0;
  const box = dialog.getByRole("checkbox").nth(pick);
  for (let i = 0; i < reps; i++) await timed("facet", () => box.click());
  await page.keyboard.press("Escape");

  // Sort: the Title header cycles ascending, descending, unsorted.
  await openTable(page, `${base}/recommendations`);
  const titleSort = page.locator(TABLE).getByRole("button", { name: "Title", exact: true });
  for (let i = 0; i < reps; i++) await timed("sort", () => titleSort.click());

  // Page: next, then previous, 25 rows a page.
  await openTable(page, `${base}/recommendations?pageSize=25`);
  const pager = page.getByRole("navigation", { name: "Pages" });
  for (let i = 0; i < reps; i++) {
    const name = i % 2 === 0 ? "Next" : "Previous";
    await timed("page", () => pager.getByRole("button", { name }).click());
  }
  await context.close();
  return { samples, parts };
}

const measures: Record<string, string> = {
  first: "navigation → first rows visible",
  search: "search keystroke → rows updated",
  facet: "facet filter → rows updated",
  sort: "sort click → rows updated",
  page: "next page → rows updated",
};

export const bench: Bench = {
  name: "table-interactions",
  async run(ctx: BenchContext): Promise<Row[]> {
    ensureBuild(ctx.log);
    const subjects: Subject[] = [{ name: "ours", dir: process.cwd() }];
    if (process.env.BENCH_BEFORE_DIR) subjects.push({ name: "before", dir: process.env.BENCH_BEFORE_DIR });
    const sizes: { label: string; kind: "pglite" | "postgres"; recommendations: number }[] = [
      { label: "42, PGlite", kind: "pglite", recommendations: 0 },
    ];
    if (!ctx.quick) {
      if (ctx.postgresUrl) {
        sizes.push({ label: "42, PostgreSQL", kind: "postgres", recommendations: 0 });
        sizes.push({ label: "10,000, PostgreSQL", kind: "postgres", recommendations: 10_000 });
      } else sizes.push({ label: "1,000, PGlite", kind: "pglite", recommendations: 1_000 });
    }
    // BENCH_TABLE_SIZES=10000 keeps the sizes whose label starts so; BENCH_TABLE_REVERSE=true measures
    // the subjects in the other order (the first one meets a cold database).
    const only = process.env.BENCH_TABLE_SIZES?.split(",");
    if (only)
      sizes.splice(0, sizes.length, ...sizes.filter((s) => only.some((o) => s.label.replace(/,/g, "").startsWith(o))));
    if (process.env.BENCH_TABLE_REVERSE === "true") subjects.reverse();
    const reps = Number(process.env.BENCH_TABLE_REPS ?? (ctx.quick ? 5 : 20));
    const firstRuns = ctx.quick ? 4 : Math.min(15, reps);
    const rows: Row[] = [];
    const browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-background-networking", "--disable-gpu"],
    });
    try {
      for (const size of sizes) {
        let database: BenchDatabase | undefined;
        try {
          database = await createBenchDatabase(
            size.kind,
            { recommendations: size.recommendations, actionsPer: 5 },
            { postgresUrl: ctx.postgresUrl, log: ctx.log },
          );
          for (const subject of subjects) {
            const home = process.cwd();
            let server: AppServer | undefined;
            try {
              // The server runs the build of the subject's folder.
              process.chdir(subject.dir);
              server = await startAppServer({ port: PORT, env: database.env, log: ctx.log });
            } finally {
              process.chdir(home);
            }
            try {
              ctx.log(`${subject.name} at ${size.label} (load ${loadAverage()})`);
              const { samples, parts } = await measureSubject(browser, server.url, reps, firstRuns);
              rows.push(...partRows(parts, `${subject.name} (${size.label})`));
              for (const [key, values] of Object.entries(samples)) {
                const s = summarize(values);
                const target = key === "first" ? FIRST_ROWS_TARGET_MS : TARGET_MS;
                rows.push({
                  measure: measures[key]!,
                  subject: `${subject.name} (${size.label})`,
                  unit: "ms",
                  p50: round(s.p50),
                  p95: round(s.p95),
                  p99: round(s.p99),
                  note: `n=${s.n}; target p95 ≤ ${target} ms: ${s.p95 <= target ? "met" : "not met"}`,
                });
              }
            } finally {
              await server.stop();
            }
          }
        } finally {
          await database?.drop();
        }
      }
    } finally {
      await browser.close();
    }
    return rows;
  },
};

/** The split of every update (all four interactions together), one row per part. */
function partRows(parts: Parts[], subject: string): Row[] {
  const split: [string, number[]][] = [
    ["update split: action → rows request starts (browser)", parts.map((p) => p.beforeRequest)],
    ["update split: rows request start → answer received", parts.map((p) => p.request)],
    [
      "update split: of the request, the server's loader (Server-Timing)",
      parts.flatMap((p) => (p.server === null ? [] : [p.server])),
    ],
    ["update split: answer received → rows shown (browser)", parts.map((p) => p.afterResponse)],
  ];
  return split
    .filter(([, values]) => values.length)
    .map(([measure, values]) => {
      const s = summarize(values);
      return {
        measure,
        subject,
        unit: "ms",
        p50: round(s.p50),
        p95: round(s.p95),
        p99: round(s.p99),
        note: `n=${s.n}`,
      };
    });
}

function loadAverage() {
  try {
    return readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(" ");
  } catch {
    return "?";
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const quick = quickFromEnv();
  bench
    .run({ quick, postgresUrl: process.env.BENCH_DATABASE_URL, log: (m) => console.error(m) })
    .then((rows) => {
      console.log(`load average ${loadAverage()}`);
      console.log("| measure | subject | p50 | p95 | p99 | note |\n|---|---|---|---|---|---|");
      for (const r of rows) console.log(`| ${r.measure} | ${r.subject} | ${r.p50} | ${r.p95} | ${r.p99} | ${r.note} |`);
    })
    .catch((err) => {
      console.error(err);
      process.exit(1);
    });
}
