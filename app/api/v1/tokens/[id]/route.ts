import { apiRoute } from "@/lib/api/handler";
import { revokeApiToken } from "@/db/mutations/tokens";
import { notFound } from "@/lib/errors";
import { isUuid } from "@/lib/validation/ids";

export const dynamic = "force-dynamic";

/** DELETE /api/v1/tokens/{id}: revoke (yours, or anyone's for an administrator). */
export const DELETE = apiRoute<{ id: string }>(async ({ db, actor, params }) => {
  if (!isUuid(params.id)) throw notFound("No such API token.");
  await revokeApiToken(db, actor, params.id);
  return { data: { revoked: true } };
});
