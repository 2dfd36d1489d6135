/**
 * Where the time of a table interaction goes (a diagnostic beside bench/table-interactions.ts, not a
 * bench module): per action, the action's event → the row fetch's start, its first byte, its end
 * (Resource Timing), and → rows updated; also every request the action set off (prefetches).
 * node --import tsx bench/table-profile.ts (BENCH_TABLE_SIZES, BENCH_DATABASE_URL as for the bench).
 */
import { chromium, type Page } from "playwright-core";
import { startAppServer } from "./harness/app-server";
import { createBenchDatabase } from "./harness/databases";

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the page helpers are untyped globals
type W = any;
const PORT = Number(process.env.BENCH_TABLE_PORT ?? 3543);
const TABLE = 'table[aria-label="Recommendations"]';
const HELPERS = `
  window.__lastAction = 0;
  for (const type of ["keydown", "click"]) document.addEventListener(type, (e) => { if (e.isTrusted) window.__lastAction = e.timeStamp; }, true);
  window.__sig = () => {
    const table = document.querySelector('${TABLE}');
    const codes = table ? [...table.querySelectorAll("tbody tr[data-row-index] td:nth-child(2)")].slice(0, 60).map((td) => td.textContent).join("|") : "none";
    return codes + "#" + (document.querySelector('[aria-live="polite"]')?.textContent ?? "");
  };
  window.__long = [];
  new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__long.push([e.startTime, e.duration]); }).observe({ type: "longtask" });
  window.__muts = [];
  new MutationObserver(() => window.__muts.push(performance.now())).observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
  window.__busy = () => Boolean(document.querySelector('[aria-busy="true"]')) || (document.querySelector('[aria-live="polite"]')?.textContent ?? "").startsWith("Updating");
`;

async function profile(page: Page, label: string, act: () => Promise<void>) {
  const before = await page.evaluate(() => {
    (window as unknown as W).__lastAction = 0;
    (window as unknown as W).__long = [];
    (window as unknown as W).__muts = [];
    performance.clearResourceTimings();
    return (window as unknown as W).__sig();
  });
  await act();
  const done = (await (
    await page.waitForFunction(
      (prev) => {
        const w = window as unknown as W;
        if (!w.__lastAction || w.__busy() || w.__sig() === prev) return false;
        return performance.now();
      },
      before,
      { polling: "raf", timeout: 30_000 },
    )
  ).jsonValue()) as number;
  await page.waitForTimeout(300);
  const r = await page.evaluate(
    ({ done }) => {
      const t0 = (window as unknown as W).__lastAction as number;
      const entries = (performance.getEntriesByType("resource") as PerformanceResourceTiming[]).map((e) => ({
        url: e.name.replace(location.origin, "").slice(0, 70),
        start: Math.round(e.startTime - t0),
        ttfb: Math.round(e.responseStart - t0),
        end: Math.round(e.responseEnd - t0),
        kb: Math.round(e.encodedBodySize / 1024),
      }));
      const long = ((window as unknown as W).__long as [number, number][])
        .filter(([s]) => s >= t0 - 5 && s < done)
        .map(([s, d]) => `${Math.round(s - t0)}+${Math.round(d)}`);
      const muts = [
        ...new Set(
          ((window as unknown as W).__muts as number[]).filter((m) => m <= done + 1).map((m) => Math.round(m - t0)),
        ),
      ];
      return { total: Math.round(done - t0), entries, long, muts };
    },
    { done },
  );
  const api = r.entries.find((e) => e.url.startsWith("/api/table"));
  console.log(
    `${label.padEnd(10)} total ${String(r.total).padStart(4)}  fetch start ${api?.start} ttfb ${api?.ttfb} end ${api?.end} (${api?.kb} KB)  render ${api ? r.total - api.end : "-"}  long ${r.long.join(",")}  muts ${r.muts.join(",")}  others: ${r.entries
      .filter((e) => e !== api)
      .map((e) => `${e.url}@${e.start}-${e.end}`)
      .join(", ")}`,
  );
}

