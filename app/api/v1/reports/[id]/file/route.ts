import { apiRoute } from "@/lib/api/handler";
import { readableReportJob, readReportFile } from "@/db/queries/report-jobs";
import { conflict } from "@/lib/errors";
import { attachmentDisposition } from "@/lib/evidence/file-name";
import { msg } from "@/lib/i18n/server-message";
import { DECLARED_LENGTH_HEADER } from "@/lib/security/declared-length";
import { reportIdParams } from "@/lib/validation/reports";

export const dynamic = "force-dynamic";

/** GET /api/v1/reports/{id}/file: the finished file as an attachment; 409 while it is not ready. */
export const GET = apiRoute({ params: reportIdParams }, async ({ db, actor, params }) => {
  const job = await readableReportJob(db, actor, params.id);
  const file = job.state === "ready" ? await readReportFile(db, job.id) : null;
  if (!file)
    throw conflict(msg(job.state === "failed" ? "reports.errors.failedNoFile" : "reports.errors.notReady"), {
      state: job.state,
    });
  const bytes = new Uint8Array(file.file!);
  return new Response(bytes, {
    headers: {
      "Content-Type": file.contentType ?? "application/octet-stream",
      [DECLARED_LENGTH_HEADER]: String(bytes.byteLength),
      "Content-Disposition": attachmentDisposition(file.fileName ?? "report"),
      "X-Content-Type-Options": "nosniff",
      // A downloaded HTML report opened from here runs nothing.
      "Content-Security-Policy": "sandbox; default-src 'none'; style-src 'unsafe-inline'; img-src data:",
      "Cache-Control": "private, no-store",
    },
  });
});
