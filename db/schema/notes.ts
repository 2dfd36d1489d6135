import { sql } from "drizzle-orm";
import { bigint, index, pgTable, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { bytea } from "./bytea";
import { recommendations } from "./recommendations";
import { users } from "./users";

/**
 * The co-edited progress note of a recommendation. `state` is the Yjs document as of the last
 * compaction; updates received since are in note_updates, so the note is state + those updates.
 * `text` and `html` are derived from the document after edits settle (search, export, reports).
 */
export const notes = pgTable(
  "notes",
  {
    recommendationId: uuid()
      .primaryKey()
      .references(() => recommendations.id, { onDelete: "cascade" }),
    state: bytea().notNull(),
    text: text().notNull().default(""),
    html: text().notNull().default(""),
    /** `text` lower-cased and in one script, for search (db/search-text.ts). */
    searchText: text(),
    compactedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    derivedAt: timestamp({ withTimezone: true }),
    lastEditedAt: timestamp({ withTimezone: true }),
    lastEditedById: uuid().references(() => users.id, { onDelete: "set null" }),
  },
  (t) => [index("notes_search_text_trgm").using("gin", sql`${t.searchText} gin_trgm_ops`)],
);

/** Every Yjs update, written before the server acknowledges it, until compaction folds it in. */
export const noteUpdates = pgTable(
  "note_updates",
  {
    id: bigint({ mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    recommendationId: uuid()
      .notNull()
      .references(() => recommendations.id, { onDelete: "cascade" }),
    update: bytea().notNull(),
    userId: uuid().references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.recommendationId, t.id)],
);

/** A named, read-only copy of a note ("2026 Q4 report"). */
export const noteVersions = pgTable(
  "note_versions",
  {
    id: uuid().primaryKey().defaultRandom(),
    recommendationId: uuid()
      .notNull()
      .references(() => recommendations.id, { onDelete: "cascade" }),
    name: text().notNull(),
    state: bytea().notNull(),
    text: text().notNull(),
    html: text().notNull(),
    createdById: uuid().references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique().on(t.recommendationId, t.name), index().on(t.recommendationId, t.createdAt)],
);
