import { pgEnum } from "drizzle-orm/pg-core";

export const sides = ["shenzhen", "hong_kong", "joint", "national"] as const;
export const userRoles = ["admin", "coordinator", "member", "viewer"] as const;
export const locales = ["en", "zh-Hans", "zh-Hant"] as const;
export const horizons = ["short", "medium", "long"] as const;
export const priorities = ["high", "medium", "low"] as const;
export const acceptances = ["pending", "accepted", "partially_accepted", "not_accepted"] as const;
export const recommendationStatuses = [
  "proposed",
  "accepted",
  "in_progress",
  "implemented",
  "verified",
  "closed",
] as const;
export const closureReasons = ["implemented", "not_implemented", "superseded"] as const;
export const healths = ["on_track", "at_risk", "off_track"] as const;
export const ownerRoles = ["lead", "supporting"] as const;
export const actionStatuses = ["todo", "in_progress", "blocked", "done", "cancelled"] as const;
/** Themes are plain text in the database so a new theme needs no migration; this is the known list. */
export const themes = [
  "innovation",
  "industry",
  "finance",
  "talent",
  "governance",
  "infrastructure",
  "trade_services",
  "intellectual_property",
] as const;

export type Side = (typeof sides)[number];
export type UserRole = (typeof userRoles)[number];
export type Horizon = (typeof horizons)[number];
export type Priority = (typeof priorities)[number];
export type Acceptance = (typeof acceptances)[number];
export type RecommendationStatus = (typeof recommendationStatuses)[number];
export type ClosureReason = (typeof closureReasons)[number];
export type Health = (typeof healths)[number];
export type OwnerRole = (typeof ownerRoles)[number];
export type ActionStatus = (typeof actionStatuses)[number];
export type Theme = (typeof themes)[number];

export const sideEnum = pgEnum("side", sides);
export const userRoleEnum = pgEnum("user_role", userRoles);
export const localeEnum = pgEnum("locale", locales);
export const horizonEnum = pgEnum("horizon", horizons);
export const priorityEnum = pgEnum("priority", priorities);
export const acceptanceEnum = pgEnum("acceptance", acceptances);
export const recommendationStatusEnum = pgEnum("recommendation_status", recommendationStatuses);
export const closureReasonEnum = pgEnum("closure_reason", closureReasons);
export const healthEnum = pgEnum("health", healths);
export const ownerRoleEnum = pgEnum("owner_role", ownerRoles);
export const actionStatusEnum = pgEnum("action_status", actionStatuses);
