import { apiRoute } from "@/lib/api/handler";
import { setOwners } from "@/db/mutations/owners";
import { ownersPutInput } from "@/lib/validation/owners";
import { codeParams } from "@/lib/validation/route-params";

export const dynamic = "force-dynamic";

/**
 * PUT /api/v1/recommendations/{code}/owners: the owners as a whole (coordinators and
 * administrators). Send `version` (the one you read); 409 when it is stale.
 */
export const PUT = apiRoute({ params: codeParams, body: ownersPutInput }, async ({ db, actor, params, body }) => ({
  data: await setOwners(db, actor, params.code, body),
}));
