import { relations } from "drizzle-orm";
import { actions } from "./actions";
import { agencies } from "./agencies";
import { sourceDocuments } from "./documents";
import { indicatorReadings, indicators } from "./indicators";
import { recommendationOwners, recommendations } from "./recommendations";
import { users } from "./users";

export const agenciesRelations = relations(agencies, ({ one, many }) => ({
  parent: one(agencies, { fields: [agencies.parentId], references: [agencies.id] }),
  users: many(users),
}));

export const usersRelations = relations(users, ({ one }) => ({
  agency: one(agencies, { fields: [users.agencyId], references: [agencies.id] }),
}));

export const recommendationsRelations = relations(recommendations, ({ one, many }) => ({
  sourceDocument: one(sourceDocuments, {
    fields: [recommendations.sourceDocumentId],
    references: [sourceDocuments.id],
  }),
  owners: many(recommendationOwners),
  actions: many(actions),
  indicators: many(indicators),
}));

export const recommendationOwnersRelations = relations(recommendationOwners, ({ one }) => ({
  recommendation: one(recommendations, {
    fields: [recommendationOwners.recommendationId],
    references: [recommendations.id],
  }),
  agency: one(agencies, { fields: [recommendationOwners.agencyId], references: [agencies.id] }),
  contact: one(users, { fields: [recommendationOwners.contactUserId], references: [users.id] }),
}));

export const actionsRelations = relations(actions, ({ one }) => ({
  recommendation: one(recommendations, {
    fields: [actions.recommendationId],
    references: [recommendations.id],
  }),
  agency: one(agencies, { fields: [actions.agencyId], references: [agencies.id] }),
  assignee: one(users, { fields: [actions.assigneeId], references: [users.id] }),
}));

export const indicatorsRelations = relations(indicators, ({ one, many }) => ({
  recommendation: one(recommendations, {
    fields: [indicators.recommendationId],
    references: [recommendations.id],
  }),
  readings: many(indicatorReadings),
}));

export const indicatorReadingsRelations = relations(indicatorReadings, ({ one }) => ({
  indicator: one(indicators, { fields: [indicatorReadings.indicatorId], references: [indicators.id] }),
}));
