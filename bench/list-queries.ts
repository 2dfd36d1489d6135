/**
 * `npm run bench:list`: times the recommendation list and the All actions list at 10,000
 * recommendations and 50,000 actions, in the same run, so the two can be compared.
 *
 * Each run starts from a fresh database: PGlite in a temporary folder, and, when BENCH_DATABASE_URL
 * is set, also a new PostgreSQL database created next to that one and dropped afterwards. It migrates,
 * seeds (with demo users), generates the load, then runs every view RUNS times after WARMUP
 * untimed runs and prints p50/p95/max as a Markdown table, plus EXPLAIN ANALYZE of the slowest view.
 *
 * BENCH_RECOMMENDATIONS, BENCH_ACTIONS_PER and BENCH_RUNS shrink it for a quick try;
 * BENCH_SKIP_PGLITE=true measures only PostgreSQL; BENCH_ONLY_SEARCH=true only the search before/after.
 *
 * As a module of `npm run bench` (bench/run.ts) it exports `bench`: the same views and search peers
 * as rows (p50/p95/p99 per view and database), without the EXPLAIN output; `bench:quick` runs it at
 * 500 recommendations, 5 runs after 1 warm-up (the environment options above still override).
 */
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { sql } from "drizzle-orm";
import { openDatabase, type Database, type DatabaseHandle } from "../db";
import { getRecommendationByCode } from "../db/queries/recommendations";
import {
  buildListStatements,
  facetCounts,
  listRecommendations,
  type ListRecommendationsParams,
} from "../db/queries/recommendation-list";
import {
  actionFacetCounts,
  buildActionListStatements,
  listActions,
  type ListActionsParams,
} from "../db/queries/action-list";
import { selectRows } from "../db/rows";
import { seedDatabase } from "../db/seed";
import { generateLoad, loadCode } from "../db/seed/generate";
import { createFreshPostgresDatabase } from "../tests/helpers/postgres";
import { normalizeForSearch } from "../lib/search/normalize";
import { likePattern } from "../db/queries/list-sql";
import type { Bench, Row } from "./harness/types";
import { summarize } from "./harness/stats";

interface Config {
  recommendations: number;
  actionsPer: number;
  runs: number;
  warmup: number;
  skipPglite: boolean;
  onlySearch: boolean;
}

function configFor(quick: boolean, env: Record<string, string | undefined> = process.env): Config {
  return {
    recommendations: Number(env.BENCH_RECOMMENDATIONS ?? (quick ? 500 : 10_000)),
    actionsPer: Number(env.BENCH_ACTIONS_PER ?? 5),
    runs: Number(env.BENCH_RUNS ?? (quick ? 5 : 30)),
    warmup: quick ? 1 : 3,
    skipPglite: env.BENCH_SKIP_PGLITE === "true",
    onlySearch: env.BENCH_ONLY_SEARCH === "true",
  };
}
const SEED = 1;

interface View {
  name: string;
  list?: ListRecommendationsParams;
  /** Measures the faceted filters' counts for these filters instead of the page. */
  facets?: ListRecommendationsParams;
  code?: string;
  /** An All actions page. */
  actions?: ListActionsParams;
  /** The All actions facet counts for these filters. */
  actionFacets?: ListActionsParams;
}

