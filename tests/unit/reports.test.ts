/**
 * Committee reports on PGlite: the snapshot holds exactly the selected recommendations in the
 * list's order (a saved view's, a round's scope), the round's answers and frozen notes; the job
 * state machine (claim, progress, stale re-queue with bounded attempts, failure sentences); the
 * worker end to end with in-process renderers; the XLSX read back with typed cells.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq, sql } from "drizzle-orm";
import ExcelJS from "exceljs";
import type { DatabaseHandle } from "@/db";
import { notes, noteVersions, reportJobs } from "@/db/schema";
import { buildReportSnapshot } from "@/db/queries/report-snapshot";
import { readableReportJob, readReportFile } from "@/db/queries/report-jobs";
import {
  claimReportJob,
  failReportJob,
  finishReportJob,
  regenerateReport,
  reportProgress,
  requestReport,
  requeueStaleReportJobs,
  saveReportDefinition,
} from "@/db/mutations/report-jobs";
import { closeRound, openRound } from "@/db/mutations/rounds";
import { saveAnswer } from "@/db/mutations/round-answers";
import { saveView } from "@/db/mutations/views";
import { getRecommendationByCode } from "@/db/queries/recommendations";
import { seedRecommendations } from "@/db/seed/data/recommendations";
import type { Actor } from "@/lib/permissions";
import { createReportWorker, type ReportRenderers } from "@/lib/reports/worker";
import { chromiumMissing } from "@/lib/reports/render-page";
import { renderReportXlsx } from "@/lib/reports/render-xlsx";
import { signReportPageToken, verifyReportPageToken } from "@/lib/reports/page-token";
import type { ReportSnapshot } from "@/lib/reports/snapshot";
import { answerInput, roundOpenInput } from "@/lib/validation/rounds";
import { reportCreateInput } from "@/lib/validation/reports";
import { actorFor, rejection } from "../helpers/actors";
import { rollBackEachTest } from "../helpers/rolled-back";
import { createTestDb } from "../helpers/test-db";

let shared: DatabaseHandle;
beforeAll(async () => {
  shared = await createTestDb();
});
afterAll(() => shared.close());
const handle = rollBackEachTest(() => shared);
const db = () => handle.db;

const TODAY = "2026-12-02";
let coordinator: Actor, hk: Actor, sz: Actor, viewer: Actor;
beforeAll(async () => {
  const who = (n: string) => actorFor(shared.db, `${n}@demo.local`);
  [coordinator, hk, sz, viewer] = [
    await who("coordinator"),
    await who("hk.member"),
    await who("sz.member"),
    await who("viewer"),
  ];
});

const industryHk = seedRecommendations
  .filter((r) => r.theme === "industry" && r.owners.some((o) => o.agencyKey === "hk-itib"))
  .map((r) => r.code)
  .sort();
const snapshot = (actor: Actor, selection: { query: string; viewId?: string; roundId?: string }) =>
  buildReportSnapshot(db(), actor, selection, { title: "Committee", locale: "en", preparedBy: "Coordinator" });

describe("the snapshot", () => {
  it("holds exactly the recommendations the list's filters select, in the list's order", async () => {
    const progress: [number, number][] = [];
    const asc = await buildReportSnapshot(
      db(),
      coordinator,
      { query: "theme=industry&agency=hk-itib" },
      { title: "Industry", locale: "en", preparedBy: "C", onProgress: (d, t) => void progress.push([d, t]) },
    );
    expect(industryHk.length).toBeGreaterThan(1);
    expect(asc.entries.map((e) => e.code)).toEqual(industryHk);
    expect(progress.at(0)).toEqual([0, industryHk.length]);
    expect(progress.at(-1)).toEqual([industryHk.length, industryHk.length]);
    const desc = await snapshot(coordinator, { query: "theme=industry&agency=hk-itib&sort=-code&page=2&pageSize=1" });
    // The list's sort decides the order; paging is the screen's and does not narrow a report.
    expect(desc.entries.map((e) => e.code)).toEqual([...industryHk].reverse());
    const entry = asc.entries[0]!;
    const rec = (await getRecommendationByCode(db(), entry.code))!;
    expect(entry.title).toBe(rec.title.en);
    expect(entry.owners.map((o) => o.agency.key).sort()).toEqual(rec.owners.map((o) => o.agency.key).sort());
    expect(entry.sides.shenzhen.progress).toBe(rec.sides.shenzhen.progress);
    expect(asc.summary.total).toBe(industryHk.length);
    expect(asc.summary.byStatus.reduce((n, b) => n + b.count, 0)).toBe(industryHk.length);
    expect(asc.summary.text[0]).toMatch(/of \d+ accepted recommendations? (is|are) in progress\.|No recommendation/);
  });

  it("reads a saved view's query, and refuses a private view of someone else", async () => {
    const view = await saveView(db(), hk, {
      name: "HK industry",
      query: "theme=industry&agency=hk-itib",
      shared: false,
    });
    const fromView = await snapshot(hk, { query: "", viewId: view.id });
    expect(fromView.entries.map((e) => e.code)).toEqual(industryHk);
    expect(fromView.view).toEqual({ id: view.id, name: "HK industry" });
    const refused = await rejection(snapshot(sz, { query: "", viewId: view.id }));
    expect(refused.status).toBe(404);
    expect(refused.message).toMatch(/not shared with you/);
  });

  it("refuses filters the list would refuse, saying what to fix", async () => {
    const bad = await rejection(snapshot(coordinator, { query: "status=nonsense" }));
    expect(bad.status).toBe(400);
    const unknown = await rejection(snapshot(coordinator, { query: "agency=no-such-agency" }));
    expect(unknown.message).toMatch(/no-such-agency/);
  });

  it("with a closed round: only its recommendations, its submitted answers, and the notes as frozen", async () => {
    const { round } = await openRound(
      db(),
      coordinator,
      roundOpenInput.parse({ name: "2026 Q4", dueDate: "2026-12-31", filters: "theme=industry&agency=hk-itib" }),
      TODAY,
    );
    const code = "R-002-P5";
    const rec = (await getRecommendationByCode(db(), code))!;
    await saveAnswer(
      db(),
      hk,
      round.id,
      code,
      answerInput.parse({ statement: "Two joint labs opened in November.", submit: true, version: rec.version }),
      TODAY,
    );
    await closeRound(db(), coordinator, round.id);
    // What the note said when the round closed, then a later edit the report must not show.
    await db()
      .update(noteVersions)
      .set({ text: "Frozen at the close.", html: "<p>Frozen at the close.</p><script>alert(1)</script>" })
      .where(and(eq(noteVersions.recommendationId, rec.id), eq(noteVersions.name, "2026 Q4")));
    await db()
      .insert(notes)
      .values({
        recommendationId: rec.id,
        state: Buffer.from([0, 0]),
        text: "Edited after.",
        html: "<p>Edited after.</p>",
      })
      .onConflictDoUpdate({
        target: notes.recommendationId,
        set: { text: "Edited after.", html: "<p>Edited after.</p>" },
      });

    const report = await snapshot(coordinator, { query: "", roundId: round.id });
    const openCodes = seedRecommendations
      .filter((r) => r.theme === "industry" && r.owners.some((o) => o.agencyKey === "hk-itib") && r.status !== "closed")
      .map((r) => r.code)
      .sort();
    expect(report.entries.map((e) => e.code)).toEqual(openCodes);
    // The summary's figures are the round's too, not the whole workspace's (found in review).
    expect(report.summary.total).toBe(openCodes.length);
    expect(report.summary.byStatus.reduce((n, s) => n + s.count, 0)).toBe(openCodes.length);
    const entry = report.entries.find((e) => e.code === code)!;
    expect(entry.answers).toEqual([
      expect.objectContaining({
        round: "2026 Q4",
        state: "submitted",
        statement: "Two joint labs opened in November.",
      }),
    ]);
    expect(entry.answers[0]!.agency.key).toBe("hk-itib");
    expect(entry.note).toMatchObject({ source: "round", name: "2026 Q4", text: "Frozen at the close." });
    expect(entry.note!.html).not.toMatch(/script/);
    // Other agencies' requests were never answered: no draft or empty answer is shown.
    expect(report.entries.flatMap((e) => e.answers)).toHaveLength(1);

    const latest = await snapshot(coordinator, { query: "theme=industry&agency=hk-itib" });
    expect(latest.entries.find((e) => e.code === code)!.note).toMatchObject({
      source: "latest",
      text: "Edited after.",
    });
  });
});

const input = (over: Record<string, unknown> = {}) =>
  reportCreateInput.parse({
    title: "Joint committee",
    format: "xlsx",
    query: "theme=industry&agency=hk-itib",
    ...over,
  });

describe("the job state machine", () => {
  it("queues, claims once, reports progress, and a worker that lost its job can no longer write", async () => {
    const job = await requestReport(db(), coordinator, input(), { locale: "en" });
    expect(job).toMatchObject({ state: "queued", attempts: 0, requestedById: coordinator.id });
    const claimed = (await claimReportJob(db()))!;
    expect(claimed).toMatchObject({ id: job.id, state: "running", attempts: 1, stage: "collecting" });
    expect(await claimReportJob(db())).toBeNull();
    expect(await reportProgress(db(), claimed, { done: 3, total: 10 })).toBe(true);
    expect(await readableReportJob(db(), coordinator, job.id)).toMatchObject({ done: 3, total: 10 });

    // Its instance dies: the heartbeat goes stale and the job is queued again, then claimed anew.
    const later = new Date(Date.now() + 120_000);
    expect(await requeueStaleReportJobs(db(), () => "gave up", later)).toEqual({ requeued: 1, failed: 0 });
    const again = (await claimReportJob(db(), later))!;
    expect(again.attempts).toBe(2);
    // The first worker comes back: every write of its attempt is refused.
    expect(await reportProgress(db(), claimed, { done: 4 })).toBe(false);
    expect(await finishReportJob(db(), claimed, { bytes: new Uint8Array([1]), fileName: "x", contentType: "x" })).toBe(
      false,
    );
    expect(await failReportJob(db(), claimed, "no")).toBe(false);
    expect(
      await finishReportJob(db(), again, { bytes: new Uint8Array([1, 2]), fileName: "r.xlsx", contentType: "t" }),
    ).toBe(true);
    expect((await readReportFile(db(), job.id))?.fileName).toBe("r.xlsx");
  });

  it("fails a job whose instance died on every attempt, with a sentence", async () => {
    const job = await requestReport(db(), coordinator, input(), { locale: "en" });
    let at = Date.now();
    for (let attempt = 1; attempt <= 3; attempt++) {
      expect((await claimReportJob(db(), new Date(at)))!.attempts).toBe(attempt);
      at += 120_000;
      await requeueStaleReportJobs(db(), (j) => `Started ${j.attempts} times.`, new Date(at));
    }
    const failed = await readableReportJob(db(), coordinator, job.id);
    expect(failed).toMatchObject({ state: "failed", attempts: 3, error: "Started 3 times." });
    expect(await claimReportJob(db(), new Date(at))).toBeNull();
  });

  it("refuses a bad selection when asked, before any job exists", async () => {
    const bad = await rejection(requestReport(db(), coordinator, input({ query: "theme=nope" }), { locale: "en" }));
    expect(bad.status).toBe(400);
    const [{ n }] = (await db()
      .select({ n: sql<number>`count(*)::int` })
      .from(reportJobs)) as [{ n: number }];
    expect(n).toBe(0);
    expect(reportCreateInput.safeParse({ title: "x", format: "doc" }).success).toBe(false);
    expect(
      reportCreateInput.safeParse({ title: "x", format: "pdf", from: "2026-12-31", to: "2026-01-01" }).success,
    ).toBe(false);
  });

  it("is readable by its requester and by coordinators, and by no one else (404)", async () => {
    const job = await requestReport(db(), hk, input(), { locale: "en" });
    expect((await readableReportJob(db(), hk, job.id)).id).toBe(job.id);
    expect((await readableReportJob(db(), coordinator, job.id)).id).toBe(job.id);
    for (const other of [sz, viewer])
      expect((await rejection(readableReportJob(db(), other, job.id))).status).toBe(404);
  });

  it("regenerates a saved definition as a new job with the same selection", async () => {
    const definition = await saveReportDefinition(db(), hk, {
      name: "Quarterly",
      ...input({ format: "pdf" }),
    });
    const first = await regenerateReport(db(), hk, definition.id, "zh-Hant");
    const second = await regenerateReport(db(), hk, definition.id, "en");
    expect(first.id).not.toBe(second.id);
    expect(first).toMatchObject({
      definitionId: definition.id,
      format: "pdf",
      title: "Joint committee",
      locale: "zh-Hant",
    });
    expect(first.selection.query).toBe("theme=industry&agency=hk-itib");
    expect((await rejection(regenerateReport(db(), sz, definition.id, "en"))).status).toBe(404);
  });
});

describe("the worker", () => {
  const renderers = (pdf?: () => Promise<never>): ReportRenderers => ({
    xlsx: async (_job, s) => ({ bytes: await renderReportXlsx(s), contentType: "application/xlsx", extension: "xlsx" }),
    html: async (_job, s) => ({
      bytes: Buffer.from(s.entries.map((e) => e.code).join(",")),
      contentType: "text/html",
      extension: "html",
    }),
    pdf: pdf ?? (async () => ({ bytes: Buffer.from("%PDF"), contentType: "application/pdf", extension: "pdf" })),
  });

  it("builds every queued job: snapshot stored, file ready, progress complete", async () => {
    const job = await requestReport(db(), coordinator, input({ format: "html", title: "Industry / HK: Q4" }), {
      locale: "en",
    });
    const worker = createReportWorker({ db: async () => handle.db, renderers: renderers() });
    expect(await worker.tick()).toBe(1);
    const done = await readableReportJob(db(), coordinator, job.id);
    expect(done).toMatchObject({ state: "ready", done: industryHk.length, total: industryHk.length, stage: null });
    expect(done.fileName).toMatch(/^Industry _ HK_ Q4-\d{4}-\d{2}-\d{2}\.html$/);
    const file = (await readReportFile(db(), job.id))!;
    expect(Buffer.from(file.file!).toString()).toBe(industryHk.join(","));
    const [row] = await db()
      .select({ snapshot: reportJobs.snapshot })
      .from(reportJobs)
      .where(eq(reportJobs.id, job.id));
    expect((row!.snapshot as ReportSnapshot).entries.map((e) => e.code)).toEqual(industryHk);
  });

  it("marks a PDF failed, in the report's language, when the server has no Chromium", async () => {
    const job = await requestReport(db(), coordinator, input({ format: "pdf" }), { locale: "zh-Hans" });
    const worker = createReportWorker({
      db: async () => handle.db,
      renderers: renderers(async () => {
        throw chromiumMissing();
      }),
    });
    await worker.tick();
    const failed = await readableReportJob(db(), coordinator, job.id);
    expect(failed.state).toBe("failed");
    expect(failed.error).toMatch(/Chromium/);
    expect(failed.error).toMatch(/无法打印 PDF/);
  });

  it("fails a job whose requester's account is gone", async () => {
    const job = await requestReport(db(), coordinator, input(), { locale: "en" });
    await db().update(reportJobs).set({ requestedById: null }).where(eq(reportJobs.id, job.id));
    await createReportWorker({ db: async () => handle.db, renderers: renderers() }).tick();
    const [row] = await db().select().from(reportJobs).where(eq(reportJobs.id, job.id));
    expect(row).toMatchObject({ state: "failed", error: expect.stringMatching(/no longer exists/) });
  });
});

describe("the XLSX", () => {
  it("has one sheet per part with dates as dates and figures as numbers", async () => {
    const s = await snapshot(coordinator, { query: "theme=industry&agency=hk-itib" });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await renderReportXlsx(s)) as unknown as ArrayBuffer);
    expect(book.worksheets.map((w) => w.name)).toEqual([
      "Summary",
      "Recommendations",
      "Actions",
      "Indicators",
      "Answers",
      "Overdue actions",
    ]);
    const entries = book.getWorksheet("Recommendations")!;
    expect(entries.getRow(1).getCell(1).value).toBe("Code");
    const codes = entries.getColumn(1).values.slice(2);
    expect(codes).toEqual(industryHk);
    const withTarget = s.entries.findIndex((e) => e.targetDate);
    expect(withTarget).toBeGreaterThanOrEqual(0);
    const target = entries.getRow(withTarget + 2).getCell(10);
    expect(target.value).toBeInstanceOf(Date);
    expect((target.value as Date).toISOString().slice(0, 10)).toBe(s.entries[withTarget]!.targetDate);
    expect(typeof entries.getRow(2).getCell(11).value).toBe("number");

    const actions = book.getWorksheet("Actions")!;
    const rowsWithDue = actions.getRows(2, actions.rowCount - 1)!.filter((r) => r.getCell(8).value !== null);
    expect(rowsWithDue.length).toBeGreaterThan(0);
    expect(rowsWithDue[0]!.getCell(8).value).toBeInstanceOf(Date);
    const progress = actions.getRow(2).getCell(7);
    expect(typeof progress.value).toBe("number");
    expect(progress.numFmt).toBe("0%");
    const summary = book.getWorksheet("Summary")!;
    const total = summary.getRows(1, summary.rowCount)!.find((r) => r.getCell(1).value === "Recommendations")!;
    expect(total.getCell(2).value).toBe(industryHk.length);
  });
});

describe("the printer's page token", () => {
  it("opens one job's page, for a few minutes, and nothing else", () => {
    const token = signReportPageToken("s".repeat(32), "job-1", 1000);
    expect(verifyReportPageToken("s".repeat(32), token, "job-1", 2000)).toBe(true);
    expect(verifyReportPageToken("s".repeat(32), token, "job-2", 2000)).toBe(false);
    expect(verifyReportPageToken("t".repeat(32), token, "job-1", 2000)).toBe(false);
    expect(verifyReportPageToken("s".repeat(32), token, "job-1", 1000 + 11 * 60_000)).toBe(false);
  });
});
