import { apiRoute } from "@/lib/api/handler";
import { withdrawAnswer } from "@/db/mutations/round-answers";
import { withdrawInput } from "@/lib/validation/rounds";
import { roundAnswerParams } from "@/lib/validation/route-params";

export const dynamic = "force-dynamic";

/** POST /api/v1/rounds/{id}/answers/{code}/withdraw: take a submitted answer back to draft, until reviewed. */
export const POST = apiRoute(
  { params: roundAnswerParams, body: withdrawInput },
  async ({ db, actor, params, body }) => ({ data: await withdrawAnswer(db, actor, params.id, params.code, body) }),
);
