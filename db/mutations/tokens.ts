import { createHash, randomBytes } from "node:crypto";
import { and, eq, isNull, sql } from "drizzle-orm";
import type { DatabaseHandle, DbOrTx } from "../index";
import { apiTokens, users, type User } from "../schema";
import type { Actor } from "@/lib/permissions";
import { notFound } from "@/lib/errors";
import { requireAllowed } from "./facts";
import type { TokenCreateInput } from "@/lib/validation/inputs";
import { ACCESS_CHANNEL, accessGeneration, noteAccessChange, publishAccessChange } from "../notify";
import { recordActivity, type ActorRef } from "./activity";
import { listenOnce } from "../listen-once";

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
  // An event stream opened with this token closes and has to authenticate again; this process's
  // cached authentications go now (the callers pass the database, so the revocation has committed).
  await publishAccessChange(db, [token.userId]);
  noteAccessChange();
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

export interface AuthenticatedToken {
  user: User;
  scope: "read" | "write";
  name: string;
}

/** A live token's row and user by hash, or null (unknown, revoked, expired, user inactive). */
async function findLiveToken(db: DbOrTx, token: string) {
  if (!token.startsWith(PREFIX) || token.length > 100) return null;
  const [row] = await db
    .select({ token: apiTokens, user: users })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .where(and(eq(apiTokens.tokenHash, hashToken(token)), isNull(apiTokens.revokedAt)));
  if (!row || !row.user.active) return null;
  if (row.token.expiresAt && row.token.expiresAt.getTime() <= Date.now()) return null;
  return row;
}

/** Last use is recorded at most once a minute, so busy integrations don't write per call. */
const LAST_USE_EVERY_MS = 60_000;

async function recordUse(db: DbOrTx, tokenId: string): Promise<void> {
  await db
    .update(apiTokens)
    .set({ lastUsedAt: sql`now()` })
    .where(eq(apiTokens.id, tokenId));
}

/**
 * The user and scope behind a bearer token, or null when it is unknown, revoked, expired or its user
 * is inactive, read from the database each time (the API asks `authenticateApiTokenCached`).
 */
export async function authenticateApiToken(db: DbOrTx, token: string): Promise<AuthenticatedToken | null> {
  const row = await findLiveToken(db, token);
  if (!row) return null;
  if (!row.token.lastUsedAt || Date.now() - row.token.lastUsedAt.getTime() > LAST_USE_EVERY_MS) {
    await recordUse(db, row.token.id);
  }
  return { user: row.user, scope: row.token.scope, name: row.token.name };
}

// ---------------------------------------------------------------------------------------------
// Authenticated tokens cached per process.
//
// A success is kept (by token hash, per database handle) for at most TOKEN_CACHE_MAX_AGE_MS and only
// while this process's access count (db/notify.ts) stays where it was when the token was read. It
// moves when a mutation here commits an access change (revocation, deactivation, role or agency
// change, sign-out everywhere, password reset, merge: `noteAccessChange` once the transaction is
// over), so the very next request on this instance reads the database again; and when the
// ACCESS_CHANNEL notification of any instance's change arrives. A read that was in flight when the count moved is not kept (it may have
// seen the database before the change committed). Failures are never cached. The age limit is a
// backstop for a notification lost while the listening connection was down (db/listener.ts), and
// for changes that send none (a user's own name or language as another instance saves it).
// TOKEN_CACHE=off turns it off.

export const TOKEN_CACHE_MAX_AGE_MS = 30_000;
const MAX_CACHED_TOKENS = 1_000;

interface CachedToken {
  at: number;
  expiresAt: number | null;
  tokenId: string;
  lastUsedAt: number;
  found: AuthenticatedToken;
}
interface TokenCache {
  generation: number;
  entries: Map<string, CachedToken>;
}

// On globalThis: Next loads its own copy of this module beside server.ts's. One cache per database
// handle, so tests (and scripts) with several databases in one process never share answers.
const CACHE_KEY = Symbol.for("twin-city-tracker.token-cache");
function cacheOf(handle: DatabaseHandle): TokenCache {
  const g = globalThis as typeof globalThis & { [CACHE_KEY]?: WeakMap<DatabaseHandle, TokenCache> };
  g[CACHE_KEY] ??= new WeakMap();
  let cache = g[CACHE_KEY].get(handle);
  if (!cache) {
    cache = { generation: accessGeneration(), entries: new Map() };
    g[CACHE_KEY].set(handle, cache);
  }
  return cache;
}

/** `authenticateApiToken` on the handle's database, answered from this process's cache when it may be. */
export async function authenticateApiTokenCached(
  handle: DatabaseHandle,
  token: string,
): Promise<AuthenticatedToken | null> {
  const { db } = handle;
  if (process.env.TOKEN_CACHE === "off" || !token.startsWith(PREFIX) || token.length > 100) {
    return authenticateApiToken(db, token);
  }
  const cache = cacheOf(handle);
  if (!(await listenOnce(handle, ACCESS_CHANNEL, noteAccessChange, "token cache"))) {
    return authenticateApiToken(db, token);
  }
  const generation = accessGeneration();
  if (cache.generation !== generation) {
    cache.entries.clear();
    cache.generation = generation;
  }
  const key = hashToken(token);
  const now = Date.now();
  const hit = cache.entries.get(key);
  if (hit && now - hit.at < TOKEN_CACHE_MAX_AGE_MS && (hit.expiresAt === null || hit.expiresAt > now)) {
    if (now - hit.lastUsedAt > LAST_USE_EVERY_MS) {
      hit.lastUsedAt = now;
      await recordUse(db, hit.tokenId);
    }
    return hit.found;
  }
  if (hit) cache.entries.delete(key);

  const row = await findLiveToken(db, token);
  if (!row) return null;
  const lastUse = row.token.lastUsedAt?.getTime() ?? 0;
  const recorded = now - lastUse > LAST_USE_EVERY_MS;
  if (recorded) await recordUse(db, row.token.id);
  const found: AuthenticatedToken = { user: row.user, scope: row.token.scope, name: row.token.name };
  // Kept only if no access change came in meanwhile: the read may predate it.
  if (accessGeneration() === generation) {
    cache.entries.set(key, {
      at: now,
      expiresAt: row.token.expiresAt?.getTime() ?? null,
      tokenId: row.token.id,
      lastUsedAt: recorded ? now : lastUse,
      found,
    });
    while (cache.entries.size > MAX_CACHED_TOKENS) cache.entries.delete(cache.entries.keys().next().value!);
  }
  return found;
}
