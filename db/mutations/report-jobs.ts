/**
 * Committee report jobs: asked for (queued), claimed by one worker of any instance (running, with a
 * heartbeat and progress), finished (ready, with the file) or failed (with a sentence for people).
 * A running job whose heartbeat stopped (its instance died) is queued again, at most
 * MAX_REPORT_ATTEMPTS times in all. Every step is one statement guarded by the attempt that claimed
 * it, so a worker that lost its job (re-queued and claimed elsewhere) can no longer write to it.
 * The same SQL on PGlite and PostgreSQL.
 */
import { and, eq, lt, sql } from "drizzle-orm";
import type { PgUpdateSetSource } from "drizzle-orm/pg-core";
import type { Database, DbOrTx } from "../index";
import { reportDefinitions, reportJobs, type ReportSelection } from "../schema";
import { resolveReportSelection } from "../queries/report-snapshot";
import type { Actor } from "@/lib/permissions";
import type { SupportedLocale } from "@/lib/i18n/config";
import { notFound } from "@/lib/errors";
import type { ReportCreateInput, ReportDefinitionInput } from "@/lib/validation/reports";
import { requireAllowed } from "./facts";

/** Claims in all, the first one included: a job that took down its instance this often is failed. */
export const MAX_REPORT_ATTEMPTS = 3;
/** A running job not heard from for this long is taken to be orphaned. */
export const REPORT_STALE_MS = 60_000;

export type ReportJob = typeof reportJobs.$inferSelect;

/** The selection as stored, from the request's fields. */
export function selectionOf(
  input: Pick<ReportCreateInput, "query" | "viewId" | "round" | "from" | "to">,
): ReportSelection {
  return {
    query: input.query ?? "",
    viewId: input.viewId ?? null,
    roundId: input.round ?? null,
    from: input.from ?? null,
    to: input.to ?? null,
  };
}

/**
 * Queues a report. The selection is checked now (a bad filter, a view the requester cannot see, an
 * unknown round is refused with what to fix), so a queued job only fails for reasons of its own.
 */
export async function requestReport(
  db: Database,
  actor: Actor,
  input: ReportCreateInput,
  options: { locale: SupportedLocale; definitionId?: string | null },
): Promise<ReportJob> {
  requireAllowed(actor, { action: "report.create" });
  const selection = selectionOf(input);
  return db.transaction(async (tx) => {
    await resolveReportSelection(tx, actor, selection);
    const [job] = await tx
      .insert(reportJobs)
      .values({
        title: input.title,
        format: input.format,
        selection,
        locale: options.locale,
        roundId: selection.roundId ?? null,
        requestedById: actor.id,
        definitionId: options.definitionId ?? null,
      })
      .returning();
    await tx.execute(sql`select pg_notify('tct_reports', ${job!.id})`);
    return job!;
  });
}

/**
 * Takes the oldest queued job for this worker: running, one more attempt, heartbeat now. Null when
 * none is waiting. FOR UPDATE SKIP LOCKED: two workers asking at once never get the same job.
 */
export async function claimReportJob(db: DbOrTx, now = new Date()): Promise<ReportJob | null> {
  const [job] = await db
    .update(reportJobs)
    .set({
      state: "running",
      attempts: sql`${reportJobs.attempts} + 1`,
      heartbeatAt: now,
      startedAt: sql`coalesce(${reportJobs.startedAt}, ${now.toISOString()}::timestamptz)`,
      stage: "collecting",
      done: 0,
      total: 0,
      error: null,
    })
    .where(
      eq(
        reportJobs.id,
        sql`(select q.id from report_jobs q where q.state = 'queued' order by q.created_at, q.id limit 1 for update skip locked)`,
      ),
    )
    .returning();
  return job ?? null;
}

type Claimed = Pick<ReportJob, "id" | "attempts">;

/**
 * Every write a worker makes to its job, guarded: still running, and still the attempt it claimed.
 * False when the job is no longer this worker's (re-queued as orphaned, maybe claimed elsewhere).
 */
async function updateOurs(db: DbOrTx, job: Claimed, set: PgUpdateSetSource<typeof reportJobs>): Promise<boolean> {
  const rows = await db
    .update(reportJobs)
    .set(set)
    .where(and(eq(reportJobs.id, job.id), eq(reportJobs.state, "running"), eq(reportJobs.attempts, job.attempts)))
    .returning({ id: reportJobs.id });
  return rows.length > 0;
}

/** Progress, and the heartbeat that comes with it; false: the job is no longer ours, stop. */
export const reportProgress = (
  db: DbOrTx,
  job: Claimed,
  progress: { done?: number; total?: number; stage?: string },
  now = new Date(),
) => updateOurs(db, job, { ...progress, heartbeatAt: now });

