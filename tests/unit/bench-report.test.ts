import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  formatFigure,
  formatSection,
  formatTable,
  insertSection,
  machineInfo,
  type RunSummary,
} from "../../bench/harness/report";
import { CI_DATABASE_URL, parseOptions, recordSection, runBenchmarks, type RunOptions } from "../../bench/run";
import type { Bench } from "../../bench/harness/types";

const machine = {
  date: "2026-12-02T11:04:59.000Z",
  commit: "abc1234",
  dirty: true,
  cores: 2,
  cpuModel: "Test CPU",
  memoryGiB: 24,
  node: "v20.20.2",
  postgres: "15.20",
  pglite: "0.5.16",
  loadBefore: [1.5, 0.75, 0.25] as [number, number, number],
  loadAfter: [2, 1, 0.5] as [number, number, number],
};

const run: RunSummary = {
  quick: true,
  machine,
  results: [
    {
      module: "collab",
      rows: [
        { measure: "edit → remote apply", subject: "ours (PGlite)", unit: "ms", p50: 1.234, p95: 12.345, p99: 1234.5 },
        { measure: "memory", subject: "bare relay", unit: "MiB", value: 88.04, note: "a | b\nc" },
      ],
    },
  ],
  failures: [{ module: "writes", error: "Error: connection refused\n    at stack" }],
  elapsed: [
    { module: "collab", seconds: 12.4 },
    { module: "writes", seconds: 1.2 },
  ],
  totalSeconds: 13.6,
};

describe("the bench table", () => {
  it("has one header, right-aligned figures and one line per row in module order", () => {
    const lines = formatTable(run.results).split("\n");
    expect(lines[0]).toBe("| module | measure | subject | p50 | p95 | p99 | value | unit | note |");
    expect(lines[1]).toBe("| --- | --- | --- | ---: | ---: | ---: | ---: | --- | --- |");
    expect(lines).toHaveLength(4);
    expect(lines[2]).toBe("| collab | edit → remote apply | ours (PGlite) | 1.23 | 12.3 | 1,234.5 |  | ms |  |");
  });

  it("keeps a note with a pipe or a line break inside its cell", () => {
    const line = formatTable(run.results).split("\n")[3]!;
    expect(line).toBe("| collab | memory | bare relay |  |  |  | 88.0 | MiB | a \\| b c |");
    expect(line.split(/(?<!\\)\|/)).toHaveLength(11);
  });

  it("leaves absent and non-finite figures blank", () => {
    expect(formatFigure(undefined)).toBe("");
    expect(formatFigure(Number.NaN)).toBe("");
    expect(formatFigure(0)).toBe("0");
    expect(formatFigure(25_000)).toBe("25,000");
    expect(formatFigure(25_000.04)).toBe("25,000.0");
    expect(formatFigure(0.004)).toBe("0.00");
  });
});

describe("the RESULTS.md section", () => {
  const section = formatSection(run);

  it("is headed with the date and the mode", () => {
    expect(section.split("\n")[0]).toBe("## 2026-12-02 11:04 UTC: npm run bench:quick");
    expect(formatSection({ ...run, quick: false, only: ["collab"] }).split("\n")[0]).toBe(
      "## 2026-12-02 11:04 UTC: npm run bench (BENCH_ONLY=collab)",
    );
  });

  it("names the commit, the machine, the versions and the load before and after", () => {
    expect(section).toContain("Commit abc1234 (uncommitted changes in the tree)");
    expect(section).toContain("2 cores (Test CPU), 24 GiB");
    expect(section).toContain("Node v20.20.2; PostgreSQL 15.20; PGlite 0.5.16.");
    expect(section).toContain("1.50 / 0.75 / 0.25 before, 2.00 / 1.00 / 0.50 after");
    expect(formatSection({ ...run, machine: { ...machine, postgres: undefined, dirty: false } })).toContain(
      "Commit abc1234; 2 cores",
    );
    expect(formatSection({ ...run, machine: { ...machine, postgres: undefined } })).toContain(
      "PostgreSQL not used (no BENCH_DATABASE_URL)",
    );
  });

  it("says which module failed, with the first line of its error, and still carries the table", () => {
    expect(section).toContain("**Failed:** writes (Error: connection refused).");
    expect(section).not.toContain("at stack");
    expect(section).toContain(formatTable(run.results));
    expect(section).toContain("Took 14 s: collab 12 s, writes 1 s.");
  });

  it("goes below the file's title, newest first, keeping what was there", () => {
    const existing = "# Benchmark results\n\n## older\n\ntext\n";
    const next = insertSection(existing, section);
    expect(next.startsWith("# Benchmark results\n\n## 2026-12-02 11:04 UTC")).toBe(true);
    expect(next.endsWith("## older\n\ntext\n")).toBe(true);
    expect(insertSection("", "## a\n")).toBe("\n\n## a\n");
  });

  it("is written formatted, so `prettier --check` still passes on RESULTS.md", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "tct-bench-report-"));
    try {
      const file = path.join(dir, "RESULTS.md");
      writeFileSync(file, "# Benchmark results\n\n## older\n\ntext\n");
      await recordSection(section, file);
      const written = readFileSync(file, "utf8");
      const prettier = await import("prettier");
      expect(await prettier.check(written, { parser: "markdown", printWidth: 120 })).toBe(true);
      expect(written).toContain("| collab | edit → remote apply | ours (PGlite)");
      expect(written).toContain("## older");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("gathers the machine facts of this process", () => {
    const info = machineInfo("15.20");
    expect(info.cores).toBe(os.cpus().length);
    expect(info.node).toBe(process.version);
    expect(info.pglite).toMatch(/^\d+\.\d+\.\d+/);
    expect(info.commit).not.toBe("");
    expect(info.loadBefore).toHaveLength(3);
  });
});

