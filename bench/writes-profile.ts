/**
 * Where a PATCH's time goes, outside the HTTP server: the parts of the write path called in this
 * process, one at a time, over a fresh PostgreSQL database, with wall time, this process's CPU time
 * and the statements (round trips) each part sends, counted with postgres.js's `debug` hook.
 * `BENCH_DATABASE_URL=postgres://… node --import tsx bench/writes-profile.ts`
 * Not a harness module: it explains bench/writes.ts's figures (bench/RESULTS.md).
 */
import postgres from "postgres";
import { drizzle } from "drizzle-orm/postgres-js";
import { sql } from "drizzle-orm";
import * as schema from "../db/schema";
import type { Database, DatabaseHandle } from "../db";
import { createBenchDatabase, createBenchToken } from "./harness/databases";
import { authenticateApiToken, authenticateApiTokenCached } from "../db/mutations/tokens";
import { patchRecommendation, updateRecommendation } from "../db/mutations/recommendations";
import { getRecommendationByCode } from "../db/queries/recommendations";
import { recommendationPatchInput } from "../lib/validation/inputs";
import { actorOf } from "../lib/permissions";
import { healths } from "../db/schema/enums";
import { loadCode } from "../db/seed/generate";
import { summarize } from "./harness/stats";

const N = Number(process.env.BENCH_RUNS ?? 300);

async function main() {
  const url = process.env.BENCH_DATABASE_URL;
  if (!url) throw new Error("BENCH_DATABASE_URL");
  const database = await createBenchDatabase("postgres", { recommendations: 300, actionsPer: 2 }, { postgresUrl: url });
  let statements = 0;
  const client = postgres(database.env.DATABASE_URL!, { max: 10, onnotice: () => {}, debug: () => void statements++ });
  const db = drizzle(client, { schema, casing: "snake_case" }) as unknown as Database;
  try {
    const token = await createBenchToken(database, "coordinator@demo.local");
    const versions = new Map<string, number>();
    const health = new Map<string, string | null>();
    const rows = await db.execute(sql`select code, version, health from recommendations`);
    for (const r of rows as unknown as { code: string; version: number; health: string | null }[]) {
      versions.set(r.code, r.version);
      health.set(r.code, r.health);
    }
    /** A health different from the current one, so every write changes something. */
    const next = (code: string) => {
      const h = healths[(healths.indexOf(health.get(code) as (typeof healths)[number]) + 1) % healths.length]!;
      health.set(code, h);
      return h;
    };

    const parts: Record<string, { wall: number[]; cpu: number[]; statements: number[] }> = {};
    const time = async <T>(name: string, fn: () => Promise<T>): Promise<T> => {
      const s0 = statements;
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      const out = await fn();
      const wall = performance.now() - t0;
      const c = process.cpuUsage(c0);
      const p = (parts[name] ??= { wall: [], cpu: [], statements: [] });
      p.wall.push(wall);
      p.cpu.push((c.user + c.system) / 1000);
      p.statements.push(statements - s0);
      return out;
    };

    for (let i = 0; i < N + 30; i++) {
      const code = loadCode(i % 300);
      const found = await time("1 authenticateApiToken", () => authenticateApiToken(db, token));
      const actor = actorOf(found!);
      const body = await time("2 validate body (zod)", async () =>
        recommendationPatchInput.parse({ version: versions.get(code), health: next(code) }),
      );
      const version = await time("3 transaction: lock, facts, update, notify, history, commit", () =>
        db.transaction((tx) => patchRecommendation(tx, actor, code, body)),
      );
      versions.set(code, version);
      await time("4 read back (getRecommendationByCode)", () => getRecommendationByCode(db, code));
      if (i === 29) {
        // The first 30 were warm-up.
        for (const p of Object.values(parts)) {
          p.wall.length = 0;
          p.cpu.length = 0;
          p.statements.length = 0;
        }
      }
    }
    // The whole mutation as the route calls it, for comparison.
    for (let i = 0; i < 100; i++) {
      const code = loadCode(i % 300);
      const actor = actorOf((await authenticateApiToken(db, token))!);
      const rec = await time("5 updateRecommendation (3 + 4)", () =>
        updateRecommendation(db, actor, code, { version: versions.get(code)!, health: next(code) }),
      );
      versions.set(code, rec.version);
    }
    // What the API asks since the token cache (db/mutations/tokens.ts): a hit after the first call.
    // The handle only needs `db` and `listen` here (no access change happens during the run).
    const handle = { db, listen: async () => async () => {} } as unknown as DatabaseHandle;
    for (let i = 0; i < N; i++)
      await time("6 authenticateApiTokenCached", () => authenticateApiTokenCached(handle, token));
    console.log(`\nin-process parts of a PATCH (PostgreSQL, ${N} runs each; ms)`);
    console.log("| part | wall p50 | wall p99 | CPU p50 (this process) | statements |");
    console.log("| --- | ---: | ---: | ---: | ---: |");
    for (const [name, p] of Object.entries(parts)) {
      const w = summarize(p.wall);
      const c = summarize(p.cpu);
      console.log(
        `| ${name} | ${w.p50.toFixed(2)} | ${w.p99.toFixed(2)} | ${c.p50.toFixed(2)} | ${summarize(p.statements).p50} |`,
      );
    }
  } finally {
    await client.end({ timeout: 5 });
    await database.drop();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
