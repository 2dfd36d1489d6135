import { apiRoute } from "@/lib/api/handler";
import { recordIndicatorReading } from "@/db/mutations/indicators";
import { indicatorReadingInput } from "@/lib/validation/inputs";
import { indicatorIdParams } from "@/lib/validation/route-params";

export const dynamic = "force-dynamic";

/** POST /api/v1/indicators/{id}/readings: record a dated value. */
export const POST = apiRoute(
  { params: indicatorIdParams, body: indicatorReadingInput },
  async ({ db, actor, params, body }) => ({ data: await recordIndicatorReading(db, actor, params.id, body) }),
);
