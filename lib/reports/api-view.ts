/** A report job as the API and the /reports page show it. No server imports. */
import type { ReportFormat, ReportSelection, ReportState } from "@/db/schema/reports";

export interface ReportJobJson {
  id: string;
  title: string;
  format: ReportFormat;
  locale: string;
  state: ReportState;
  progress: { done: number; total: number; stage: string | null };
  /** Why it failed, a sentence in the report's language. */
  error: string | null;
  selection: ReportSelection;
  requestedBy: string | null;
  definitionId: string | null;
  createdAt: string;
  finishedAt: string | null;
  /** Once ready: where to download it, its name and size. */
  file: { url: string; name: string; contentType: string; size: number } | null;
}

export function reportJobJson(job: {
  id: string;
  title: string;
  format: ReportFormat;
  locale: string;
  state: ReportState;
  done: number;
  total: number;
  stage: string | null;
  error: string | null;
  selection: ReportSelection;
  requestedBy: string | null;
  definitionId: string | null;
  createdAt: Date;
  finishedAt: Date | null;
  fileName: string | null;
  contentType: string | null;
  byteSize: number | null;
}): ReportJobJson {
  return {
    id: job.id,
    title: job.title,
    format: job.format,
    locale: job.locale,
    state: job.state,
    progress: { done: job.done, total: job.total, stage: job.stage },
    error: job.error,
    selection: job.selection,
    requestedBy: job.requestedBy,
    definitionId: job.definitionId,
    createdAt: new Date(job.createdAt).toISOString(),
    finishedAt: job.finishedAt ? new Date(job.finishedAt).toISOString() : null,
    file:
      job.state === "ready" && job.fileName
        ? {
            url: `/api/v1/reports/${job.id}/file`,
            name: job.fileName,
            contentType: job.contentType ?? "application/octet-stream",
            size: job.byteSize ?? 0,
          }
        : null,
  };
}
