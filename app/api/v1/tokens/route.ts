import { apiRoute } from "@/lib/api/handler";
import { createApiToken } from "@/db/mutations/tokens";
import { listApiTokens } from "@/db/queries/tokens";
import { tokenCreateInput } from "@/lib/validation/inputs";

export const dynamic = "force-dynamic";

/** GET /api/v1/tokens: your own tokens (never the secret). */
export const GET = apiRoute(async ({ db, actor }) => {
  const rows = await listApiTokens(db, actor.id);
  return {
    data: rows.map((t) => ({
      id: t.id,
      name: t.name,
      scope: t.scope,
      tokenPrefix: t.tokenPrefix,
      createdAt: t.createdAt,
      lastUsedAt: t.lastUsedAt,
      expiresAt: t.expiresAt,
      revokedAt: t.revokedAt,
    })),
  };
});

/** POST /api/v1/tokens: the answer holds the token itself, shown this once. Needs a session, not a token. */
export const POST = apiRoute({ body: tokenCreateInput }, async ({ db, actor, body }) => {
  return { data: await createApiToken(db, actor, body) };
});
