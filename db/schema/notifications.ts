import { sql } from "drizzle-orm";
import { bigint, date, index, jsonb, pgEnum, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { actions } from "./actions";
import { recommendations } from "./recommendations";
import { rounds } from "./rounds";
import { users } from "./users";

/**
 * Why someone is told. Stored as text, so adding a reason needs no migration; the list is here so
 * writers and the settings page share it.
 */
export const notificationReasons = [
  "action_assigned",
  "action_due_soon",
  "action_overdue",
  "round_opened",
  "round_due_soon",
  "answer_returned",
  "answer_submitted",
  "recommendation_changed",
  "mentioned",
] as const;
export type NotificationReason = (typeof notificationReasons)[number];

/** How a person wants mail for a reason: at once, in the daily digest (the default), or not at all. */
export const emailDeliveries = ["immediate", "daily", "none"] as const;
export type EmailDelivery = (typeof emailDeliveries)[number];
export const emailDeliveryEnum = pgEnum("email_delivery", emailDeliveries);

/**
 * One thing one person is told. `dedupeKey` is unique: recipient, reason, item and, for the timed
 * reasons, the day (or week) it is about, so two instances or a restarted scheduler never make it twice.
 * The mail columns let one instance claim a mail (FOR UPDATE SKIP LOCKED) and mark it sent.
 */
export const notifications = pgTable(
  "notifications",
  {
    id: bigint({ mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    recipientId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    reason: text().$type<NotificationReason>().notNull(),
    dedupeKey: text().notNull().unique(),
    /** Who caused it (null for the scheduler). */
    actorId: uuid().references(() => users.id, { onDelete: "set null" }),
    recommendationId: uuid().references(() => recommendations.id, { onDelete: "cascade" }),
    actionId: uuid().references(() => actions.id, { onDelete: "cascade" }),
    roundId: uuid().references(() => rounds.id, { onDelete: "cascade" }),
    /** What the message shows beyond the item's own fields (a status change's from/to, a comment). */
    detail: jsonb().$type<Record<string, unknown>>().notNull().default({}),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    readAt: timestamp({ withTimezone: true }),
    /** Set when the recipient's delivery for the reason is "immediate"; cleared of work once sent. */
    emailDueAt: timestamp({ withTimezone: true }),
    emailClaimedAt: timestamp({ withTimezone: true }),
    emailSentAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    index().on(t.recipientId, t.createdAt),
    index("notifications_unread")
      .on(t.recipientId)
      .where(sql`${t.readAt} IS NULL`),
    index("notifications_email_due")
      .on(t.emailDueAt)
      .where(sql`${t.emailDueAt} IS NOT NULL AND ${t.emailSentAt} IS NULL`),
  ],
);

/** A person's choice of mail per reason; a reason without a row is "daily". */
export const notificationPreferences = pgTable(
  "notification_preferences",
  {
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    reason: text().$type<NotificationReason>().notNull(),
    delivery: emailDeliveryEnum().notNull(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.reason] })],
);

/** One daily digest per person per day: claimed by one instance, then marked sent (never twice). */
export const emailDigests = pgTable(
  "email_digests",
  {
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    day: date().notNull(),
    claimedAt: timestamp({ withTimezone: true }),
    sentAt: timestamp({ withTimezone: true }),
    /** How many notifications it carried. */
    count: bigint({ mode: "number" }),
  },
  (t) => [primaryKey({ columns: [t.userId, t.day] })],
);

export type Notification = typeof notifications.$inferSelect;
