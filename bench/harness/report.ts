/**
 * What `npm run bench` prints and records: one Markdown table of every module's rows, and a
 * bench/RESULTS.md section headed with the machine, the commit and the load, so a figure can be read
 * next to what else was running. Pure functions of their input (machine facts are gathered by
 * `machineInfo`), so they are unit-tested (tests/unit/bench-report.test.ts).
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import os from "node:os";
import type { Row } from "./types";

export interface ModuleRows {
  module: string;
  rows: Row[];
}

export interface ModuleFailure {
  module: string;
  error: string;
}

export interface MachineInfo {
  /** ISO date and time, UTC. */
  date: string;
  commit: string;
  /** Uncommitted changes when the run started (figures may not match the commit). */
  dirty: boolean;
  cores: number;
  cpuModel: string;
  memoryGiB: number;
  node: string;
  /** `show server_version` of BENCH_DATABASE_URL's server, or absent when PostgreSQL was not used. */
  postgres?: string;
  pglite: string;
  /** 1, 5 and 15 minute load averages. */
  loadBefore: [number, number, number];
  loadAfter?: [number, number, number];
}

export interface RunSummary {
  quick: boolean;
  machine: MachineInfo;
  results: ModuleRows[];
  failures: ModuleFailure[];
  /** Wall time per module and in total, in seconds. */
  elapsed: { module: string; seconds: number }[];
  totalSeconds: number;
  /** The modules picked by BENCH_ONLY, when not all. */
  only?: string[];
}

const COLUMNS = ["module", "measure", "subject", "p50", "p95", "p99", "value", "unit", "note"] as const;
const NUMERIC = new Set(["p50", "p95", "p99", "value"]);

/**
 * A figure for the table: blank when absent or not a number; whole numbers (counts) as they are;
 * otherwise 2 decimals below 10, else 1; thousands separated.
 */
export function formatFigure(value: number | undefined): string {
  if (value === undefined || !Number.isFinite(value)) return "";
  const digits = Number.isInteger(value) ? 0 : Math.abs(value) < 10 ? 2 : 1;
  return value.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

/** A text cell: pipes escaped, line breaks flattened, so a note cannot break the table. */
export function formatText(text: string | undefined): string {
  return (text ?? "").replace(/\r?\n/g, " ").replace(/\|/g, "\\|").trim();
}

export function formatTable(results: readonly ModuleRows[]): string {
  const lines = [
    `| ${COLUMNS.join(" | ")} |`,
    `| ${COLUMNS.map((c) => (NUMERIC.has(c) ? "---:" : "---")).join(" | ")} |`,
  ];
  for (const { module, rows } of results)
    for (const row of rows) {
      const cells = [
        formatText(module),
        formatText(row.measure),
        formatText(row.subject),
        formatFigure(row.p50),
        formatFigure(row.p95),
        formatFigure(row.p99),
        formatFigure(row.value),
        formatText(row.unit),
        formatText(row.note),
      ];
      lines.push(`| ${cells.join(" | ")} |`);
    }
  return lines.join("\n");
}

const load = (l: readonly number[]) => l.map((x) => x.toFixed(2)).join(" / ");

/** The machine and run line(s) under a section's heading. */
export function formatMachine(m: MachineInfo): string {
  return [
    `Commit ${m.commit}${m.dirty ? " (uncommitted changes in the tree)" : ""}; ${m.cores} cores (${m.cpuModel}), ${m.memoryGiB.toFixed(0)} GiB;`,
    `Node ${m.node}; PostgreSQL ${m.postgres ?? "not used (no BENCH_DATABASE_URL)"}; PGlite ${m.pglite}.`,
    `Load average (1 / 5 / 15 min) ${load(m.loadBefore)} before, ${m.loadAfter ? load(m.loadAfter) : "?"} after.`,
  ].join("\n");
}

/** A bench/RESULTS.md section: heading with date and mode, machine, time taken, failures, the table. */
export function formatSection(run: RunSummary): string {
  const day = run.machine.date.slice(0, 10);
  const time = run.machine.date.slice(11, 16);
  const parts = [
    `## ${day} ${time} UTC: npm run ${run.quick ? "bench:quick" : "bench"}${run.only ? ` (BENCH_ONLY=${run.only.join(",")})` : ""}`,
    formatMachine(run.machine),
    `Took ${Math.round(run.totalSeconds)} s: ${run.elapsed.map((e) => `${e.module} ${Math.round(e.seconds)} s`).join(", ")}.`,
  ];
  if (run.failures.length)
    parts.push(
      `**Failed:** ${run.failures.map((f) => `${f.module} (${formatText(f.error.split("\n")[0])})`).join("; ")}. The figures below are what the other modules measured.`,
    );
  parts.push(formatTable(run.results));
  return `${parts.join("\n\n")}\n`;
}

/**
 * Inserts a section into RESULTS.md below its title (newest first, as the file is kept), or at the
 * end when the file has no `# ` title.
 */
export function insertSection(existing: string, section: string): string {
  const title = existing.match(/^# .*\n+/);
  if (!title) return `${existing.trimEnd()}\n\n${section}`;
  const head = existing.slice(0, title[0].length);
  const rest = existing.slice(title[0].length);
  return `${head.trimEnd()}\n\n${section.trimEnd()}\n\n${rest}`.trimEnd() + "\n";
}

function git(args: string[]): string {
  try {
    return execFileSync("git", args, { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
  } catch {
    return "";
  }
}

export function machineInfo(postgres?: string): MachineInfo {
  const cpus = os.cpus();
  let pglite = "?";
  try {
    pglite = JSON.parse(readFileSync("node_modules/@electric-sql/pglite/package.json", "utf8")).version;
  } catch {
    // not installed where expected; reported as "?"
  }
  return {
    date: new Date().toISOString(),
    commit: git(["rev-parse", "--short", "HEAD"]) || "unknown",
    dirty: git(["status", "--porcelain"]) !== "",
    cores: cpus.length,
    cpuModel: cpus[0]?.model.trim() ?? "?",
    memoryGiB: os.totalmem() / 2 ** 30,
    node: process.version,
    postgres,
    pglite,
    loadBefore: os.loadavg() as [number, number, number],
  };
}
