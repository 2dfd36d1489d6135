import { apiRoute, readJson } from "@/lib/api/handler";
import { recordIndicatorReading } from "@/db/mutations/indicators";
import { notFound } from "@/lib/errors";
import { indicatorReadingInput } from "@/lib/validation/inputs";
import { isUuid } from "@/lib/validation/ids";

export const dynamic = "force-dynamic";

/** POST /api/v1/indicators/{id}/readings: record a dated value. */
export const POST = apiRoute<{ id: string }>(async ({ req, db, actor, params }) => {
  if (!isUuid(params.id)) throw notFound(`No indicator has the id "${params.id}".`);
  const input = await readJson(req, indicatorReadingInput);
  return { data: await recordIndicatorReading(db, actor, params.id, input) };
});
