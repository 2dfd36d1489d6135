/**
 * `bench/run.ts` module `reports`: a committee report of 500 recommendations (100 under --quick).
 * In process: the snapshot (every entry's owners, actions, indicators, answers and note, a batch at a
 * time) and the XLSX from it. Through our server: a job per format (HTML, XLSX, PDF printed by
 * Chromium), from POST /api/v1/reports to the job being ready, polled every 100 ms. p50 over a few
 * runs each. PostgreSQL when BENCH_DATABASE_URL is set, else PGlite.
 */
import { existsSync } from "node:fs";
import { buildReportSnapshot } from "../db/queries/report-snapshot";
import { seedRecommendations } from "../db/seed/data/recommendations";
import { renderReportXlsx } from "../lib/reports/render-xlsx";
import { actorFor } from "../tests/helpers/actors";
import { ensureBuild, startAppServer, type AppServer } from "./harness/app-server";
import { createBenchDatabase, createBenchToken } from "./harness/databases";
import { summarize } from "./harness/stats";
import type { Bench, BenchContext, Row } from "./harness/types";

const round1 = (n: number) => Number(n.toFixed(1));
const stats = (times: number[]) => {
  const { p50, p95, p99 } = summarize(times);
  return { p50: round1(p50), p95: round1(p95), p99: round1(p99) };
};

async function timed(runs: number, f: () => Promise<unknown>): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await f();
    times.push(performance.now() - started);
  }
  return times;
}

async function job(server: AppServer, token: string, format: string): Promise<void> {
  const headers = { Authorization: `Bearer ${token}`, "Content-Type": "application/json" };
  const res = await fetch(`${server.url}/api/v1/reports`, {
    method: "POST",
    headers,
    body: JSON.stringify({ title: `Bench ${format}`, format, query: "" }),
  });
  if (res.status !== 202) throw new Error(`POST /api/v1/reports answered ${res.status}: ${await res.text()}`);
  const { id } = (await res.json()) as { id: string };
  const deadline = Date.now() + 300_000;
  for (;;) {
    const state = (await (await fetch(`${server.url}/api/v1/reports/${id}`, { headers })).json()) as {
      data: { state: string; error: string | null };
    };
    if (state.data.state === "ready") return;
    if (state.data.state === "failed") throw new Error(`the ${format} report failed: ${state.data.error}`);
    if (Date.now() > deadline) throw new Error(`the ${format} report was not ready in 300 s`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function run(ctx: BenchContext): Promise<Row[]> {
  const entries = ctx.quick ? 100 : 500;
  const runs = ctx.quick ? 2 : 3;
  const kind = ctx.postgresUrl ? "postgres" : "pglite";
  const subject = kind === "postgres" ? "ours (PostgreSQL)" : "ours (PGlite)";
  ensureBuild(ctx.log);
  // The seeded recommendations count too: load fills up to `entries` in all.
  const database = await createBenchDatabase(
    kind,
    { recommendations: Math.max(0, entries - seedRecommendations.length), actionsPer: 5 },
    { postgresUrl: ctx.postgresUrl, log: ctx.log },
  );
  const rows: Row[] = [];
  let server: AppServer | undefined;
  try {
    const handle = await database.open();
    try {
      const coordinator = await actorFor(handle.db, "coordinator@demo.local");
      const build = () =>
        buildReportSnapshot(
          handle.db,
          coordinator,
          { query: "" },
          { title: "Bench", locale: "en", preparedBy: "Bench" },
        );
      const snapshot = await build();
      const snapshotTimes = await timed(runs, build);
      const xlsxTimes = await timed(runs, () => renderReportXlsx(snapshot));
      ctx.log(`reports: snapshot of ${snapshot.entries.length} entries p50 ${summarize(snapshotTimes).p50} ms`);
      const note = `${snapshot.entries.length} entries, ${snapshot.entries.reduce((n, e) => n + e.actions.length, 0)} actions; ${runs} runs`;
      rows.push(
        { measure: "report snapshot (in process)", subject, unit: "ms", ...stats(snapshotTimes), note },
        { measure: "report XLSX from the snapshot (in process)", subject, unit: "ms", ...stats(xlsxTimes), note },
      );
    } finally {
      await handle.close();
    }
    const token = await createBenchToken(database, "coordinator@demo.local", "write");
    server = await startAppServer({ port: Number(process.env.BENCH_PORT ?? 3421), env: database.env, log: ctx.log });
    const chromium = existsSync(process.env.CHROMIUM_PATH ?? "/usr/bin/chromium");
    for (const format of ["html", "xlsx", "pdf"] as const) {
      if (format === "pdf" && !chromium) {
        rows.push({ measure: "report job, pdf", subject, unit: "ms", note: "no Chromium: not measured" });
        continue;
      }
      await job(server, token, format); // warm-up: the routes' code and, for PDF, Chromium's first start
      const times = await timed(runs, () => job(server!, token, format));
      ctx.log(`reports: ${format} job p50 ${round1(summarize(times).p50)} ms`);
      rows.push({
        measure: `report job, ${format} (POST → ready: snapshot + ${format === "pdf" ? "print" : "render"})`,
        subject,
        unit: "ms",
        ...stats(times),
        note: `${entries} entries; ${runs} runs after 1 warm-up`,
      });
    }
  } finally {
    await server?.stop();
    await database.drop();
  }
  return rows;
}

export const bench: Bench = { name: "reports", run };
