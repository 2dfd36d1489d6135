/**
 * The contract between `npm run bench` / `bench:quick` (bench/run.ts) and each benchmark module.
 * A module exports `bench: Bench`; the runner calls `run` once per run, collects the rows and prints
 * them as one table (and appends it to bench/RESULTS.md). Peers (plain Hocuspocus, a bare relay,
 * `/api/health`) are rows of the same module, measured interleaved in the same run, so a ratio
 * compares like with like on a noisy machine.
 */
export interface BenchContext {
  /** bench:quick: same code paths, smaller sizes and shorter runs (the whole quick run < 3 min). */
  quick: boolean;
  /** A PostgreSQL server to create throwaway databases next to (BENCH_DATABASE_URL); absent: PGlite only. */
  postgresUrl?: string;
  /** Progress for the person watching, on stderr. */
  log(message: string): void;
}

export interface Row {
  /** What is measured, for example "edit → remote apply, 2 clients". */
  measure: string;
  /** Who: "ours (PostgreSQL)", "plain Hocuspocus", "bare relay", "/api/health". */
  subject: string;
  unit: "ms" | "req/s" | "writes/s" | "MiB" | "ms CPU/edit" | "count" | "ratio";
  p50?: number;
  p95?: number;
  p99?: number;
  /** A single figure (throughput, memory, a ratio), when percentiles do not apply. */
  value?: number;
  /** The target or the peer ratio in words: "p99 ≤ 2× Hocuspocus: 1.4×". */
  note?: string;
}

export interface Bench {
  name: string;
  run(ctx: BenchContext): Promise<Row[]>;
}

/** A module run alone: quick with `--quick` or BENCH_QUICK=true (or 1), as bench:quick runs it. */
export const quickFromEnv = (): boolean =>
  process.argv.includes("--quick") || ["true", "1"].includes(process.env.BENCH_QUICK ?? "");
