import { sql } from "drizzle-orm";
import {
  bigint,
  check,
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
import { bytea } from "./bytea";
import { rounds } from "./rounds";
import { users } from "./users";

export const reportFormats = ["pdf", "xlsx", "html"] as const;
export type ReportFormat = (typeof reportFormats)[number];
export const reportFormatEnum = pgEnum("report_format", reportFormats);

/** queued → running → ready | failed. A running job whose heartbeat stops is queued again. */
export const reportStates = ["queued", "running", "ready", "failed"] as const;
export type ReportState = (typeof reportStates)[number];
export const reportStateEnum = pgEnum("report_state", reportStates);

/**
 * What a report covers: the recommendations list's filters as its URL query (the same string a
 * saved view stores, so a view and a report selection are one thing), optionally a reporting round
 * (its answers and frozen notes) and a period. Stored as given; resolved when the report is built.
 */
export interface ReportSelection {
  /** The list's filter query, e.g. "theme=industry&agency=hk-itib"; "" for everything. */
  query: string;
  /** A saved view whose query is used instead of `query`. */
  viewId?: string | null;
  roundId?: string | null;
  /** ISO dates: what "changed in the period" and overdue-by-then are measured against. */
  from?: string | null;
  to?: string | null;
}

/** A report someone means to produce again ("Joint committee, quarterly"): regenerated with one click. */
export const reportDefinitions = pgTable(
  "report_definitions",
  {
    id: uuid().primaryKey().defaultRandom(),
    ownerId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    name: text().notNull(),
    title: text().notNull(),
    selection: jsonb().$type<ReportSelection>().notNull(),
    format: reportFormatEnum().notNull().default("pdf"),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    version: integer().notNull().default(1),
  },
  (t) => [unique().on(t.ownerId, t.name)],
);

/**
 * One generation of a report: a job any instance may claim (FOR UPDATE SKIP LOCKED), with its
 * progress for the page to show, and the finished file. `snapshot` is the report's content as
 * built (so the printable page, the PDF and a later download show the same figures).
 */
export const reportJobs = pgTable(
  "report_jobs",
  {
    id: uuid().primaryKey().defaultRandom(),
    definitionId: uuid().references(() => reportDefinitions.id, { onDelete: "set null" }),
    requestedById: uuid().references(() => users.id, { onDelete: "set null" }),
    title: text().notNull(),
    selection: jsonb().$type<ReportSelection>().notNull(),
    format: reportFormatEnum().notNull(),
    /** The language the report is written in (the requester's at the time). */
    locale: text().notNull().default("en"),
    /** The round the selection names, kept so a deleted round does not leave a dangling id. */
    roundId: uuid().references(() => rounds.id, { onDelete: "set null" }),
    state: reportStateEnum().notNull().default("queued"),
    /** Work done out of total (entries built, then pages printed), for a progress bar. */
    done: integer().notNull().default(0),
    total: integer().notNull().default(0),
    /** What it is doing now, as a message key ("collecting", "rendering", "printing"). */
    stage: text(),
    error: text(),
    attempts: integer().notNull().default(0),
    /** The claiming instance updates this while it works; a stale one means the instance died. */
    heartbeatAt: timestamp({ withTimezone: true }),
    snapshot: jsonb(),
    fileName: text(),
    contentType: text(),
    byteSize: integer(),
    file: bytea(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    startedAt: timestamp({ withTimezone: true }),
    finishedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    index().on(t.state, t.createdAt),
    index().on(t.requestedById, t.createdAt),
    check("report_progress", sql`${t.done} >= 0 AND ${t.total} >= 0 AND ${t.done} <= ${t.total}`),
    check("report_ready_has_file", sql`${t.state} <> 'ready' OR ${t.file} IS NOT NULL`),
  ],
);

/** When each person last opened the activity feed: the "since my last visit" marker. */
export const activityVisits = pgTable("activity_visits", {
  userId: uuid()
    .primaryKey()
    .references(() => users.id, { onDelete: "cascade" }),
  /** The newest entry id the person has been shown. */
  lastSeenId: bigint({ mode: "number" }).notNull().default(0),
  /**
   * The marker this visit shows: entries above it are "new since my last visit". Moved to
   * `lastSeenId` only when a visit starts well after the previous one, so paging and reloading
   * within one sitting keep the same marker.
   */
  markerId: bigint({ mode: "number" }).notNull().default(0),
  visitedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});
