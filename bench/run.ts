/**
 * `npm run bench` (full) and `npm run bench:quick` (same code paths, small sizes; under 3 minutes):
 * runs the benchmark modules one after another, prints one Markdown table of their rows and records
 * it, headed with the machine, commit and load, in bench/RESULTS.md (newest first).
 *
 * Options (environment):
 * - BENCH_DATABASE_URL: a PostgreSQL server to create throwaway databases next to; under CI=true it
 *   defaults to postgres://postgres@127.0.0.1:5432/test (as TEST_DATABASE_URL does). Without it the
 *   modules measure PGlite only.
 * - BENCH_ONLY=collab,writes: run only these modules (names as in MODULES below).
 * - BENCH_RECORD=true|false: write the section into bench/RESULTS.md. Default true, except under
 *   CI=true (CI proves the harness runs; a local `.ci/run` must not leave the tree dirty). The
 *   section is printed on stdout either way.
 * - BENCH_MODULE_TIMEOUT_S: a module that takes longer fails the run (default 240 quick, 3600 full).
 *
 * A module that throws is reported by name, the others still run, the table shows what was measured,
 * and the run exits 1. After a timeout the remaining modules are not run (the late one may still be
 * running beside them), and the process exits when the table is out.
 */
import { writeFileSync, readFileSync, existsSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { Bench, BenchContext, Row } from "./harness/types";
import {
  formatSection,
  formatTable,
  insertSection,
  machineInfo,
  type ModuleFailure,
  type ModuleRows,
  type RunSummary,
} from "./harness/report";

/**
 * The benchmark modules, in the order they run: the one list. Each is `bench/<name>.ts` exporting
 * `bench: Bench` (tests/unit/bench-modules.test.ts checks every one exists and does).
 */
export const MODULES = [
  "list-queries",
  "api-load",
  "writes",
  "collab",
  "table-interactions",
  "dashboard",
  "reports",
] as const;
export type ModuleName = (typeof MODULES)[number];

export const CI_DATABASE_URL = "postgres://postgres@127.0.0.1:5432/test";

export function modulePath(name: string): string {
  return path.join(import.meta.dirname, `${name}.ts`);
}

/** Loads `bench/<name>.ts` and checks it exports a Bench. */
export async function loadModule(name: string): Promise<Bench> {
  const file = modulePath(name);
  if (!existsSync(file)) throw new Error(`bench/${name}.ts does not exist`);
  const mod = (await import(pathToFileURL(file).href)) as {
    bench?: Partial<Bench>;
    default?: { bench?: Partial<Bench> };
  };
  // tsx may load a module as CommonJS, whose exports then also sit under `default`.
  const bench = mod.bench ?? mod.default?.bench;
  if (!bench || typeof bench.name !== "string" || !bench.name || typeof bench.run !== "function")
    throw new Error(`bench/${name}.ts does not export \`bench: Bench\` (a name and a run function)`);
  return bench as Bench;
}

export interface RunOptions {
  quick: boolean;
  postgresUrl?: string;
  only?: ModuleName[];
  record: boolean;
  timeoutMs: number;
}

export function parseOptions(argv: readonly string[], env: Record<string, string | undefined>): RunOptions {
  const quick = argv.includes("--quick");
  const ci = env.CI === "true";
  let only: ModuleName[] | undefined;
  if (env.BENCH_ONLY?.trim()) {
    const names = env.BENCH_ONLY.split(",")
      .map((s) => s.trim())
      .filter(Boolean);
    const unknown = names.filter((n) => !(MODULES as readonly string[]).includes(n));
    if (unknown.length)
      throw new Error(`BENCH_ONLY: unknown module(s) ${unknown.join(", ")}; known: ${MODULES.join(", ")}`);
    only = MODULES.filter((m) => names.includes(m));
  }
  const record = env.BENCH_RECORD ? env.BENCH_RECORD === "true" : !ci;
  const timeoutS = Number(env.BENCH_MODULE_TIMEOUT_S ?? (quick ? 240 : 3600));
  return {
    quick,
    postgresUrl: env.BENCH_DATABASE_URL || (ci ? CI_DATABASE_URL : undefined),
    only,
    record,
    timeoutMs: timeoutS * 1000,
  };
}

async function postgresVersion(url: string): Promise<string> {
  const { default: postgres } = await import("postgres");
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    const [row] = await sql<{ server_version: string }[]>`show server_version`;
    return row?.server_version ?? "?";
  } finally {
    await sql.end({ timeout: 5 });
  }
}

