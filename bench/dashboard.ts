/**
 * The dashboard's queries (loadDashboard, db/queries/dashboard.ts) at 10,000 recommendations and
 * 50,000 actions (bench:quick: 500 and 2,500), each database fresh, beside a peer measured in the same
 * run: the recommendations list's first page with its facet counts (what /recommendations costs),
 * interleaved run by run with the dashboard so both see the same machine.
 *
 * The load: the seed and the load generator (bench/harness/databases.ts), then what the generator does not
 * make: a status history (an entry per recommendation that reached implemented, verified or closed,
 * dated over the last 30 months, plus four other entries each, so the log holds about five entries a
 * recommendation), an indicator with three readings for every tenth recommendation, and an open
 * reporting round with a request per owning agency of every open recommendation. Then ANALYZE (the
 * local PostgreSQL has autovacuum off).
 *
 * Rows: p50/p95/p99 of the whole loadDashboard (no selection; theme + side; a saved-view-like
 * selection of status and agency), of each of its statements alone, and of the peer.
 * `node --import tsx bench/dashboard.ts` prints the table and EXPLAIN ANALYZE of the slowest statement.
 */
import os from "node:os";
import { pathToFileURL } from "node:url";
import { sql, type SQL } from "drizzle-orm";
import type { Database, DatabaseHandle, DbOrTx } from "../db";
import { dashboardParts, loadDashboard, type DashboardSelection } from "../db/queries/dashboard";
import { todayUtc } from "../db/queries/recommendations";
import { facetCounts, listRecommendations } from "../db/queries/recommendation-list";
import { selectRows } from "../db/rows";
import { actorOf, type Actor } from "../lib/permissions";
import { createBenchDatabase } from "./harness/databases";
import type { Bench, Row } from "./harness/types";
import { quickFromEnv } from "./harness/types";
import { summarize } from "./harness/stats";

interface Config {
  recommendations: number;
  actionsPer: number;
  runs: number;
  warmup: number;
}

const configFor = (quick: boolean, env = process.env): Config => ({
  recommendations: Number(env.BENCH_RECOMMENDATIONS ?? (quick ? 500 : 10_000)),
  actionsPer: Number(env.BENCH_ACTIONS_PER ?? 5),
  runs: Number(env.BENCH_RUNS ?? (quick ? 5 : 30)),
  warmup: quick ? 1 : 3,
});

const selections: [string, DashboardSelection][] = [
  ["no selection", {}],
  ["theme finance + side hong_kong", { theme: ["finance"], side: ["hong_kong"] }],
  ["status in_progress,accepted + agency sz-stic", { status: ["in_progress", "accepted"], agency: ["sz-stic"] }],
];

/** What the generator leaves out and the dashboard reads: history, indicators, a round. */
async function addDashboardLoad(db: Database) {
  await db.execute(sql`insert into activity_log (at, actor_label, entity_type, entity_id, recommendation_id, kind, field, from_value, to_value)
    select now() - (((hashtext(r.code) & 1023) % 900) || ' days')::interval, 'bench', 'recommendation', r.id::text, r.id, 'update', 'status',
      '"in_progress"'::jsonb, to_jsonb(r.status::text)
    from recommendations r where r.status in ('implemented', 'verified', 'closed')`);
  await db.execute(sql`insert into activity_log (at, actor_label, entity_type, entity_id, recommendation_id, kind, field, from_value, to_value)
    select now() - ((g * 97 + (hashtext(r.code) & 511)) || ' hours')::interval, 'bench', 'recommendation', r.id::text, r.id, 'update',
      case when g % 2 = 0 then 'health' else 'priority' end, '"a"'::jsonb, '"b"'::jsonb
    from recommendations r cross join generate_series(1, 4) g`);
  await db.execute(sql`insert into indicators (recommendation_id, name, unit, baseline, target)
    select r.id, 'Indicator of ' || r.code, 'units', 0, 100 from recommendations r where hashtext(r.code) % 10 = 0`);
  await db.execute(sql`insert into indicator_readings (indicator_id, value, observed_on)
    select i.id, g * 20, current_date - (g * 60) from indicators i cross join generate_series(1, 3) g`);
  await db.execute(sql`with round as (insert into rounds (name, due_date, status) values ('Bench round', current_date + 14, 'open') returning id)
    insert into round_requests (round_id, recommendation_id, agency_id, state)
    select round.id, o.recommendation_id, o.agency_id,
      (array['not_started', 'draft', 'submitted', 'accepted', 'returned'])[1 + (hashtext(o.id::text) & 4)]::request_state
    from round, recommendation_owners o join recommendations r on r.id = o.recommendation_id
    where r.status in ('proposed', 'accepted', 'in_progress') and r.archived_at is null`);
  await db.execute(sql`analyze`);
}

