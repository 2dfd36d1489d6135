import { apiRoute } from "@/lib/api/handler";
import { getRound } from "@/db/queries/rounds";
import { notFound } from "@/lib/errors";
import { roundIdParams } from "@/lib/validation/route-params";

export const dynamic = "force-dynamic";

/** GET /api/v1/rounds/{id}: the round, its requests (drafts' content only for their agency) and counts. */
export const GET = apiRoute({ params: roundIdParams }, async ({ db, actor, params }) => {
  const round = await getRound(db, actor, params.id);
  if (!round) throw notFound("rounds.errors.noRound", { id: params.id });
  return { data: round };
});
