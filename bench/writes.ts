/**
 * Writes: a recommendation's health change through `PATCH /api/v1/recommendations/{code}` (API token,
 * version check, history entry, change event), against our production server as a child process.
 *
 * - sequential: one client, each PATCH carrying the version the previous answer returned, so each
 *   succeeds → p50/p95/p99;
 * - concurrent: CLIENTS clients, each on its own recommendations, for a few seconds per round →
 *   writes/s, p50/p99, errors; the peer is the same server's `/api/health` at the same concurrency,
 *   rounds alternating (ours, peer, ours, …);
 * - the same sequential run on PGlite;
 * - afterwards: every successful write has its history row (activity_log count = successes).
 *
 * Runnable alone: `BENCH_DATABASE_URL=postgres://… node --import tsx bench/writes.ts [--quick]`.
 * BENCH_WRITES_CPU_PROF=<dir>: the PostgreSQL server is CPU-profiled into that folder (bench/cpu-profile-preload.mjs).
 * BENCH_WRITES_PORT: the server's port (default 3460).
 */
import http from "node:http";
import { sql } from "drizzle-orm";
import { quickFromEnv, type Bench, type BenchContext, type Row } from "./harness/types";
import { createBenchDatabase, createBenchToken, type BenchDatabase } from "./harness/databases";
import { ensureBuild, startAppServer, type AppServer } from "./harness/app-server";
import { round, summarize } from "./harness/stats";
import { healths } from "../db/schema/enums";
import { LOAD_CODE_PREFIX } from "../db/seed/generate";

const CLIENTS = 50;
const COORDINATOR = "coordinator@demo.local";

interface Item {
  code: string;
  version: number;
  health: string | null;
}

/** Keep-alive HTTP with little client overhead (fetch costs more CPU than the server on 2 cores). */
class Client {
  private agent = new http.Agent({ keepAlive: true, maxSockets: CLIENTS * 2 });
  constructor(
    private base: URL,
    private token: string,
  ) {}

  request(method: string, path: string, body?: unknown): Promise<{ status: number; json: unknown; ms: number }> {
    const payload = body === undefined ? undefined : Buffer.from(JSON.stringify(body));
    const started = performance.now();
    return new Promise((resolve, reject) => {
      const req = http.request(
        {
          agent: this.agent,
          host: this.base.hostname,
          port: this.base.port,
          method,
          path,
          headers: {
            authorization: `Bearer ${this.token}`,
            ...(payload ? { "content-type": "application/json", "content-length": payload.length } : {}),
          },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on("data", (c: Buffer) => chunks.push(c));
          res.on("end", () => {
            const ms = performance.now() - started;
            let json: unknown = null;
            try {
              json = JSON.parse(Buffer.concat(chunks).toString("utf8"));
            } catch {
              // not JSON
            }
            resolve({ status: res.statusCode ?? 0, json, ms });
          });
          res.on("error", reject);
        },
      );
      req.on("error", reject);
      req.end(payload);
    });
  }

  close() {
    this.agent.destroy();
  }
}

const nextHealth = (h: string | null) =>
  healths[(healths.indexOf(h as (typeof healths)[number]) + 1) % healths.length]!;

/** One health change based on the item's known version; updates the item from the answer. */
async function patch(client: Client, item: Item): Promise<{ ok: boolean; ms: number; status: number }> {
  const health = nextHealth(item.health);
  const res = await client.request("PATCH", `/api/v1/recommendations/${encodeURIComponent(item.code)}`, {
    version: item.version,
    health,
  });
  if (res.status === 200) {
    const data = (res.json as { data: { version: number; health: string | null } }).data;
    item.version = data.version;
    item.health = data.health;
    return { ok: true, ms: res.ms, status: res.status };
  }
  if (res.status === 409) {
    // Someone else changed it (should not happen here: each client has its own items): take theirs.
    const current = (res.json as { error?: { details?: { current?: Item } } }).error?.details?.current;
    if (current) {
      item.version = current.version;
      item.health = current.health;
    }
  }
  return { ok: false, ms: res.ms, status: res.status };
}

/** postgres.js answers an array, PGlite `{ rows }`. */
function resultRows<T>(result: unknown): T[] {
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}

async function loadItems(database: BenchDatabase, limit: number): Promise<Item[]> {
  const handle = await database.open();
  try {
    const rows = await handle.db.execute<{ code: string; version: number; health: string | null }>(
      sql`select code, version, health from recommendations where code like ${LOAD_CODE_PREFIX + "%"} order by code limit ${limit}`,
    );
    return resultRows<Item>(rows).map((r) => ({ code: r.code, version: r.version, health: r.health }));
  } finally {
    await handle.close();
  }
}

async function historyCount(database: BenchDatabase): Promise<number> {
  const handle = await database.open();
  try {
    const rows = await handle.db.execute<{ n: number }>(
      sql`select count(*)::int as n from activity_log where entity_type = 'recommendation' and kind = 'update' and field = 'health'`,
    );
    return resultRows<{ n: number }>(rows)[0]!.n;
  } finally {
    await handle.close();
  }
}