describe("bench options", () => {
  it("defaults to CI's PostgreSQL under CI and records only outside CI", () => {
    expect(parseOptions([], { CI: "true" })).toMatchObject({ postgresUrl: CI_DATABASE_URL, record: false });
    expect(parseOptions([], {})).toMatchObject({ postgresUrl: undefined, record: true, quick: false });
    expect(
      parseOptions(["--quick"], { CI: "true", BENCH_RECORD: "true", BENCH_DATABASE_URL: "postgres://x/y" }),
    ).toMatchObject({
      quick: true,
      record: true,
      postgresUrl: "postgres://x/y",
    });
  });

  it("picks modules with BENCH_ONLY in the list's order and refuses unknown names", () => {
    expect(parseOptions([], { BENCH_ONLY: "collab, list-queries" }).only).toEqual(["list-queries", "collab"]);
    expect(() => parseOptions([], { BENCH_ONLY: "colab" })).toThrow(/unknown module\(s\) colab/);
  });
});

describe("a run", () => {
  const options: RunOptions = {
    quick: true,
    record: false,
    timeoutMs: 200,
    only: ["list-queries", "api-load", "writes"],
  };
  const ok: Bench = { name: "ok", run: async () => [{ measure: "m", subject: "s", unit: "ms", p50: 1 }] };
  const broken: Bench = {
    name: "broken",
    run: async () => {
      throw new Error("port in use");
    },
  };
  const hung: Bench = { name: "hung", run: () => new Promise(() => {}) };
  const quiet = () => {
    const write = process.stderr.write;
    process.stderr.write = (() => true) as typeof process.stderr.write;
    return () => void (process.stderr.write = write);
  };

  it("names a module that throws and keeps the others' rows", async () => {
    const restore = quiet();
    try {
      const modules: Record<string, Bench> = { "list-queries": ok, "api-load": broken, writes: ok };
      const summary = await runBenchmarks(options, async (name) => modules[name]!);
      expect(summary.failures).toEqual([{ module: "api-load", error: "Error: port in use" }]);
      expect(summary.results.map((r) => r.module)).toEqual(["list-queries", "writes"]);
      expect(summary.elapsed.map((e) => e.module)).toEqual(["list-queries", "api-load", "writes"]);
      expect(summary.machine.loadAfter).toHaveLength(3);
    } finally {
      restore();
    }
  });

  it("after a timeout, runs no further module and says so", async () => {
    const restore = quiet();
    try {
      const modules: Record<string, Bench> = { "list-queries": hung, "api-load": ok, writes: ok };
      const summary = await runBenchmarks(options, async (name) => modules[name]!);
      expect(summary.failures).toEqual([
        { module: "list-queries", error: "ModuleTimeout: list-queries took longer than 0.2 s" },
        { module: "api-load", error: "not run: an earlier module timed out" },
        { module: "writes", error: "not run: an earlier module timed out" },
      ]);
      expect(summary.results).toEqual([]);
    } finally {
      restore();
    }
  });
});
