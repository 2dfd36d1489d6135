/**
 * The list API under load (issue 14, targets 2 and 5): `GET /api/v1/recommendations` at a fixed rate
 * (200 requests/s for 30 s; quick: 4 s) on PostgreSQL with 10,000 recommendations × 5 actions
 * (quick: 1,000 × 5), the filtered + searched + sorted list and the plain first page, with the same
 * server's `/api/health` as the peer, interleaved (health, searched, plain, in each of three rounds).
 * Rows: p50/p95/p99 of each target, the achieved rate, errors and non-2xx answers, and the server's
 * RSS before, at peak and after each round (flat across the rounds is the memory target).
 *
 * Alone: `BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/test node --import tsx bench/api-load.ts`
 * (`BENCH_QUICK=true` for the short run; BENCH_PORT, default 3420).
 */
import { readFileSync } from "node:fs";
import autocannon from "autocannon";
import { createBenchDatabase, createBenchToken } from "./harness/databases";
import { ensureBuild, startAppServer, type AppServer } from "./harness/app-server";
import { quickFromEnv, type Bench, type BenchContext, type Row } from "./harness/types";

const RATE = 200;
const ROUNDS = 3;

const targets = [
  { name: "/api/health", subject: "/api/health (peer)", path: "/api/health", auth: false },
  {
    name: "list: q=talent, side=hong_kong, sort=-updated",
    subject: "ours (PostgreSQL)",
    path: "/api/v1/recommendations?q=talent&side=hong_kong&sort=-updated",
    auth: true,
  },
  { name: "list: first page", subject: "ours (PostgreSQL)", path: "/api/v1/recommendations", auth: true },
] as const;

interface Sample {
  p50: number;
  p95: number;
  p99: number;
  rate: number;
  errors: number;
  non2xx: number;
  requests: number;
}