async function main() {
  const size = Number(process.env.BENCH_TABLE_SIZES ?? 0);
  const kind = process.env.BENCH_DATABASE_URL ? "postgres" : "pglite";
  const db = await createBenchDatabase(
    kind,
    { recommendations: size === 42 ? 0 : size, actionsPer: 5 },
    {
      postgresUrl: process.env.BENCH_DATABASE_URL,
      log: console.error,
    },
  );
  const server = await startAppServer({ port: PORT, env: db.env, log: console.error });
  const browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-background-networking", "--disable-gpu"],
  });
  try {
    const page = await (await browser.newContext({ viewport: { width: 1400, height: 900 } })).newPage();
    const base = server.url;
    const { csrfToken } = (await (await page.request.get(`${base}/api/auth/csrf`)).json()) as { csrfToken: string };
    await page.request.post(`${base}/api/auth/callback/credentials`, {
      form: { csrfToken, email: "viewer@demo.local", password: "twincity-demo", json: "true" },
    });
    await page.goto(`${base}/recommendations?pageSize=25`);
    await page.waitForSelector(`${TABLE} tbody tr[data-row-index]`);
    await page.waitForTimeout(1500);
    await page.evaluate(HELPERS);
    const search = page.locator("#table-search");
    await search.click();
    const reps = Number(process.env.REPS ?? 4);
    for (let i = 0; i < reps; i++) {
      await profile(page, "search x", () => page.keyboard.press("x"));
      await profile(page, "search ⌫", () => page.keyboard.press("Backspace"));
    }
    const titleSort = page.locator(TABLE).getByRole("button", { name: "Title", exact: true });
    const cdp = process.env.CPU ? await page.context().newCDPSession(page) : null;
    if (cdp) {
      await cdp.send("Profiler.enable");
      await cdp.send("Profiler.setSamplingInterval", { interval: 200 });
      await cdp.send("Profiler.start");
    }
    for (let i = 0; i < reps; i++) await profile(page, "sort", () => titleSort.click());
    if (cdp) {
      const { profile: prof } = (await cdp.send("Profiler.stop")) as {
        profile: {
          nodes: {
            id: number;
            callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
            hitCount?: number;
            children?: number[];
          }[];
          samples: number[];
          timeDeltas: number[];
        };
      };
      const self = new Map<string, number>();
      const byId = new Map(prof.nodes.map((n) => [n.id, n]));
      prof.samples.forEach((id, i) => {
        const n = byId.get(id)!;
        const f = n.callFrame;
        const k = `${f.functionName || "(anon)"} ${f.url.split("/").pop()}:${f.lineNumber}:${f.columnNumber}`;
        self.set(k, (self.get(k) ?? 0) + (prof.timeDeltas[i] ?? 0) / 1000);
      });
      const top = [...self].sort((a, b) => b[1] - a[1]).slice(0, 30);
      for (const [k, ms] of top) console.log(`  ${ms.toFixed(1).padStart(7)} ms  ${k}`);
    }
    const pager = page.getByRole("navigation", { name: "Pages" });
    for (let i = 0; i < reps; i++)
      await profile(page, "page", () => pager.getByRole("button", { name: i % 2 ? "Previous" : "Next" }).click());
    // Server alone: the route, warm, from Node.
    const cookies = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
    for (const q of ["q=x", "q=", "sort=title", "page=2&pageSize=25"]) {
      const times: number[] = [];
      for (let i = 0; i < 6; i++) {
        const t = performance.now();
        const res = await fetch(`${base}/api/table/recommendations?${q}&r=${i}`, { headers: { cookie: cookies } });
        const body = await res.text();
        times.push(Math.round(performance.now() - t));
        if (i === 5)
          console.log(
            `route ${q.padEnd(20)} ${times.join(" ")} ms, ${Math.round(body.length / 1024)} KB, status ${res.status}`,
          );
      }
    }
  } finally {
    await browser.close();
    await server.stop();
    await db.drop();
  }
}
main().catch((e) => {
  console.error(e);
  process.exit(1);
});
