import { boolean, index, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { agencies } from "./agencies";
import { localeEnum, userRoleEnum } from "./enums";

export const users = pgTable(
  "users",
  {
    id: uuid().primaryKey().defaultRandom(),
    name: text().notNull(),
    /** Always stored lower-case so sign-in is case-insensitive. */
    email: text().notNull().unique(),
    /** scrypt hash (see lib/auth/password.ts); null for accounts that only sign in through SSO. */
    passwordHash: text(),
    role: userRoleEnum().notNull().default("viewer"),
    agencyId: uuid().references(() => agencies.id, { onDelete: "set null" }),
    /** The interface language the user chose; null until they choose (the browser's languages decide). */
    locale: localeEnum(),
    active: boolean().notNull().default(true),
    /** Sessions issued before this moment are no longer accepted ("sign out everywhere"). */
    sessionsValidAfter: timestamp({ withTimezone: true }),
    lastSignInAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.agencyId)],
);

export type User = typeof users.$inferSelect;