async function sequential(client: Client, items: Item[], count: number) {
  const ms: number[] = [];
  let errors = 0;
  for (let i = 0; i < count; i++) {
    const r = await patch(client, items[i % items.length]!);
    if (r.ok) ms.push(r.ms);
    else errors++;
  }
  return { ms, errors, successes: ms.length };
}

/** CLIENTS loops for `seconds`; `work(client index, iteration)` does one request. */
async function concurrent(seconds: number, work: (c: number, i: number) => Promise<{ ok: boolean; ms: number }>) {
  const ms: number[] = [];
  let errors = 0;
  const until = performance.now() + seconds * 1000;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CLIENTS }, async (_, c) => {
      for (let i = 0; performance.now() < until; i++) {
        const r = await work(c, i);
        if (r.ok) ms.push(r.ms);
        else errors++;
      }
    }),
  );
  return { ms, errors, seconds: (performance.now() - started) / 1000 };
}

async function withServer<T>(
  database: BenchDatabase,
  ctx: BenchContext,
  extraEnv: Record<string, string>,
  fn: (server: AppServer) => Promise<T>,
): Promise<T> {
  const port = Number(process.env.BENCH_WRITES_PORT ?? 3460);
  const server = await startAppServer({ port, env: { ...database.env, ...extraEnv }, log: ctx.log });
  try {
    return await fn(server);
  } finally {
    await server.stop();
  }
}

