import { apiRoute } from "@/lib/api/handler";
import { closeRound } from "@/db/mutations/rounds";
import { roundIdParams } from "@/lib/validation/route-params";

export const dynamic = "force-dynamic";

/** POST /api/v1/rounds/{id}/close: freeze the notes in scope under the round's name; answers become read-only. */
export const POST = apiRoute({ params: roundIdParams }, async ({ db, actor, params }) => ({
  data: await closeRound(db, actor, params.id),
}));
