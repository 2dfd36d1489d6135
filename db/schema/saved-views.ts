import { boolean, index, pgTable, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { users } from "./users";

/**
 * A named table view: the list page's URL query (filters, sort, grouping, columns), private to its
 * owner or shared with everyone. Storing the query string keeps a saved view and a sent link the
 * same thing.
 */
export const savedViews = pgTable(
  "saved_views",
  {
    id: uuid().primaryKey().defaultRandom(),
    ownerId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    name: text().notNull(),
    query: text().notNull(),
    shared: boolean().notNull().default(false),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique().on(t.ownerId, t.name), index().on(t.shared)],
);

/** The view a user's list opens with when the URL names none. */
export const userDefaultViews = pgTable("user_default_views", {
  userId: uuid()
    .primaryKey()
    .references(() => users.id, { onDelete: "cascade" }),
  viewId: uuid()
    .notNull()
    .references(() => savedViews.id, { onDelete: "cascade" }),
});