interface Timed {
  measure: string;
  run: () => Promise<unknown>;
}

async function measure(handle: DatabaseHandle, cfg: Config, log: (m: string) => void) {
  const { db } = handle;
  await addDashboardLoad(db);
  const [counts] = await selectRows<{
    recommendations: number;
    actions: number;
    log: number;
    requests: number;
    indicators: number;
  }>(
    db,
    sql`select (select count(*)::int from recommendations) as recommendations, (select count(*)::int from actions) as actions,
      (select count(*)::int from activity_log) as log, (select count(*)::int from round_requests) as requests,
      (select count(*)::int from indicators) as indicators`,
  );
  const generated = { recommendations: counts!.recommendations, actions: counts!.actions };
  log(`${handle.kind}: ${generated.recommendations} recommendations, ${generated.actions} actions loaded`);
  const [viewer] = await selectRows<{ id: string; role: "viewer"; agency_id: string | null }>(
    db,
    sql`select id, role, agency_id from users where email = 'viewer@demo.local'`,
  );
  const actor: Actor = actorOf({ id: viewer!.id, role: viewer!.role, agencyId: viewer!.agency_id });

  const timed: Timed[] = [];
  for (const [name, selection] of selections) {
    timed.push({ measure: `loadDashboard, ${name}`, run: () => loadDashboard(db, actor, selection) });
  }
  // The peer: what opening the recommendations list costs (its first page and its facet counts).
  timed.push({
    measure: "peer: list first page + facet counts, no filter",
    run: () => Promise.all([listRecommendations(db, {}), facetCounts(db, {})]),
  });
  const times = new Map<string, number[]>(timed.map((t) => [t.measure, []]));
  for (let i = 0; i < cfg.warmup; i++) for (const t of timed) await t.run();
  for (let i = 0; i < cfg.runs; i++) {
    // Interleaved, and in a rotating order, so the peer and the dashboard share the machine's moods.
    const order = timed.map((_, k) => timed[(k + i) % timed.length]!);
    for (const t of order) {
      const t0 = performance.now();
      await t.run();
      times.get(t.measure)!.push(performance.now() - t0);
    }
  }
  const parts = await partTimes(db, cfg);
  return { generated, counts: counts!, times, parts };
}

/**
 * Each of the dashboard's statements alone (loadDashboard runs them together), no selection: p50/p95/p99
 * per part, and the SQL each sent (captured from `execute`, for EXPLAIN ANALYZE).
 */
async function partTimes(db: Database, cfg: Config) {
  const today = todayUtc();
  const parts = Object.entries(dashboardParts) as [
    string,
    (db: DbOrTx, s: DashboardSelection, t: string) => Promise<unknown>,
  ][];
  const out: { part: string; times: number[]; statements: SQL[] }[] = [];
  for (const [part, run] of parts) {
    const statements: SQL[] = [];
    // selectRows calls `execute`: a stand-in that records what it is given and passes it on.
    const recording = new Proxy(db, {
      get(target, key, receiver) {
        if (key === "execute") return (q: SQL) => (statements.push(q), target.execute(q));
        return Reflect.get(target, key, receiver);
      },
    }) as DbOrTx;
    await run(recording, {}, today);
    for (let i = 0; i < cfg.warmup; i++) await run(db, {}, today);
    const times: number[] = [];
    for (let i = 0; i < cfg.runs; i++) {
      const t0 = performance.now();
      await run(db, {}, today);
      times.push(performance.now() - t0);
    }
    out.push({ part, times, statements });
  }
  return out;
}

