import { desc, eq } from "drizzle-orm";
import type { DbOrTx } from "../index";
import { apiTokens, users } from "../schema";

/** API tokens, newest first: one user's, or everyone's when no user is given (administrators). */
export async function listApiTokens(db: DbOrTx, userId?: string) {
  return db
    .select({
      id: apiTokens.id,
      name: apiTokens.name,
      scope: apiTokens.scope,
      tokenPrefix: apiTokens.tokenPrefix,
      createdAt: apiTokens.createdAt,
      lastUsedAt: apiTokens.lastUsedAt,
      expiresAt: apiTokens.expiresAt,
      revokedAt: apiTokens.revokedAt,
      userId: apiTokens.userId,
      userName: users.name,
      userEmail: users.email,
    })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .where(userId ? eq(apiTokens.userId, userId) : undefined)
    .orderBy(desc(apiTokens.createdAt));
}