async function fire(url: string, token: string | null, seconds: number): Promise<Sample> {
  const result = await autocannon({
    url,
    // Enough connections that 200/s fits at up to ~250 ms per answer; past that the rate drops and says so.
    connections: 50,
    overallRate: RATE,
    duration: seconds,
    timeout: 10,
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
  return {
    p50: result.latency.p50,
    p95: result.latency.p97_5 === undefined ? Number.NaN : percentile(result),
    p99: result.latency.p99,
    rate: result.requests.total / seconds,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    requests: result.requests.total,
  };
}

/** autocannon reports p90 and p97.5, not p95: interpolate between them (said in the row's note). */
function percentile(result: autocannon.Result): number {
  const { p90, p97_5 } = result.latency;
  return p90 + ((p97_5 - p90) * (95 - 90)) / (97.5 - 90);
}

async function run(ctx: BenchContext): Promise<Row[]> {
  if (!ctx.postgresUrl) {
    ctx.log("api-load: no BENCH_DATABASE_URL, skipped (the target is on PostgreSQL)");
    return [];
  }
  const seconds = ctx.quick ? 4 : 30;
  const size = ctx.quick ? { recommendations: 1_000, actionsPer: 5 } : { recommendations: 10_000, actionsPer: 5 };
  ensureBuild(ctx.log);
  const database = await createBenchDatabase("postgres", size, { postgresUrl: ctx.postgresUrl, log: ctx.log });
  let server: AppServer | undefined;
  const rows: Row[] = [];
  try {
    const token = await createBenchToken(database, "coordinator@demo.local", "read");
    server = await startAppServer({ port: Number(process.env.BENCH_PORT ?? 3420), env: database.env, log: ctx.log });
    // Warm-up: compile the routes' code paths and fill the pools before anything is timed.
    for (const t of targets) await fire(server.url + t.path, t.auth ? token : null, 2);
    const samples = new Map<string, Sample[]>();
    for (let round = 1; round <= ROUNDS; round++) {
      const before = server.memory().rssMiB;
      let peak = before;
      const poll = setInterval(() => (peak = Math.max(peak, server!.memory().rssMiB)), 100);
      const cpuBefore = server.cpuMs();
      for (const t of targets) {
        const s = await fire(server.url + t.path, t.auth ? token : null, seconds);
        ctx.log(
          `round ${round} ${t.name}: p50 ${s.p50} p99 ${s.p99} ms, ${s.rate.toFixed(1)} req/s, ${s.errors} errors, ${s.non2xx} non-2xx`,
        );
        samples.set(t.name, [...(samples.get(t.name) ?? []), s]);
      }
      clearInterval(poll);
      const after = server.memory().rssMiB;
      const cpu = (server.cpuMs() - cpuBefore) / 1000;
      ctx.log(
        `round ${round}: RSS ${before.toFixed(0)} → peak ${peak.toFixed(0)} → ${after.toFixed(0)} MiB (${rssSplit(server.pid)}), CPU ${cpu.toFixed(1)} s`,
      );
      rows.push(
        {
          measure: `server RSS before round ${round}`,
          subject: "ours (PostgreSQL)",
          unit: "MiB",
          value: round1(before),
        },
        {
          measure: `server RSS peak in round ${round}`,
          subject: "ours (PostgreSQL)",
          unit: "MiB",
          value: round1(peak),
        },
        { measure: `server RSS after round ${round}`, subject: "ours (PostgreSQL)", unit: "MiB", value: round1(after) },
      );
    }
    rows.push({
      measure: "server VmHWM (peak RSS of the process)",
      subject: "ours (PostgreSQL)",
      unit: "MiB",
      value: round1(server.memory().peakMiB),
    });
    for (const t of targets) {
      const list = samples.get(t.name)!;
      for (const [i, s] of list.entries()) {
        rows.push({
          measure: `${t.name}, ${RATE}/s × ${seconds} s, round ${i + 1}`,
          subject: t.subject,
          unit: "ms",
          p50: s.p50,
          p95: round1(s.p95),
          p99: s.p99,
          note: `${s.rate.toFixed(1)} req/s achieved, ${s.requests} requests, ${s.errors} errors, ${s.non2xx} non-2xx; p95 interpolated from p90/p97.5`,
        });
      }
    }
  } finally {
    await server?.stop();
    await database.drop();
  }
  return rows;
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/** The RSS split (anonymous: the V8 heap, buffers, native allocations; file: code and mapped files), MiB. */
function rssSplit(pid: number): string {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const field = (name: string) =>
    Number(status.match(new RegExp(`^${name}:\\s+(\\d+) kB`, "m"))?.[1] ?? Number.NaN) / 1024;
  return `anon ${field("RssAnon").toFixed(0)}, file ${field("RssFile").toFixed(0)}, shmem ${field("RssShmem").toFixed(0)} MiB`;
}

export const bench: Bench = { name: "api-load", run };

async function main() {
  const rows = await run({
    quick: quickFromEnv(),
    postgresUrl: process.env.BENCH_DATABASE_URL,
    log: (m) => console.error(m),
  });
  console.log(`load average ${readFileSync("/proc/loadavg", "utf8").trim()}`);
  console.log("| measure | subject | p50 | p95 | p99 | value | unit | note |");
  console.log("| --- | --- | --: | --: | --: | --: | --- | --- |");
  for (const r of rows)
    console.log(
      `| ${r.measure} | ${r.subject} | ${r.p50 ?? ""} | ${r.p95 ?? ""} | ${r.p99 ?? ""} | ${r.value ?? ""} | ${r.unit} | ${r.note ?? ""} |`,
    );
}

// Alone (`node --import tsx bench/api-load.ts`), not when the runner imports the module.
if (process.argv[1] && /api-load\.ts$/.test(process.argv[1])) {
  main().then(
    () => process.exit(0),
    (err) => {
      console.error(err);
      process.exit(1);
    },
  );
}
