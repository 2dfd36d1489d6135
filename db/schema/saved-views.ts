import { sql } from "drizzle-orm";
import { boolean, check, index, pgTable, primaryKey, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { users } from "./users";

/** The tables a view can belong to: the recommendations list and All actions. */
export const viewLists = ["recommendations", "actions"] as const;
export type ViewList = (typeof viewLists)[number];
const listCheck = (column: unknown) => sql`${column} IN ('recommendations', 'actions')`;

/**
 * A named table view: a list page's URL query (filters, sort, grouping, columns), private to its
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
    /** Which table the query is for; names are unique per owner and table. */
    list: text().$type<ViewList>().notNull().default("recommendations"),
    name: text().notNull(),
    query: text().notNull(),
    shared: boolean().notNull().default(false),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique().on(t.ownerId, t.list, t.name), index().on(t.shared), check("saved_view_list", listCheck(t.list))],
);

/** The view each of a user's lists opens with when the URL names none. */
export const userDefaultViews = pgTable(
  "user_default_views",
  {
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    list: text().$type<ViewList>().notNull().default("recommendations"),
    viewId: uuid()
      .notNull()
      .references(() => savedViews.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.userId, t.list] }), check("user_default_view_list", listCheck(t.list))],
);
