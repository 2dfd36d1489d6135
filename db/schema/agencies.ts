import { type AnyPgColumn, index, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { sideEnum } from "./enums";

export const agencies = pgTable(
  "agencies",
  {
    id: uuid().primaryKey().defaultRandom(),
    /** Stable slug used in URLs, filters and the API, e.g. "sz-stic". */
    key: text().notNull().unique(),
    nameEn: text().notNull(),
    nameZhHans: text().notNull(),
    nameZhHant: text().notNull(),
    abbreviation: text().notNull(),
    side: sideEnum().notNull(),
    parentId: uuid().references((): AnyPgColumn => agencies.id, { onDelete: "set null" }),
    /** Set when this agency was merged into another; kept so history still resolves. */
    mergedIntoId: uuid().references((): AnyPgColumn => agencies.id, { onDelete: "set null" }),
    website: text(),
    email: text(),
    phone: text(),
    address: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.side)],
);

export type Agency = typeof agencies.$inferSelect;
