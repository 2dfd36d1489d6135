import { sql } from "drizzle-orm";
import { check, date, index, integer, pgTable, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { agencies } from "./agencies";
import { sourceDocuments } from "./documents";
import {
  acceptanceEnum,
  closureReasonEnum,
  healthEnum,
  horizonEnum,
  ownerRoleEnum,
  priorityEnum,
  recommendationStatusEnum,
} from "./enums";
import { users } from "./users";

export const recommendations = pgTable(
  "recommendations",
  {
    id: uuid().primaryKey().defaultRandom(),
    /** Human reference, e.g. "R-004-4.2.2.1": document number and section. */
    code: text().notNull().unique(),
    titleEn: text().notNull(),
    titleZhHans: text().notNull(),
    titleZhHant: text().notNull(),
    summaryEn: text().notNull(),
    summaryZhHans: text().notNull(),
    summaryZhHant: text().notNull(),
    rationale: text(),
    theme: text().notNull(),
    horizon: horizonEnum().notNull(),
    priority: priorityEnum().notNull().default("medium"),
    acceptance: acceptanceEnum().notNull().default("pending"),
    acceptanceReason: text(),
    status: recommendationStatusEnum().notNull().default("proposed"),
    closureReason: closureReasonEnum(),
    health: healthEnum(),
    targetDate: date(),
    sourceDocumentId: uuid().references(() => sourceDocuments.id, { onDelete: "restrict" }),
    /** Where in the document: section or paragraph, and the speaker for quoted proposals. */
    sourceLocator: text(),
    /** Copied verbatim from the document. */
    sourceExcerpt: text(),
    /** Code, titles, summaries and excerpt lower-cased and in one script, for search (db/search-text.ts). */
    searchText: text(),
    /** Incremented on every change; writes name the version they were based on. */
    version: integer().notNull().default(1),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    createdById: uuid().references(() => users.id, { onDelete: "set null" }),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedById: uuid().references(() => users.id, { onDelete: "set null" }),
    archivedAt: timestamp({ withTimezone: true }),
    archivedById: uuid().references(() => users.id, { onDelete: "set null" }),
  },
  (t) => [
    index().on(t.status),
    index().on(t.theme),
    index().on(t.updatedAt),
    index("recommendations_search_text_trgm").using("gin", sql`${t.searchText} gin_trgm_ops`),
    check("closed_has_reason", sql`${t.status} <> 'closed' OR ${t.closureReason} IS NOT NULL`),
  ],
);

/** Agencies responsible for a recommendation; each side can have its own lead. */
export const recommendationOwners = pgTable(
  "recommendation_owners",
  {
    id: uuid().primaryKey().defaultRandom(),
    recommendationId: uuid()
      .notNull()
      .references(() => recommendations.id, { onDelete: "cascade" }),
    agencyId: uuid()
      .notNull()
      .references(() => agencies.id, { onDelete: "restrict" }),
    role: ownerRoleEnum().notNull(),
    /** The owner's named contact: a user of that agency, or a name (and e-mail) for someone without an account. */
    contactUserId: uuid().references(() => users.id, { onDelete: "set null" }),
    contactName: text(),
    contactEmail: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique().on(t.recommendationId, t.agencyId),
    index().on(t.agencyId),
    check(
      "owner_contact_one_kind",
      sql`${t.contactUserId} IS NULL OR (${t.contactName} IS NULL AND ${t.contactEmail} IS NULL)`,
    ),
    check("owner_contact_email_has_name", sql`${t.contactEmail} IS NULL OR ${t.contactName} IS NOT NULL`),
  ],
);

export type Recommendation = typeof recommendations.$inferSelect;
export type NewRecommendation = typeof recommendations.$inferInsert;
