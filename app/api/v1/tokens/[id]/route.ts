import { apiRoute } from "@/lib/api/handler";
import { revokeApiToken } from "@/db/mutations/tokens";
import { tokenIdParams } from "@/lib/validation/route-params";

export const dynamic = "force-dynamic";

/** DELETE /api/v1/tokens/{id}: revoke (yours, or anyone's for an administrator). */
export const DELETE = apiRoute({ params: tokenIdParams }, async ({ db, actor, params }) => {
  await revokeApiToken(db, actor, params.id);
  return { data: { revoked: true } };
});
