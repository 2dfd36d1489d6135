import { apiRoute } from "@/lib/api/handler";
import { saveAnswer } from "@/db/mutations/round-answers";
import { answerInput } from "@/lib/validation/rounds";
import { roundAnswerParams } from "@/lib/validation/route-params";

export const dynamic = "force-dynamic";

/** PUT /api/v1/rounds/{id}/answers/{code}: the caller's agency's answer, kept as a draft or submitted. */
export const PUT = apiRoute({ params: roundAnswerParams, body: answerInput }, async ({ db, actor, params, body }) => ({
  data: await saveAnswer(db, actor, params.id, params.code, body),
}));
