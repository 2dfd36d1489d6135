import { apiRoute } from "@/lib/api/handler";
import { reviewAnswer } from "@/db/mutations/round-answers";
import { reviewInput } from "@/lib/validation/rounds";
import { roundAnswerParams } from "@/lib/validation/route-params";

export const dynamic = "force-dynamic";

/** POST /api/v1/rounds/{id}/answers/{code}/review: accept a submitted answer or return it (coordinators). */
export const POST = apiRoute({ params: roundAnswerParams, body: reviewInput }, async ({ db, actor, params, body }) => ({
  data: await reviewAnswer(db, actor, params.id, params.code, body),
}));
