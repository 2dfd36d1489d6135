/**
 * Reading report jobs and saved definitions. A job is its requester's, and every coordinator's and
 * administrator's (lib/permissions.ts report.read); to anyone else it does not exist (404, like
 * evidence), so an id reveals nothing.
 */
import { and, desc, eq, sql } from "drizzle-orm";
import type { DbOrTx } from "../index";
import { reportDefinitions, reportJobs, users } from "../schema";
import { notFound } from "@/lib/errors";
import { authorize, type Actor } from "@/lib/permissions";
import type { ReportSnapshot } from "@/lib/reports/snapshot";

/** Everything about a job but its file and snapshot (those are read on their own). */
const jobColumns = {
  id: reportJobs.id,
  definitionId: reportJobs.definitionId,
  requestedById: reportJobs.requestedById,
  requestedBy: sql<string | null>`(select u.name from users u where u.id = ${reportJobs.requestedById})`,
  title: reportJobs.title,
  selection: reportJobs.selection,
  format: reportJobs.format,
  locale: reportJobs.locale,
  state: reportJobs.state,
  done: reportJobs.done,
  total: reportJobs.total,
  stage: reportJobs.stage,
  error: reportJobs.error,
  attempts: reportJobs.attempts,
  fileName: reportJobs.fileName,
  contentType: reportJobs.contentType,
  byteSize: reportJobs.byteSize,
  createdAt: reportJobs.createdAt,
  startedAt: reportJobs.startedAt,
  finishedAt: reportJobs.finishedAt,
};

export type ReportJobView = Awaited<ReturnType<typeof getReportJob>> & object;

export async function getReportJob(db: DbOrTx, id: string) {
  const [job] = await db.select(jobColumns).from(reportJobs).where(eq(reportJobs.id, id));
  return job ?? null;
}

/** The job if `actor` may read it; otherwise "no such report", whether or not it exists. */
export async function readableReportJob(db: DbOrTx, actor: Actor, id: string) {
  const job = await getReportJob(db, id);
  if (!job || !authorize(actor, { action: "report.read", requestedById: job.requestedById }).allowed)
    throw notFound("reports.errors.noReport", { id });
  return job;
}

export async function getReportSnapshot(db: DbOrTx, id: string): Promise<ReportSnapshot | null> {
  const [row] = await db.select({ snapshot: reportJobs.snapshot }).from(reportJobs).where(eq(reportJobs.id, id));
  return (row?.snapshot as ReportSnapshot | null) ?? null;
}

export async function readReportFile(db: DbOrTx, id: string) {
  const [row] = await db
    .select({ file: reportJobs.file, fileName: reportJobs.fileName, contentType: reportJobs.contentType })
    .from(reportJobs)
    .where(and(eq(reportJobs.id, id), eq(reportJobs.state, "ready")));
  return row?.file ? row : null;
}

/** The recent reports `actor` may read: their own, or (coordinators, administrators) everyone's. */
export async function listReportJobs(db: DbOrTx, actor: Actor, limit = 20) {
  const everyone = authorize(actor, { action: "report.read", requestedById: null }).allowed;
  return db
    .select(jobColumns)
    .from(reportJobs)
    .where(everyone ? undefined : eq(reportJobs.requestedById, actor.id))
    .orderBy(desc(reportJobs.createdAt), desc(reportJobs.id))
    .limit(limit);
}

export async function listReportDefinitions(db: DbOrTx, ownerId: string) {
  return db
    .select({
      id: reportDefinitions.id,
      name: reportDefinitions.name,
      title: reportDefinitions.title,
      format: reportDefinitions.format,
      selection: reportDefinitions.selection,
      updatedAt: reportDefinitions.updatedAt,
      owner: users.name,
    })
    .from(reportDefinitions)
    .innerJoin(users, eq(users.id, reportDefinitions.ownerId))
    .where(eq(reportDefinitions.ownerId, ownerId))
    .orderBy(reportDefinitions.name);
}
