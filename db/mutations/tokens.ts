import { createHash, randomBytes } from "node:crypto";
import { and, eq, isNull, sql } from "drizzle-orm";
import type { DbOrTx } from "../index";
import { apiTokens, users, type User } from "../schema";
import type { Actor } from "@/lib/permissions";
import { notFound } from "@/lib/errors";
import { requireAllowed } from "./facts";
import type { TokenCreateInput } from "@/lib/validation/inputs";
import { publishAccessChange } from "../notify";
import { recordActivity, type ActorRef } from "./activity";

const PREFIX = "tct_";

/** Tokens carry 256 random bits, so a plain SHA-256 is enough to store them safely. */
export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** Creates a token and returns it in clear text: the only time it is ever shown. */
export async function createApiToken(db: DbOrTx, actor: Actor, input: TokenCreateInput) {
  requireAllowed(actor, { action: "token.create", scope: input.scope });
  const token = PREFIX + randomBytes(32).toString("base64url");
  const expiresAt = input.expiresInDays ? new Date(Date.now() + input.expiresInDays * 86_400_000) : null;
  const [row] = await db
    .insert(apiTokens)
    .values({
      userId: actor.id,
      name: input.name,
      scope: input.scope,
      tokenHash: hashToken(token),
      tokenPrefix: token.slice(0, PREFIX.length + 6),
      expiresAt,
    })
    .returning();
  await recordActivity(db, {
    actor: { id: actor.id },
    entityType: "api_token",
    entityId: row!.id,
    kind: "token_created",
    to: { name: input.name, scope: input.scope, expiresAt },
  });
  return { token, id: row!.id, name: row!.name, scope: row!.scope, tokenPrefix: row!.tokenPrefix, expiresAt };
}

export async function revokeApiToken(db: DbOrTx, actor: Actor, id: string) {
  const [token] = await db.select().from(apiTokens).where(eq(apiTokens.id, id));
  if (!token) throw notFound("errors.noToken");
  requireAllowed(actor, { action: "token.revoke", ownerId: token.userId });
  if (token.revokedAt) return;
  await db.update(apiTokens).set({ revokedAt: new Date(), revokedById: actor.id }).where(eq(apiTokens.id, id));
  await recordActivity(db, {
    actor: { id: actor.id },
    entityType: "api_token",
    entityId: id,
    kind: "token_revoked",
    to: { name: token.name, owner: token.userId },
  });
  // An event stream opened with this token closes and has to authenticate again.
  await publishAccessChange(db, [token.userId]);
}

/**
 * Revokes every live token of a user, for good (deactivation, "sign out everywhere", a password
 * reset): a token minted with a stolen session must not outlive the remedy. The caller records it
 * in the activity entry of the change that caused it. Returns how many were revoked.
 */
export async function revokeAllApiTokensOf(
  db: DbOrTx,
  params: { userId: string; by: ActorRef; now: Date },
): Promise<number> {
  const revoked = await db
    .update(apiTokens)
    .set({ revokedAt: params.now, revokedById: params.by.id })
    .where(and(eq(apiTokens.userId, params.userId), isNull(apiTokens.revokedAt)))
    .returning({ id: apiTokens.id });
  return revoked.length;
}

/** The activity-log reason that says how many tokens a change revoked (null for none). */
export function tokensRevokedReason(count: number): string | null {
  return count ? `${count} API token(s) revoked` : null;
}

/**
 * The user and scope behind a bearer token, or null when it is unknown, revoked, expired or its user
 * is inactive. Last use is recorded at most once a minute, so busy integrations don't write per call.
 */
export async function authenticateApiToken(
  db: DbOrTx,
  token: string,
): Promise<{ user: User; scope: "read" | "write"; name: string } | null> {
  if (!token.startsWith(PREFIX) || token.length > 100) return null;
  const [row] = await db
    .select({ token: apiTokens, user: users })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .where(and(eq(apiTokens.tokenHash, hashToken(token)), isNull(apiTokens.revokedAt)));
  if (!row || !row.user.active) return null;
  if (row.token.expiresAt && row.token.expiresAt.getTime() <= Date.now()) return null;
  if (!row.token.lastUsedAt || Date.now() - row.token.lastUsedAt.getTime() > 60_000) {
    await db
      .update(apiTokens)
      .set({ lastUsedAt: sql`now()` })
      .where(eq(apiTokens.id, row.token.id));
  }
  return { user: row.user, scope: row.token.scope, name: row.token.name };
}
