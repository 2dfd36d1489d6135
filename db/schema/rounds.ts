import { sql } from "drizzle-orm";
import {
  check,
  date,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  text,
  timestamp,
  unique,
  uuid,
} from "drizzle-orm/pg-core";
import { agencies } from "./agencies";
import { healthEnum, recommendationStatusEnum } from "./enums";
import { recommendations } from "./recommendations";
import { users } from "./users";

export const roundStatuses = ["open", "closed"] as const;
/**
 * Where one agency's answer for one recommendation stands. "late" is not stored: it is an answer
 * not yet submitted (not_started, draft, returned) once the round's due date has passed.
 */
export const requestStates = ["not_started", "draft", "submitted", "accepted", "returned"] as const;
export type RoundStatus = (typeof roundStatuses)[number];
export type RequestState = (typeof requestStates)[number];

export const roundStatusEnum = pgEnum("round_status", roundStatuses);
export const requestStateEnum = pgEnum("request_state", requestStates);

/**
 * A reporting round: the coordinator asks every owning agency for a status update on the
 * recommendations in scope by a due date ("2026 Q4 progress report").
 */
export const rounds = pgTable(
  "rounds",
  {
    id: uuid().primaryKey().defaultRandom(),
    name: text().notNull().unique(),
    dueDate: date().notNull(),
    /** The coordinator's message to the agencies, shown on every request. */
    message: text(),
    /** The list filters the scope was chosen with (null: all open recommendations), kept to say how. */
    filters: jsonb().$type<Record<string, unknown>>(),
    status: roundStatusEnum().notNull().default("open"),
    openedById: uuid().references(() => users.id, { onDelete: "set null" }),
    openedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    closedById: uuid().references(() => users.id, { onDelete: "set null" }),
    closedAt: timestamp({ withTimezone: true }),
    version: integer().notNull().default(1),
  },
  (t) => [
    index().on(t.status, t.dueDate),
    check("closed_has_time", sql`${t.status} <> 'closed' OR ${t.closedAt} IS NOT NULL`),
  ],
);

/**
 * One owning agency's answer for one recommendation in a round: created not_started when the round
 * opens, kept as a draft until submitted, then reviewed (accepted into the record, or returned with
 * a comment to be answered again). Drafts are seen only by the answering agency. Its files and
 * links are rows of `evidence` (db/schema/evidence.ts).
 */
export const roundRequests = pgTable(
  "round_requests",
  {
    id: uuid().primaryKey().defaultRandom(),
    roundId: uuid()
      .notNull()
      .references(() => rounds.id, { onDelete: "cascade" }),
    recommendationId: uuid()
      .notNull()
      .references(() => recommendations.id, { onDelete: "cascade" }),
    agencyId: uuid()
      .notNull()
      .references(() => agencies.id, { onDelete: "restrict" }),
    state: requestStateEnum().notNull().default("not_started"),
    proposedStatus: recommendationStatusEnum(),
    proposedHealth: healthEnum(),
    /** The progress statement, a few paragraphs in the writer's language. */
    statement: text().notNull().default(""),
    /** For late items: the revised target date and why. */
    targetDate: date(),
    targetDateReason: text(),
    /** The recommendation's version the answer was written against (a stale one is refused on accept). */
    basedOnVersion: integer(),
    updatedById: uuid().references(() => users.id, { onDelete: "set null" }),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    submittedById: uuid().references(() => users.id, { onDelete: "set null" }),
    submittedAt: timestamp({ withTimezone: true }),
    reviewedById: uuid().references(() => users.id, { onDelete: "set null" }),
    reviewedAt: timestamp({ withTimezone: true }),
    /** The coordinator's comment when the answer was returned (kept after it is answered again). */
    reviewComment: text(),
    /** Incremented on every change to the answer, so two writers never overwrite each other. */
    version: integer().notNull().default(1),
  },
  (t) => [
    unique().on(t.roundId, t.recommendationId, t.agencyId),
    index().on(t.agencyId, t.state),
    index().on(t.recommendationId),
    check("target_date_has_reason", sql`${t.targetDate} IS NULL OR coalesce(btrim(${t.targetDateReason}), '') <> ''`),
  ],
);

export type Round = typeof rounds.$inferSelect;
export type RoundRequest = typeof roundRequests.$inferSelect;
