import { bigint, boolean, index, pgEnum, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "./users";

export const tokenScopes = ["read", "write"] as const;
export type TokenScope = (typeof tokenScopes)[number];
export const tokenScopeEnum = pgEnum("token_scope", tokenScopes);

/** Personal API tokens. Only a SHA-256 of the token is kept; the token itself is shown once. */
export const apiTokens = pgTable(
  "api_tokens",
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    name: text().notNull(),
    scope: tokenScopeEnum().notNull(),
    tokenHash: text().notNull().unique(),
    /** The first characters of the token, so people can tell their tokens apart. */
    tokenPrefix: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    lastUsedAt: timestamp({ withTimezone: true }),
    expiresAt: timestamp({ withTimezone: true }),
    revokedAt: timestamp({ withTimezone: true }),
    revokedById: uuid().references(() => users.id, { onDelete: "set null" }),
  },
  (t) => [index().on(t.userId)],
);

/** Every sign-in attempt, for throttling by account and by address (shared by all instances). */
export const signInAttempts = pgTable(
  "sign_in_attempts",
  {
    id: bigint({ mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
    email: text().notNull(),
    ip: text().notNull(),
    success: boolean().notNull(),
  },
  (t) => [index().on(t.email, t.at), index().on(t.ip, t.at)],
);