class ModuleTimeout extends Error {
  name = "ModuleTimeout";
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new ModuleTimeout(`${what} took longer than ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

const seconds = (since: number) => (performance.now() - since) / 1000;

export async function runBenchmarks(
  options: RunOptions,
  load: (name: string) => Promise<Bench> = loadModule,
): Promise<RunSummary> {
  const names = options.only ?? [...MODULES];
  const started = performance.now();
  const stamp = () => `${seconds(started).toFixed(0)} s`;
  const say = (message: string) => process.stderr.write(`[bench ${stamp()}] ${message}\n`);

  const postgres = options.postgresUrl ? await postgresVersion(options.postgresUrl) : undefined;
  const machine = machineInfo(postgres);
  say(
    `${options.quick ? "quick" : "full"} run of ${names.join(", ")}; PostgreSQL ${postgres ?? "not used"}; load ${machine.loadBefore.join(" ")}`,
  );

  const results: ModuleRows[] = [];
  const failures: ModuleFailure[] = [];
  const elapsed: RunSummary["elapsed"] = [];
  let timedOut = false;
  for (const [i, name] of names.entries()) {
    if (timedOut) {
      // The module that timed out may still be running (and its servers with it): what would be
      // measured now would be measured beside it.
      failures.push({ module: name, error: "not run: an earlier module timed out" });
      continue;
    }
    const moduleStarted = performance.now();
    const where = () => `${name} ${i + 1}/${names.length}, ${seconds(moduleStarted).toFixed(0)} s`;
    const ctx: BenchContext = {
      quick: options.quick,
      postgresUrl: options.postgresUrl,
      log: (message) => process.stderr.write(`[${where()}] ${message}\n`),
    };
    say(`${name}: start`);
    // A heartbeat, so a long silent phase still shows which module is running.
    const heartbeat = setInterval(() => process.stderr.write(`[${where()}] …\n`), 30_000);
    heartbeat.unref();
    try {
      const bench = await load(name);
      const rows: Row[] = await withTimeout(bench.run(ctx), options.timeoutMs, name);
      results.push({ module: name, rows });
      say(`${name}: ${rows.length} rows in ${seconds(moduleStarted).toFixed(1)} s`);
    } catch (err) {
      const error = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
      failures.push({ module: name, error });
      timedOut = err instanceof ModuleTimeout;
      say(`${name}: FAILED after ${seconds(moduleStarted).toFixed(1)} s: ${err instanceof Error ? err.stack : error}`);
    } finally {
      clearInterval(heartbeat);
    }
    elapsed.push({ module: name, seconds: seconds(moduleStarted) });
  }
  machine.loadAfter = (await import("node:os")).loadavg() as [number, number, number];
  return {
    quick: options.quick,
    machine,
    results,
    failures,
    elapsed,
    totalSeconds: seconds(started),
    only: options.only,
  };
}

export const RESULTS_FILE = path.join(import.meta.dirname, "RESULTS.md");

/** Writes the section into RESULTS.md, formatted as `npm run format:check` expects. */
export async function recordSection(section: string, file = RESULTS_FILE): Promise<void> {
  const prettier = await import("prettier");
  const existing = existsSync(file) ? readFileSync(file, "utf8") : "# Benchmark results\n";
  const config = (await prettier.resolveConfig(file)) ?? {};
  writeFileSync(file, await prettier.format(insertSection(existing, section), { ...config, filepath: file }));
}

async function main() {
  const options = parseOptions(process.argv.slice(2), process.env);
  const run = await runBenchmarks(options);
  const section = formatSection(run);
  console.log(`\n${formatTable(run.results)}\n`);
  if (options.record) {
    await recordSection(section);
    process.stderr.write(`[bench] recorded in ${path.relative(process.cwd(), RESULTS_FILE)}\n`);
  } else {
    console.log(`(not recorded: BENCH_RECORD=false${process.env.CI === "true" ? " by default under CI" : ""})\n`);
    console.log(section);
  }
  if (run.failures.length) {
    for (const f of run.failures) console.error(`bench: module ${f.module} failed: ${f.error}`);
    process.exit(1);
  }
  // Modules close what they start; exit anyway so a stray handle cannot keep CI waiting.
  process.exit(0);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  main().catch((err) => {
    console.error(err);
    process.exit(1);
  });
}
