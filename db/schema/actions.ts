import { sql } from "drizzle-orm";
import { check, date, index, integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { agencies } from "./agencies";
import { actionStatusEnum } from "./enums";
import { recommendations } from "./recommendations";
import { users } from "./users";

/** A concrete step under a recommendation, assigned to an agency. */
export const actions = pgTable(
  "actions",
  {
    id: uuid().primaryKey().defaultRandom(),
    recommendationId: uuid()
      .notNull()
      .references(() => recommendations.id, { onDelete: "cascade" }),
    /**
     * The title and description in each language; an empty title is a translation nobody has written
     * yet (readers see another language, marked as such), but at least one title exists.
     */
    title: text().notNull(),
    titleZhHans: text().notNull().default(""),
    titleZhHant: text().notNull().default(""),
    description: text(),
    descriptionZhHans: text(),
    descriptionZhHant: text(),
    agencyId: uuid()
      .notNull()
      .references(() => agencies.id, { onDelete: "restrict" }),
    assigneeId: uuid().references(() => users.id, { onDelete: "set null" }),
    status: actionStatusEnum().notNull().default("todo"),
    progress: integer().notNull().default(0),
    dueDate: date(),
    completedAt: timestamp({ withTimezone: true }),
    /** The evidence that it is done, asked for when it is marked done. */
    completionNote: text(),
    /** Why it will not be done, asked for when it is cancelled. */
    cancellationReason: text(),
    /** Titles and descriptions lower-cased and in one script, for search (db/search-text.ts). */
    searchText: text(),
    /** Its place in the recommendation's list of actions, from 0 (people reorder them). */
    position: integer().notNull().default(0),
    version: integer().notNull().default(1),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    createdById: uuid().references(() => users.id, { onDelete: "set null" }),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedById: uuid().references(() => users.id, { onDelete: "set null" }),
  },
  (t) => [
    index().on(t.recommendationId, t.position),
    index().on(t.agencyId),
    index().on(t.dueDate),
    check("progress_range", sql`${t.progress} BETWEEN 0 AND 100`),
    check("title_present", sql`${t.title} <> '' OR ${t.titleZhHans} <> '' OR ${t.titleZhHant} <> ''`),
    index("actions_search_text_trgm").using("gin", sql`${t.searchText} gin_trgm_ops`),
  ],
);

export type Action = typeof actions.$inferSelect;
export type NewAction = typeof actions.$inferInsert;
