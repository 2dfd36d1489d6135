import { apiRoute } from "@/lib/api/handler";
import { createIndicator } from "@/db/mutations/indicators";
import { indicatorCreateInput } from "@/lib/validation/inputs";
import { codeParams } from "@/lib/validation/route-params";

export const dynamic = "force-dynamic";

/** POST /api/v1/recommendations/{code}/indicators: define what is measured. */
export const POST = apiRoute(
  { params: codeParams, body: indicatorCreateInput },
  async ({ db, actor, params, body }) => ({ data: await createIndicator(db, actor, params.code, body) }),
);