/** Keeps the snapshot with the job, so the printable page (and the printer) can show it. */
export const storeReportSnapshot = (db: DbOrTx, job: Claimed, snapshot: unknown, now = new Date()) =>
  updateOurs(db, job, { snapshot, heartbeatAt: now, stage: "rendering" });

export const finishReportJob = (
  db: DbOrTx,
  job: Claimed,
  file: { bytes: Uint8Array; fileName: string; contentType: string },
  now = new Date(),
) =>
  updateOurs(db, job, {
    state: "ready",
    file: Buffer.from(file.bytes),
    fileName: file.fileName,
    contentType: file.contentType,
    byteSize: file.bytes.byteLength,
    stage: null,
    done: sql`${reportJobs.total}`,
    heartbeatAt: now,
    finishedAt: now,
  });

/** Marks the job failed with `error`, a sentence in the report's language saying what went wrong. */
export const failReportJob = (db: DbOrTx, job: Claimed, error: string, now = new Date()) =>
  updateOurs(db, job, { state: "failed", error, stage: null, finishedAt: now, heartbeatAt: now });

/**
 * Running jobs whose heartbeat is older than `staleMs`: queued again while attempts remain, else
 * failed with `exhausted(job)`'s sentence. Returns how many of each.
 */
export async function requeueStaleReportJobs(
  db: DbOrTx,
  exhausted: (job: ReportJob) => string,
  now = new Date(),
  staleMs = REPORT_STALE_MS,
  maxAttempts = MAX_REPORT_ATTEMPTS,
): Promise<{ requeued: number; failed: number }> {
  const cutoff = new Date(now.getTime() - staleMs);
  const stale = and(eq(reportJobs.state, "running"), lt(reportJobs.heartbeatAt, cutoff));
  const requeued = await db
    .update(reportJobs)
    .set({ state: "queued", stage: null, heartbeatAt: null })
    .where(and(stale, lt(reportJobs.attempts, maxAttempts)))
    .returning({ id: reportJobs.id });
  const dead = await db.select().from(reportJobs).where(stale);
  for (const job of dead) {
    await db
      .update(reportJobs)
      .set({ state: "failed", stage: null, error: exhausted(job), finishedAt: now })
      .where(and(eq(reportJobs.id, job.id), eq(reportJobs.attempts, job.attempts), eq(reportJobs.state, "running")));
  }
  return { requeued: requeued.length, failed: dead.length };
}

/** Saves the /reports form as a definition (a new one, or the caller's of the same name replaced). */
export async function saveReportDefinition(db: Database, actor: Actor, input: ReportDefinitionInput) {
  requireAllowed(actor, { action: "report.create" });
  const selection = selectionOf(input);
  return db.transaction(async (tx) => {
    await resolveReportSelection(tx, actor, selection);
    const [saved] = await tx
      .insert(reportDefinitions)
      .values({ ownerId: actor.id, name: input.name, title: input.title, format: input.format, selection })
      .onConflictDoUpdate({
        target: [reportDefinitions.ownerId, reportDefinitions.name],
        set: {
          title: input.title,
          format: input.format,
          selection,
          updatedAt: now(),
          version: sql`${reportDefinitions.version} + 1`,
        },
      })
      .returning();
    return saved!;
  });
}

const now = () => sql`now()`;

/** A new job from a saved definition: the same title, format and selection, for the next meeting. */
export async function regenerateReport(db: Database, actor: Actor, definitionId: string, locale: SupportedLocale) {
  const [definition] = await db.select().from(reportDefinitions).where(eq(reportDefinitions.id, definitionId));
  if (!definition || definition.ownerId !== actor.id) throw notFound("reports.errors.noDefinition");
  requireAllowed(actor, { action: "report.definition_manage", ownerId: definition.ownerId });
  const s = definition.selection;
  return requestReport(
    db,
    actor,
    {
      title: definition.title,
      format: definition.format,
      query: s.query,
      viewId: s.viewId,
      round: s.roundId,
      from: s.from,
      to: s.to,
    },
    { locale, definitionId: definition.id },
  );
}

export async function deleteReportDefinition(db: Database, actor: Actor, definitionId: string) {
  return db.transaction(async (tx) => {
    const [definition] = await tx
      .select()
      .from(reportDefinitions)
      .where(eq(reportDefinitions.id, definitionId))
      .for("update");
    if (!definition || definition.ownerId !== actor.id) throw notFound("reports.errors.noDefinition");
    requireAllowed(actor, { action: "report.definition_manage", ownerId: definition.ownerId });
    await tx.delete(reportDefinitions).where(eq(reportDefinitions.id, definitionId));
  });
}