async function runPostgres(ctx: BenchContext): Promise<Row[]> {
  const rows: Row[] = [];
  const size = ctx.quick ? { recommendations: 300, actionsPer: 2 } : { recommendations: 2000, actionsPer: 2 };
  const seqCount = ctx.quick ? 150 : 600;
  const rounds = ctx.quick ? 2 : 4;
  const roundSeconds = ctx.quick ? 2 : 5;
  const database = await createBenchDatabase("postgres", size, { postgresUrl: ctx.postgresUrl, log: ctx.log });
  try {
    const token = await createBenchToken(database, COORDINATOR, "write");
    const items = await loadItems(database, size.recommendations);
    const historyBefore = await historyCount(database);
    const profDir = process.env.BENCH_WRITES_CPU_PROF;
    const env: Record<string, string> = profDir
      ? {
          NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} --import ./bench/cpu-profile-preload.mjs`.trim(),
          CPU_PROFILE_DIR: profDir,
        }
      : {};
    let successes = 0;
    await withServer(database, ctx, env, async (server) => {
      const client = new Client(new URL(server.url), token);
      try {
        // Warm-up: the route's first calls compile and fill caches.
        const warm = await sequential(client, items.slice(0, 20), 40);
        successes += warm.successes;

        const seqItems = items.slice(0, 50);
        const cpuBefore = server.cpuMs();
        const seq = await sequential(client, seqItems, seqCount);
        const cpuSeq = (server.cpuMs() - cpuBefore) / Math.max(1, seq.successes);
        successes += seq.successes;
        const s = summarize(seq.ms);
        rows.push({
          measure: `PATCH health, sequential (${seq.successes} writes, ${seq.errors} errors)`,
          subject: "ours (PostgreSQL)",
          unit: "ms",
          p50: round(s.p50, 2),
          p95: round(s.p95, 2),
          p99: round(s.p99, 2),
          note: "target p50 ≤ 5 ms",
        });
        rows.push({
          measure: "server CPU per sequential write",
          subject: "ours (PostgreSQL)",
          unit: "ms CPU/edit",
          value: round(cpuSeq, 2),
        });

        // Each client its own items: client c takes items c, c + CLIENTS, …
        const perClient = Math.max(1, Math.floor(items.length / CLIENTS));
        const own = (c: number, i: number) => items[c + CLIENTS * (i % perClient)]!;
        const ours = { ms: [] as number[], errors: 0, seconds: 0 };
        const peer = { ms: [] as number[], errors: 0, seconds: 0 };
        let cpuOurs = 0;
        for (let r = 0; r < rounds; r++) {
          const cpu0 = server.cpuMs();
          const a = await concurrent(roundSeconds, (c, i) => patch(client, own(c, i)));
          cpuOurs += server.cpuMs() - cpu0;
          ours.ms.push(...a.ms);
          ours.errors += a.errors;
          ours.seconds += a.seconds;
          const b = await concurrent(roundSeconds, async () => {
            const res = await client.request("GET", "/api/health");
            return { ok: res.status === 200, ms: res.ms };
          });
          peer.ms.push(...b.ms);
          peer.errors += b.errors;
          peer.seconds += b.seconds;
          ctx.log(
            `round ${r + 1}: ours ${(a.ms.length / a.seconds).toFixed(0)} writes/s, /api/health ${(b.ms.length / b.seconds).toFixed(0)} req/s`,
          );
        }
        successes += ours.ms.length;
        const o = summarize(ours.ms);
        const p = summarize(peer.ms);
        const oursRate = ours.ms.length / ours.seconds;
        const peerRate = peer.ms.length / peer.seconds;
        rows.push({
          measure: `PATCH health, ${CLIENTS} clients on own items (${ours.errors} errors)`,
          subject: "ours (PostgreSQL)",
          unit: "writes/s",
          value: round(oursRate, 0),
          note: "target ≥ 1,000/s",
        });
        rows.push({
          measure: `PATCH health, ${CLIENTS} clients: latency`,
          subject: "ours (PostgreSQL)",
          unit: "ms",
          p50: round(o.p50, 1),
          p95: round(o.p95, 1),
          p99: round(o.p99, 1),
          note: "target p99 ≤ 50 ms",
        });
        rows.push({
          measure: `GET /api/health, ${CLIENTS} clients (${peer.errors} errors)`,
          subject: "/api/health",
          unit: "req/s",
          value: round(peerRate, 0),
          note: `ours / peer: ${(oursRate / peerRate).toFixed(2)}×`,
        });
        rows.push({
          measure: `GET /api/health, ${CLIENTS} clients: latency`,
          subject: "/api/health",
          unit: "ms",
          p50: round(p.p50, 1),
          p95: round(p.p95, 1),
          p99: round(p.p99, 1),
        });
        rows.push({
          measure: "server CPU per concurrent write",
          subject: "ours (PostgreSQL)",
          unit: "ms CPU/edit",
          value: round(cpuOurs / Math.max(1, ours.ms.length), 2),
        });
      } finally {
        client.close();
      }
    });
    const history = (await historyCount(database)) - historyBefore;
    rows.push({
      measure: "history rows written / successful writes",
      subject: "ours (PostgreSQL)",
      unit: "count",
      value: history,
      note: history === successes ? `all ${successes} recorded` : `MISMATCH: ${successes} writes, ${history} rows`,
    });
  } finally {
    await database.drop();
  }
  return rows;
}

async function runPglite(ctx: BenchContext): Promise<Row[]> {
  const size = ctx.quick ? { recommendations: 100, actionsPer: 2 } : { recommendations: 500, actionsPer: 2 };
  const count = ctx.quick ? 100 : 300;
  const database = await createBenchDatabase("pglite", size, { log: ctx.log });
  try {
    const token = await createBenchToken(database, COORDINATOR, "write");
    const items = await loadItems(database, 50);
    const before = await historyCount(database);
    const { rows, successes } = await withServer(database, ctx, {}, async (server) => {
      const client = new Client(new URL(server.url), token);
      try {
        const warm = await sequential(client, items, 20);
        const seq = await sequential(client, items, count);
        const s = summarize(seq.ms);
        return {
          successes: warm.successes + seq.successes,
          rows: [
            {
              measure: `PATCH health, sequential (${seq.successes} writes, ${seq.errors} errors)`,
              subject: "ours (PGlite)",
              unit: "ms",
              p50: round(s.p50, 2),
              p95: round(s.p95, 2),
              p99: round(s.p99, 2),
            },
          ] as Row[],
        };
      } finally {
        client.close();
      }
    });
    const history = (await historyCount(database)) - before;
    rows.push({
      measure: "history rows written / successful writes",
      subject: "ours (PGlite)",
      unit: "count",
      value: history,
      note: history === successes ? `all ${successes} recorded` : `MISMATCH: ${successes} writes, ${history} rows`,
    });
    return rows;
  } finally {
    await database.drop();
  }
}

export const bench: Bench = {
  name: "writes",
  async run(ctx) {
    ensureBuild(ctx.log);
    const rows: Row[] = [];
    if (ctx.postgresUrl) rows.push(...(await runPostgres(ctx)));
    else ctx.log("writes: no BENCH_DATABASE_URL, PostgreSQL skipped");
    rows.push(...(await runPglite(ctx)));
    return rows;
  },
};

if (import.meta.url === `file://${process.argv[1]}`) {
  const ctx: BenchContext = {
    quick: quickFromEnv(),
    postgresUrl: process.env.BENCH_DATABASE_URL,
    log: (m) => console.error(m),
  };
  const started = performance.now();
  bench
    .run(ctx)
    .then((rows) => {
      console.log(`\nwrites (${ctx.quick ? "quick" : "full"}), load ${process.env.LOADAVG ?? ""}`);
      console.log("| measure | subject | unit | p50 | p95 | p99 | value | note |");
      console.log("| --- | --- | --- | ---: | ---: | ---: | ---: | --- |");
      for (const r of rows) {
        const f = (v?: number) => (v === undefined ? "" : String(v));
        console.log(
          `| ${r.measure} | ${r.subject} | ${r.unit} | ${f(r.p50)} | ${f(r.p95)} | ${f(r.p99)} | ${f(r.value)} | ${r.note ?? ""} |`,
        );
      }
      console.error(`total ${((performance.now() - started) / 1000).toFixed(1)} s`);
      process.exit(0);
    })
    .catch((err) => {
      console.error(err);
      process.exit(1);
    });
}