const viewsFor = (recommendations: number): View[] => [
  { name: "first page, default sort", list: {} },
  { name: 'text search "talent"', list: { q: "talent" } },
  { name: 'text search "人才"', list: { q: "人才" } },
  { name: "status in_progress + theme finance", list: { status: ["in_progress"], theme: ["finance"] } },
  { name: "agency sz-stic", list: { agency: ["sz-stic"] } },
  { name: "side hong_kong", list: { side: ["hong_kong"] } },
  { name: "sort by target date desc", list: { sort: ["-target"] } },
  { name: "sort by overdue desc, next due", list: { sort: ["-overdue", "nextDue"] } },
  { name: "sort by Hong Kong progress", list: { sort: ["progressHongKong"] } },
  { name: "overdue only", list: { overdue: ["yes"] } },
  { name: "group by status", list: { group: "status" } },
  { name: "group by agency, 500 rows", list: { group: "agency", pageSize: 500 } },
  { name: "page 100", list: { page: 100 } },
  { name: "facet counts, no filter", facets: {} },
  { name: "facet counts, side + theme", facets: { side: ["hong_kong"], theme: ["talent"] } },
  { name: "getRecommendationByCode", code: loadCode(Math.floor(recommendations / 2)) },
  { name: "actions: first page, default sort", actions: {} },
  {
    name: "actions: agency sz-stic + overdue, sort -overdueBy, due",
    actions: { agency: ["sz-stic"], due: ["overdue"], sort: ["-overdueBy", "due"] },
  },
  {
    name: "actions: side hong_kong + open, sort assignee, title; page 5",
    actions: { side: ["hong_kong"], status: ["todo", "in_progress", "blocked"], sort: ["assignee", "title"], page: 5 },
  },
  { name: "actions: due this week, sort -progress", actions: { due: ["week"], sort: ["-progress"] } },
  { name: 'actions: text search "talent"', actions: { q: "talent" } },
  { name: "actions: group by recommendation", actions: { group: "recommendation" } },
  { name: "actions: group by agency, 500 rows", actions: { group: "agency", pageSize: 500 } },
  { name: "actions: page 500", actions: { page: 500 } },
  { name: "actions: facet counts, no filter", actionFacets: {} },
  { name: "actions: facet counts, agency + overdue", actionFacets: { agency: ["sz-stic"], due: ["overdue"] } },
];

/**
 * Search before and after migration 0007, like for like and interleaved in the same run: the count
 * and first page of a text search, with the predicate the list used before (ILIKE over the nine text
 * columns and the note, which finds a Chinese phrase only in the script it was typed in) against
 * the one it uses now (search_text, one script, trigram-indexed).
 */
const searchPeers = ["talent", "人才", "监管沙盒", "監管沙盒", "regulatory sandbox"];

function searchStatements(db: Database, q: string, how: "before" | "after") {
  const p = likePattern(q);
  const n = likePattern(normalizeForSearch(q));
  const match =
    how === "after"
      ? sql`r.id in (select sr.id from recommendations sr where sr.search_text like ${n} union select sn.recommendation_id from notes sn where sn.search_text like ${n})`
      : sql`(r.code ilike ${p} or r.title_en ilike ${p} or r.title_zh_hans ilike ${p} or r.title_zh_hant ilike ${p}
          or r.summary_en ilike ${p} or r.summary_zh_hans ilike ${p} or r.summary_zh_hant ilike ${p}
          or r.source_excerpt ilike ${p}
          or exists (select 1 from notes sn where sn.recommendation_id = r.id and sn.text ilike ${p}))`;
  return async () => {
    const [count] = await selectRows<{ n: number }>(
      db,
      sql`select count(*)::int as n from recommendations r where r.archived_at is null and ${match}`,
    );
    await selectRows(
      db,
      sql`select r.id from recommendations r where r.archived_at is null and ${match} order by r.code limit 50`,
    );
    return count?.n ?? 0;
  };
}

async function measureSearchPeers(db: Database, { runs: RUNS, warmup: WARMUP }: Config): Promise<Result[]> {
  const results: Result[] = [];
  for (const q of searchPeers) {
    const runs = { before: searchStatements(db, q, "before"), after: searchStatements(db, q, "after") };
    const times = { before: [] as number[], after: [] as number[] };
    const totals = { before: 0, after: 0 };
    for (let i = 0; i < WARMUP; i++) for (const how of ["before", "after"] as const) await runs[how]();
    for (let i = 0; i < RUNS; i++)
      for (const how of i % 2 ? (["after", "before"] as const) : (["before", "after"] as const)) {
        const t0 = performance.now();
        totals[how] = await runs[how]();
        times[how].push(performance.now() - t0);
      }
    for (const how of ["before", "after"] as const) {
      const sorted = times[how].sort((a, b) => a - b);
      results.push({
        view: `search "${q}": ${how === "before" ? "ILIKE over 9 columns (before 0007)" : "search_text + pg_trgm (now)"}`,
        p50: percentile(sorted, 50),
        p95: percentile(sorted, 95),
        max: sorted.at(-1)!,
        total: totals[how],
        times: sorted,
      });
    }
  }
  return results;
}