export const bench: Bench = {
  name: "dashboard",
  async run(ctx) {
    const cfg = configFor(ctx.quick);
    const rows: Row[] = [];
    await measureDatabases(cfg, ctx.postgresUrl, ctx.log, async (label, m) => {
      const subject = label.replace(/ \(.*\)$/, "");
      rows.push({
        measure: "dashboard load (recommendations)",
        subject,
        unit: "count",
        value: m.generated.recommendations,
        note: `${m.generated.actions.toLocaleString("en-US")} actions, ${m.counts.log.toLocaleString("en-US")} history entries, ${m.counts.requests.toLocaleString("en-US")} round requests, ${m.counts.indicators.toLocaleString("en-US")} indicators; ${cfg.runs} runs after ${cfg.warmup} warm-ups`,
      });
      for (const [measureName, samples] of m.times) {
        const { p50, p95, p99 } = summarize(samples);
        rows.push({ measure: measureName, subject, unit: "ms", p50, p95, p99 });
      }
      for (const p of m.parts) {
        const { p50, p95, p99 } = summarize(p.times);
        rows.push({ measure: `dashboard part alone: ${p.part}`, subject, unit: "ms", p50, p95, p99 });
      }
    });
    return rows;
  },
};

type Measured = Awaited<ReturnType<typeof measure>>;

/** Each database in turn (PGlite unless BENCH_SKIP_PGLITE=true, then PostgreSQL when given), fresh and loaded. */
async function measureDatabases(
  cfg: Config,
  postgresUrl: string | undefined,
  log: (m: string) => void,
  report: (label: string, measured: Measured, db: Database) => Promise<void>,
) {
  const kinds = [
    ...(process.env.BENCH_SKIP_PGLITE === "true" ? [] : (["pglite"] as const)),
    ...(postgresUrl ? (["postgres"] as const) : []),
  ];
  for (const kind of kinds) {
    const database = await createBenchDatabase(
      kind,
      { recommendations: cfg.recommendations, actionsPer: cfg.actionsPer },
      { postgresUrl, log },
    );
    try {
      const handle = await database.open();
      try {
        const [version] = await selectRows<{ server_version: string }>(handle.db, sql`show server_version`);
        const label = kind === "pglite" ? "PGlite" : `PostgreSQL ${version?.server_version ?? ""}`.trim();
        await report(label, await measure(handle, cfg, log), handle.db);
      } finally {
        await handle.close();
      }
    } finally {
      await database.drop();
    }
  }
}

async function main() {
  const cfg = configFor(quickFromEnv());
  console.log(
    `node ${process.version}, ${os.cpus().length} CPUs, load ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(" ")}`,
  );
  await measureDatabases(
    cfg,
    process.env.BENCH_DATABASE_URL,
    (m) => process.stderr.write(`  ${m}\n`),
    async (label, m, db) => {
      console.log(`\n### ${label}: ${m.generated.recommendations} recommendations, ${m.generated.actions} actions\n`);
      console.log("| measure | p50 ms | p95 ms | p99 ms |");
      console.log("| --- | ---: | ---: | ---: |");
      const line = (name: string, samples: number[]) => {
        const { p50, p95, p99 } = summarize(samples);
        console.log(`| ${name} | ${p50.toFixed(1)} | ${p95.toFixed(1)} | ${p99.toFixed(1)} |`);
      };
      for (const [name, samples] of m.times) line(name, samples);
      for (const p of m.parts) line(`part alone: ${p.part}`, p.times);
      const slowest = m.parts.reduce((a, b) => (summarize(b.times).p95 > summarize(a.times).p95 ? b : a));
      console.log(`\nEXPLAIN ANALYZE of the slowest part, ${slowest.part}:`);
      for (const statement of slowest.statements) {
        const plan = await selectRows<{ "QUERY PLAN": string }>(db, sql`explain (analyze) ${statement}`);
        for (const r of plan) console.log(`   ${r["QUERY PLAN"]}`);
      }
    },
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  main().catch((err) => {
    console.error(err);
    process.exit(1);
  });
}
