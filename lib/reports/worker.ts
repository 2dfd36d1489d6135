/**
 * The report worker, run by every instance (server.ts starts it): each pass re-queues jobs whose
 * instance died (stale heartbeat), then claims queued jobs one at a time (FOR UPDATE SKIP LOCKED,
 * db/mutations/report-jobs.ts) and builds each: the snapshot a batch of entries at a time with
 * progress, then the file in its format, heartbeating while it prints. A failure is stored as a
 * sentence in the report's language. The clock and the renderers are injected: tests drive both.
 */
import type { Database } from "@/db";
import {
  claimReportJob,
  failReportJob,
  finishReportJob,
  MAX_REPORT_ATTEMPTS,
  REPORT_STALE_MS,
  reportProgress,
  requeueStaleReportJobs,
  storeReportSnapshot,
  type ReportJob,
} from "@/db/mutations/report-jobs";
import { buildReportSnapshot, requesterOf } from "@/db/queries/report-snapshot";
import { toAppError } from "@/lib/errors";
import { isSupportedLocale, type SupportedLocale } from "@/lib/i18n/config";
import { renderMessage } from "@/lib/i18n/render-message";
import { msg } from "@/lib/i18n/server-message";
import { safeFileName } from "@/lib/evidence/file-name";
import { periodicTask } from "@/lib/periodic-task";
import type { ReportSnapshot } from "./snapshot";

export const REPORT_WORKER_INTERVAL_MS = 3_000;
export const REPORT_HEARTBEAT_MS = 10_000;

export interface RenderedFile {
  bytes: Uint8Array;
  contentType: string;
  extension: string;
}

/** Turns a stored snapshot into the job's file; one per format. */
export type ReportRenderer = (job: ReportJob, snapshot: ReportSnapshot) => Promise<RenderedFile>;
export type ReportRenderers = Record<ReportJob["format"], ReportRenderer>;

export interface ReportWorkerOptions {
  db: () => Promise<Database>;
  renderers: ReportRenderers;
  now?: () => Date;
  intervalMs?: number;
  heartbeatMs?: number;
  staleMs?: number;
  maxAttempts?: number;
}

/** The job was taken from this worker (re-queued as orphaned, claimed elsewhere): stop quietly. */
class JobLost extends Error {}

const localeOf = (job: ReportJob): SupportedLocale => (isSupportedLocale(job.locale) ? job.locale : "en");

/** What a person reads when their report failed: the error's own sentence when it has one. */
export function failureSentence(err: unknown, locale: SupportedLocale): string {
  const known = toAppError(err);
  if (known && known.code !== "internal") return known.localized(locale).message;
  return renderMessage(msg("reports.errors.failed"), locale);
}

/** `<title>-<day>.<ext>`, a name any system saves. */
export function reportFileName(title: string, day: string, extension: string): string {
  // A title is not a path: its slashes are kept as "_" rather than cut at (safeFileName keeps the last segment).
  const base = safeFileName(title.replace(/[\\/]/g, "_").replace(/\s+/g, " ").slice(0, 120)) || "report";
  return `${base}-${day}.${extension}`;
}

export function createReportWorker(options: ReportWorkerOptions) {
  const now = options.now ?? (() => new Date());
  const heartbeatMs = options.heartbeatMs ?? REPORT_HEARTBEAT_MS;

  async function build(db: Database, job: ReportJob): Promise<void> {
    const locale = localeOf(job);
    const ours = async (progress: { done?: number; total?: number; stage?: string }) => {
      if (!(await reportProgress(db, job, progress, now()))) throw new JobLost();
    };
    const requester = await requesterOf(db, job.requestedById);
    if (!requester) throw new RequesterGone();
    const snapshot = await buildReportSnapshot(db, requester.actor, job.selection, {
      title: job.title,
      locale,
      preparedBy: requester.name,
      period: { from: job.selection.from, to: job.selection.to },
      now: now(),
      onProgress: (done, total) => ours({ done, total, stage: "collecting" }),
    });
    if (!(await storeReportSnapshot(db, job, snapshot, now()))) throw new JobLost();
    // Printing a long report takes a while with no progress to report: keep the heartbeat going.
    const beat = setInterval(() => void reportProgress(db, job, {}, now()).catch(() => {}), heartbeatMs);
    beat.unref?.();
    let file: RenderedFile;
    try {
      await ours({ stage: job.format === "pdf" ? "printing" : "rendering" });
      file = await options.renderers[job.format](job, snapshot);
    } finally {
      clearInterval(beat);
    }
    const saved = await finishReportJob(
      db,
      job,
      {
        bytes: file.bytes,
        contentType: file.contentType,
        fileName: reportFileName(job.title, snapshot.asOf, file.extension),
      },
      now(),
    );
    if (!saved) throw new JobLost();
  }

  async function runPass(): Promise<number> {
    const db = await options.db();
    await requeueStaleReportJobs(
      db,
      (job) => renderMessage(msg("reports.errors.gaveUp", { attempts: job.attempts }), localeOf(job)),
      now(),
      options.staleMs ?? REPORT_STALE_MS,
      options.maxAttempts ?? MAX_REPORT_ATTEMPTS,
    );
    let built = 0;
    for (;;) {
      const job = await claimReportJob(db, now());
      if (!job) return built;
      try {
        await build(db, job);
        built++;
      } catch (err) {
        if (err instanceof JobLost) continue;
        if (!(err instanceof RequesterGone) && !toAppError(err)) console.error("report job failed", job.id, err);
        const sentence =
          err instanceof RequesterGone
            ? renderMessage(msg("reports.errors.requesterGone"), localeOf(job))
            : failureSentence(err, localeOf(job));
        await failReportJob(db, job, sentence, now()).catch((e) =>
          console.error("report job: marking it failed failed", e),
        );
      }
    }
  }

  // One pass builds every queued job; a job queued during a pass gets another pass right after it.
  return periodicTask(runPass, {
    intervalMs: options.intervalMs ?? REPORT_WORKER_INTERVAL_MS,
    label: "report worker",
    followUp: true,
  });
}

/** A job whose requester's account was removed: there is no one to build it for. */
class RequesterGone extends Error {}

export type ReportWorker = ReturnType<typeof createReportWorker>;
