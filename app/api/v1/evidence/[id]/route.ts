import { apiRoute } from "@/lib/api/handler";
import { removeEvidence } from "@/db/mutations/evidence";
import { evidenceView } from "@/lib/evidence/api-view";
import { readableEvidence } from "@/lib/evidence/readable-evidence";
import { refuseCrossSite } from "@/lib/evidence/evidence-routes";
import { evidenceIdParams } from "@/lib/validation/evidence";

export const dynamic = "force-dynamic";

/** GET /api/v1/evidence/{id}: a file's or link's metadata. */
export const GET = apiRoute({ params: evidenceIdParams }, async ({ db, actor, params }) => ({
  data: evidenceView(await readableEvidence(db, actor, params.id)),
}));

/** DELETE /api/v1/evidence/{id}: remove it (whoever may attach evidence there). */
export const DELETE = apiRoute({ params: evidenceIdParams }, async ({ req, db, actor, params }) => {
  refuseCrossSite(req);
  return { data: await removeEvidence(db, actor, params.id) };
});
