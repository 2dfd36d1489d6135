import { bigint, index, integer, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { recommendations } from "./recommendations";
import { users } from "./users";

/**
 * Every kind of entry the log holds, by the entity it is about. Writers can record only these
 * pairs (recordActivity is typed on them), and readers such as the history timeline switch on them
 * exhaustively, so a new kind is added here first and the compiler lists every place to handle it.
 * Stored as text: adding a kind needs no migration.
 */
export const activityKinds = {
  /**
   * Owners: `owner_added` (`to`: { agency, role }, or the abbreviation alone in older entries),
   * `owner_removed` (`from`: { agency, role }), `owner_role_changed` (`from`/`to`: { agency, role }),
   * `owner_contact_set` (`from`/`to`: { agency, contact }, contact the name shown or null).
   * `field` is "owners" so a stale writer is told that the owners changed.
   */
  recommendation: [
    "create",
    "update",
    "archive",
    "restore",
    "owner_added",
    "owner_removed",
    "owner_role_changed",
    "owner_contact_set",
  ],
  action: ["create", "update"],
  /**
   * "update": one entry per save, `field` the indicator's name before it, `from`/`to` the changed
   * fields only. "delete": `from` what it was (name, unit, how many readings went with it).
   */
  indicator: ["create", "update", "delete"],
  /** `field` holds the indicator's name, `to` (`from` for "delete") the value and the day it was observed. */
  indicator_reading: ["create", "delete"],
  /**
   * Progress notes: "edit" (live edits, one entry per person per few minutes), "freeze_version"
   * and "restore_version" (`to.name` is the version's name), "repair" (an administrator folded the
   * stored updates into a clean state). `entityId` is the recommendation's id.
   */
  note: ["edit", "freeze_version", "restore_version", "repair"],
  /**
   * Evidence on an action or a round answer: `to` (`from` for removal) is { kind: "file" | "link",
   * name (file name, or the link's label or address), size (files, bytes), on: "action" | "answer" }.
   * `entityId` is the evidence's id.
   */
  evidence: ["evidence_added", "evidence_removed"],
  /** A reporting round opened or closed; `entityId` is the round's id, `to` { name, dueDate, requests }. */
  round: ["round_opened", "round_closed"],
  /**
   * An agency's answer in a round, on the recommendation's timeline: `entityId` is the request's id,
   * `to` { round (its name), agency (abbreviation), comment? (a return's) }. The status and health
   * an accepted answer brings in are ordinary recommendation "update" entries beside it.
   */
  round_request: ["answer_submitted", "answer_withdrawn", "answer_returned", "answer_accepted"],
  /** An ownership moved or combined by an agency merge. */
  owner: ["owner_combined", "owner_moved"],
  user: [
    "user_created",
    "role_changed",
    "agency_changed",
    "name_changed",
    "user_deactivated",
    "user_reactivated",
    "password_reset",
  ],
  agency: ["agency_created", "agency_renamed", "agency_merged"],
  api_token: ["token_created", "token_revoked"],
  auth: ["sign_in", "sign_in_failed", "sign_out_everywhere"],
} as const satisfies Record<string, readonly string[]>;

export type ActivityEntityType = keyof typeof activityKinds;
export type ActivityKind<E extends ActivityEntityType = ActivityEntityType> = (typeof activityKinds)[E][number];
/** An entity type with one of its own kinds: the pairs the log may hold, one union member each. */
export type ActivityEvent = {
  [E in ActivityEntityType]: { [K in ActivityKind<E>]: { entityType: E; kind: K } }[ActivityKind<E>];
}[ActivityEntityType];

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
    entityType: text().$type<ActivityEntityType>().notNull(),
    entityId: text(),
    /** Set for anything under a recommendation so its timeline is one indexed read. */
    recommendationId: uuid().references(() => recommendations.id, { onDelete: "cascade" }),
    /** One of activityKinds[entityType]. */
    kind: text().$type<ActivityKind>().notNull(),
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
    // The workspace feed filtered by person pages by id under this (issue 12).
    index().on(t.actorId, t.id),
  ],
);
