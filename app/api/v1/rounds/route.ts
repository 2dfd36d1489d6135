import { apiRoute } from "@/lib/api/handler";
import { openRound } from "@/db/mutations/rounds";
import { listRounds } from "@/db/queries/rounds";
import { roundOpenInput } from "@/lib/validation/rounds";

export const dynamic = "force-dynamic";

/** GET /api/v1/rounds: every reporting round, newest first, with its request counts and response rate. */
export const GET = apiRoute(async ({ db }) => ({ data: await listRounds(db) }));

/** POST /api/v1/rounds: open a round over all open recommendations or the list's filters (coordinators). */
export const POST = apiRoute({ body: roundOpenInput }, async ({ db, actor, body }) => ({
  data: await openRound(db, actor, body),
}));