interface Result {
  view: string;
  p50: number;
  p95: number;
  max: number;
  total: number;
  /** Every timed run, sorted, for the harness's percentiles. */
  times: number[];
}

async function runView(db: Database, view: View): Promise<() => Promise<number>> {
  if (view.code) {
    const code = view.code;
    return async () => ((await getRecommendationByCode(db, code)) ? 1 : 0);
  }
  if (view.facets) {
    const filters = view.facets;
    return async () => (await facetCounts(db, filters)).status.proposed ?? 0;
  }
  if (view.actionFacets) {
    const filters = view.actionFacets;
    return async () => (await actionFacetCounts(db, filters)).status.todo ?? 0;
  }
  if (view.actions) {
    const params = view.actions;
    return async () => (await listActions(db, params)).total;
  }
  return async () => (await listRecommendations(db, view.list)).total;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function measure(handle: DatabaseHandle, cfg: Config, log: (m: string) => void) {
  const { db } = handle;
  const { recommendations: RECOMMENDATIONS, actionsPer: ACTIONS_PER, runs: RUNS, warmup: WARMUP } = cfg;
  await seedDatabase(db, { demoUsers: true });
  let lastPercent = -1;
  const generated = await generateLoad(db, {
    recommendations: RECOMMENDATIONS,
    actionsPerRecommendation: ACTIONS_PER,
    seed: SEED,
    onProgress: (done, total) => {
      const percent = Math.floor((done / total) * 100);
      if (percent >= lastPercent + 10) log(`${handle.kind}: generated ${percent}%`);
      lastPercent = percent;
    },
  });
  // Fresh tables have no statistics until autovacuum gets to them; a deployment would have them.
  await db.execute(sql`analyze`);

  const results: Result[] = [];
  for (const view of cfg.onlySearch ? [] : viewsFor(RECOMMENDATIONS)) {
    const run = await runView(db, view);
    for (let i = 0; i < WARMUP; i++) await run();
    const times: number[] = [];
    let total = 0;
    for (let i = 0; i < RUNS; i++) {
      const t0 = performance.now();
      total = await run();
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    results.push({
      view: view.name,
      p50: percentile(times, 50),
      p95: percentile(times, 95),
      max: times.at(-1)!,
      total,
      times,
    });
  }
  return { generated, results, search: await measureSearchPeers(db, cfg) };
}

async function explainSlowest(db: Database, results: Result[], of: "list" | "actions", recommendations: number) {
  const views = viewsFor(recommendations);
  const listed = results.filter((r) => views.find((v) => v.name === r.view)?.[of]);
  const slowest = listed.reduce((a, b) => (b.p95 > a.p95 ? b : a));
  const view = views.find((v) => v.name === slowest.view)!;
  console.log(
    `\nEXPLAIN ANALYZE for the slowest ${of === "list" ? "recommendation" : "All actions"} view: ${slowest.view}`,
  );
  const statements = of === "list" ? buildListStatements(db, view.list) : buildActionListStatements(db, view.actions);
  for (const [label, statement] of [
    ["total", statements.total],
    ["page rows", statements.rows],
  ] as const) {
    const plan = await selectRows<{ "QUERY PLAN": string }>(db, sql`explain (analyze) ${statement.getSQL()}`);
    const lines = plan.map((r) => r["QUERY PLAN"]);
    console.log(`-- ${label}: ${lines.filter((l) => /Execution Time/.test(l)).join(" ")}`);
    for (const line of lines) console.log(`   ${line}`);
  }
}

type Measured = Awaited<ReturnType<typeof measure>>;

function printTable(
  kind: string,
  generated: Measured["generated"],
  results: Result[],
  { runs: RUNS, warmup: WARMUP }: Config,
) {
  const ms = (n: number) => n.toFixed(1);
  console.log(
    `\n### ${kind}: ${generated.recommendations} recommendations, ${generated.actions} actions, ${generated.owners} owners generated in ${(generated.elapsedMs / 1000).toFixed(1)} s (${RUNS} runs after ${WARMUP} warm-ups)\n`,
  );
  console.log("| view | matches | p50 ms | p95 ms | max ms |");
  console.log("| --- | ---: | ---: | ---: | ---: |");
  for (const r of results) console.log(`| ${r.view} | ${r.total} | ${ms(r.p50)} | ${ms(r.p95)} | ${ms(r.max)} |`);
}

/**
 * Measures each database in turn (PGlite unless skipped, then PostgreSQL at `postgresUrl` when given),
 * each from a fresh database, and hands `report` the results while the database is still open.
 */
async function measureDatabases(
  cfg: Config,
  postgresUrl: string | undefined,
  log: (m: string) => void,
  report: (label: string, measured: Measured, db: Database) => Promise<void>,
) {
  if (!cfg.skipPglite) {
    const dir = mkdtempSync(path.join(os.tmpdir(), "tct-bench-"));
    const handle = await openDatabase({ dataDir: path.join(dir, "pglite") });
    try {
      await report("PGlite", await measure(handle, cfg, log), handle.db);
    } finally {
      await handle.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }
  if (!postgresUrl) return;
  const fresh = await createFreshPostgresDatabase(postgresUrl);
  try {
    const handle = await openDatabase({ url: fresh.url });
    try {
      const [version] = await selectRows<{ server_version: string }>(handle.db, sql`show server_version`);
      const label = `PostgreSQL ${version?.server_version ?? ""}`.trim();
      await report(label, await measure(handle, cfg, log), handle.db);
    } finally {
      await handle.close();
    }
  } finally {
    await fresh.drop();
  }
}

export const bench: Bench = {
  name: "list-queries",
  async run(ctx) {
    const cfg = configFor(ctx.quick);
    const rows: Row[] = [];
    await measureDatabases(cfg, ctx.postgresUrl, ctx.log, async (label, { generated, results, search }) => {
      // "PostgreSQL 15.20 (Debian …)": the build is in the section's heading; the table keeps the version.
      const subject = label.replace(/ \(.*\)$/, "");
      rows.push({
        measure: "load generated (recommendations)",
        subject,
        unit: "count",
        value: generated.recommendations,
        note: `${generated.actions.toLocaleString("en-US")} actions in ${(generated.elapsedMs / 1000).toFixed(1)} s; ${cfg.runs} runs after ${cfg.warmup} warm-ups`,
      });
      for (const r of [...results, ...search]) {
        const { p50, p95, p99 } = summarize(r.times);
        rows.push({
          measure: r.view,
          subject,
          unit: "ms",
          p50,
          p95,
          p99,
          note: r.total === 1 ? "1 match" : `${r.total.toLocaleString("en-US")} matches`,
        });
      }
    });
    return rows;
  },
};

async function main() {
  const cfg = configFor(false);
  console.log(`node ${process.version}, ${os.cpus().length} CPUs, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB`);
  const url = process.env.BENCH_DATABASE_URL;
  await measureDatabases(
    cfg,
    url,
    (m) => process.stderr.write(`  ${m}\n`),
    async (label, { generated, results, search }, db) => {
      printTable(label, generated, [...results, ...search], cfg);
      if (results.length) {
        await explainSlowest(db, results, "list", cfg.recommendations);
        await explainSlowest(db, results, "actions", cfg.recommendations);
      }
    },
  );
  if (!url) console.log("\n(BENCH_DATABASE_URL not set: PostgreSQL skipped)");
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  main().catch((err) => {
    console.error(err);
    process.exit(1);
  });
}
