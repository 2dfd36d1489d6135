import { bigint, index, integer, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { recommendations } from "./recommendations";
import { users } from "./users";

/**
 * Append-only audit trail. A database trigger (migration 0001) refuses UPDATE and DELETE,
 * so not even a bug in the app can rewrite history.
 */
export const activityLog = pgTable(
  "activity_log",
  {
    id: bigint({ mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
    actorId: uuid().references(() => users.id, { onDelete: "set null" }),
    /** What acted when there is no user: "system", "seed", "api-token:…". */
    actorLabel: text(),
    /** "recommendation" | "action" | "owner" | "user" | "agency" | "auth" | … */
    entityType: text().notNull(),
    entityId: text(),
    /** Set for anything under a recommendation so its timeline is one indexed read. */
    recommendationId: uuid().references(() => recommendations.id, { onDelete: "cascade" }),
    /** "create" | "update" | "archive" | "restore" | "sign_in" | … */
    kind: text().notNull(),
    field: text(),
    fromValue: jsonb(),
    toValue: jsonb(),
    reason: text(),
    /** The entity's version after this change, so a stale writer can be told what changed since. */
    entityVersion: integer(),
  },
  (t) => [
    index().on(t.recommendationId, t.at),
    index().on(t.entityType, t.at),
    index().on(t.entityId, t.entityVersion),
  ],
);
