import { NextResponse } from "next/server";
import { apiLocale, apiRoute } from "@/lib/api/handler";
import { requestReport } from "@/db/mutations/report-jobs";
import { getReportJob, listReportJobs } from "@/db/queries/report-jobs";
import { reportJobJson } from "@/lib/reports/api-view";
import { reportCreateInput } from "@/lib/validation/reports";

export const dynamic = "force-dynamic";

/**
 * POST /api/v1/reports: queues a committee report of a selection (the list's filters as `query`,
 * a saved view `viewId`, a reporting `round`, a period `from`/`to`) in `format` pdf, xlsx or html,
 * written in the caller's language. Answers 202 with the job's id and its address in Location;
 * GET that address for its progress and, once ready, the file's.
 */
export const POST = apiRoute({ body: reportCreateInput }, async ({ req, db, actor, body }) => {
  const job = await requestReport(db, actor, body, {
    locale: apiLocale(req.headers.get("accept-language"), actor.locale),
  });
  const view = await getReportJob(db, job.id);
  const location = `/api/v1/reports/${job.id}`;
  return NextResponse.json(
    { id: job.id, data: reportJobJson(view!) },
    { status: 202, headers: { Location: location } },
  );
});

/** GET /api/v1/reports: the caller's recent reports (a coordinator's: everyone's), newest first. */
export const GET = apiRoute(async ({ db, actor }) => {
  const jobs = await listReportJobs(db, actor, 50);
  return { data: jobs.map(reportJobJson) };
});
