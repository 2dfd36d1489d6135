import { apiRoute } from "@/lib/api/handler";
import { deleteIndicator, updateIndicator } from "@/db/mutations/indicators";
import { getIndicatorView } from "@/db/queries/indicators";
import { notFound } from "@/lib/errors";
import { indicatorPatchInput } from "@/lib/validation/indicators";
import { indicatorIdParams } from "@/lib/validation/route-params";

export const dynamic = "force-dynamic";

/** GET /api/v1/indicators/{id}: with its readings, latest and progress. */
export const GET = apiRoute({ params: indicatorIdParams }, async ({ db, params }) => {
  const indicator = await getIndicatorView(db, params.id);
  if (!indicator) throw notFound("errors.noIndicator", { id: params.id });
  return { data: indicator };
});

/** PATCH /api/v1/indicators/{id}: send the fields to change and `expected` (all six as you read them); 409 when they moved. */
export const PATCH = apiRoute(
  { params: indicatorIdParams, body: indicatorPatchInput },
  async ({ db, actor, params, body }) => ({ data: await updateIndicator(db, actor, params.id, body) }),
);

/** DELETE /api/v1/indicators/{id}: the indicator and its readings (coordinators). */
export const DELETE = apiRoute({ params: indicatorIdParams }, async ({ db, actor, params }) => ({
  data: await deleteIndicator(db, actor, params.id),
}));
