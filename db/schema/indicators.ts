import { date, index, numeric, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { recommendations } from "./recommendations";
import { users } from "./users";

/** A measurable sign of progress for a recommendation (e.g. "joint R&D projects funded"). */
export const indicators = pgTable(
  "indicators",
  {
    id: uuid().primaryKey().defaultRandom(),
    recommendationId: uuid()
      .notNull()
      .references(() => recommendations.id, { onDelete: "cascade" }),
    name: text().notNull(),
    unit: text().notNull(),
    baseline: numeric(),
    baselineDate: date(),
    target: numeric(),
    targetDate: date(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.recommendationId)],
);

export const indicatorReadings = pgTable(
  "indicator_readings",
  {
    id: uuid().primaryKey().defaultRandom(),
    indicatorId: uuid()
      .notNull()
      .references(() => indicators.id, { onDelete: "cascade" }),
    value: numeric().notNull(),
    observedOn: date().notNull(),
    note: text(),
    createdById: uuid().references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.indicatorId, t.observedOn)],
);

export type Indicator = typeof indicators.$inferSelect;
export type IndicatorReading = typeof indicatorReadings.$inferSelect;
