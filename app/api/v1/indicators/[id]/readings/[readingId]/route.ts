import { apiRoute } from "@/lib/api/handler";
import { deleteIndicatorReading } from "@/db/mutations/indicators";
import { readingParams } from "@/lib/validation/route-params";

export const dynamic = "force-dynamic";

/** DELETE /api/v1/indicators/{id}/readings/{readingId}: a reading made by mistake (its recorder or a coordinator). */
export const DELETE = apiRoute({ params: readingParams }, async ({ db, actor, params }) => ({
  data: await deleteIndicatorReading(db, actor, params.id, params.readingId),
}));
