import { apiRoute } from "@/lib/api/handler";
import { readableReportJob } from "@/db/queries/report-jobs";
import { reportJobJson } from "@/lib/reports/api-view";
import { reportIdParams } from "@/lib/validation/reports";

export const dynamic = "force-dynamic";

/** GET /api/v1/reports/{id}: where the report stands (queued, running with progress, ready with its file, failed with why). */
export const GET = apiRoute({ params: reportIdParams }, async ({ db, actor, params }) => {
  return { data: reportJobJson(await readableReportJob(db, actor, params.id)) };
});
