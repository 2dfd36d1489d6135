import { apiRoute } from "@/lib/api/handler";
import { answerOwnerRef } from "@/lib/evidence/answer-owner";
import { listVisibleEvidence, postEvidence } from "@/lib/evidence/evidence-routes";
import { notFound } from "@/lib/errors";
import { answerEvidenceParams } from "@/lib/validation/evidence";

export const dynamic = "force-dynamic";

/**
 * GET /api/v1/rounds/{id}/answers/{code}/evidence: the evidence of your agency's answer for the
 * recommendation {code}, or with `?agency=<key>` of that agency's (a draft's is its agency's alone).
 */
export const GET = apiRoute({ params: answerEvidenceParams }, async ({ req, db, actor, params }) => {
  const agencyKey = req.nextUrl.searchParams.get("agency");
  const ref = await answerOwnerRef(db, actor, { id: params.id, code: params.code, agencyKey });
  return { data: await listVisibleEvidence(db, actor, ref, () => notFound("evidence.noAnswer")) };
});

/** POST /api/v1/rounds/{id}/answers/{code}/evidence: attach a file or a link to your agency's answer while it is a draft. */
export const POST = apiRoute({ params: answerEvidenceParams }, async ({ req, db, actor, params }) => {
  const ref = await answerOwnerRef(db, actor, { id: params.id, code: params.code, forWriting: true });
  return postEvidence(req, db, actor, ref);
});
