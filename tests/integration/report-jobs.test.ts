/**
 * Report jobs on the real PostgreSQL with two instances: two database pools (as two servers have),
 * a worker on each, claiming the same queue at once. Every job is built exactly once (FOR UPDATE
 * SKIP LOCKED), and a job whose instance died (no heartbeat) is taken over by the other.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq, inArray } from "drizzle-orm";
import { openDatabase, type DatabaseHandle } from "@/db";
import { seedDatabase } from "@/db/seed";
import { reportJobs } from "@/db/schema";
import { claimReportJob, requestReport } from "@/db/mutations/report-jobs";
import { createReportWorker, type ReportRenderers } from "@/lib/reports/worker";
import { reportCreateInput } from "@/lib/validation/reports";
import { actorFor } from "../helpers/actors";
import { createFreshPostgresDatabase, testDatabaseUrl } from "../helpers/test-db";

const baseUrl = testDatabaseUrl();

describe.runIf(baseUrl)("report jobs on PostgreSQL, two instances", () => {
  let fresh: Awaited<ReturnType<typeof createFreshPostgresDatabase>>;
  let one: DatabaseHandle;
  let two: DatabaseHandle;

  beforeAll(async () => {
    fresh = await createFreshPostgresDatabase(baseUrl!);
    one = await openDatabase({ url: fresh.url });
    await seedDatabase(one.db, { demoUsers: true });
    two = await openDatabase({ url: fresh.url });
  });
  afterAll(async () => {
    await one?.close();
    await two?.close();
    await fresh?.drop();
  });

  /** Renderers that count what each instance built, slowly enough for the two to overlap. */
  function counting(builds: Map<string, string[]>, instance: string): ReportRenderers {
    const render = async (job: { id: string }) => {
      builds.set(job.id, [...(builds.get(job.id) ?? []), instance]);
      await new Promise((r) => setTimeout(r, 30));
      return { bytes: Buffer.from(instance), contentType: "text/plain", extension: "txt" };
    };
    return { xlsx: render, html: render, pdf: render };
  }

  it("builds each of a dozen jobs exactly once when two workers claim at the same time", async () => {
    const coordinator = await actorFor(one.db, "coordinator@demo.local");
    const ids: string[] = [];
    for (let i = 0; i < 12; i++) {
      const job = await requestReport(
        one.db,
        coordinator,
        reportCreateInput.parse({ title: `Parallel ${i}`, format: "xlsx", query: "theme=industry" }),
        { locale: "en" },
      );
      ids.push(job.id);
    }
    const builds = new Map<string, string[]>();
    const workers = [
      createReportWorker({ db: async () => one.db, renderers: counting(builds, "one") }),
      createReportWorker({ db: async () => two.db, renderers: counting(builds, "two") }),
    ];
    const [a, b] = await Promise.all(workers.map((w) => w.tick()));
    expect(a! + b!).toBe(12);
    expect([...builds.values()].every((by) => by.length === 1)).toBe(true);
    expect(new Set(builds.keys())).toEqual(new Set(ids));
    const rows = await one.db
      .select({ state: reportJobs.state, attempts: reportJobs.attempts, file: reportJobs.file, id: reportJobs.id })
      .from(reportJobs)
      .where(inArray(reportJobs.id, ids));
    expect(rows.every((r) => r.state === "ready" && r.attempts === 1)).toBe(true);
    // The file is the one the instance that built it wrote.
    for (const r of rows) expect(Buffer.from(r.file!).toString()).toBe(builds.get(r.id)![0]);
  });

  it("takes over a job whose instance died, once its heartbeat is stale", async () => {
    const coordinator = await actorFor(one.db, "coordinator@demo.local");
    const job = await requestReport(
      one.db,
      coordinator,
      reportCreateInput.parse({ title: "Orphaned", format: "html", query: "theme=finance" }),
      { locale: "en" },
    );
    // Instance one claims it and dies before any progress.
    const claimed = await claimReportJob(one.db, new Date(Date.now() - 120_000));
    expect(claimed?.id).toBe(job.id);
    const builds = new Map<string, string[]>();
    const survivor = createReportWorker({
      db: async () => two.db,
      renderers: counting(builds, "two"),
      staleMs: 60_000,
    });
    expect(await survivor.tick()).toBe(1);
    const [row] = await two.db.select().from(reportJobs).where(eq(reportJobs.id, job.id));
    expect(row).toMatchObject({ state: "ready", attempts: 2 });
    expect(builds.get(job.id)).toEqual(["two"]);
  });
});
