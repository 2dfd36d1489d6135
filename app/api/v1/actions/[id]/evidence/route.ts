import { apiRoute } from "@/lib/api/handler";
import { listVisibleEvidence, noAction, postEvidence } from "@/lib/evidence/evidence-routes";
import { actionIdParams } from "@/lib/validation/route-params";

export const dynamic = "force-dynamic";

/** GET /api/v1/actions/{id}/evidence: the action's files and links (metadata; download each from its downloadUrl). */
export const GET = apiRoute({ params: actionIdParams }, async ({ db, actor, params }) => ({
  data: await listVisibleEvidence(db, actor, { kind: "action", actionId: params.id }, noAction(params.id)),
}));

/** POST /api/v1/actions/{id}/evidence: a file (multipart/form-data, field `file`, at most 20 MB) or a link (JSON `{ url, label? }`). */
export const POST = apiRoute({ params: actionIdParams }, async ({ req, db, actor, params }) =>
  postEvidence(req, db, actor, { kind: "action", actionId: params.id }),
);
