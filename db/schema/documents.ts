import { date, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";

/** The published reports that recommendations cite. */
export const sourceDocuments = pgTable("source_documents", {
  id: uuid().primaryKey().defaultRandom(),
  /** Stable identifier, the seed file's name, e.g. "004_7d5a100826662ce7". */
  key: text().notNull().unique(),
  title: text().notNull(),
  author: text(),
  publisher: text(),
  publishedOn: date(),
  /** The date as the document states it, when it gives no exact day. */
  dateNote: text(),
  kind: text().notNull(),
  body: text().notNull(),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});
