/**
 * Input schemas for every write, shared by the JSON API and the server actions so both accept and
 * refuse exactly the same things. `.strict()` refuses unknown fields instead of ignoring a typo.
 */
import { z } from "zod";
import {
  acceptances,
  actionStatuses,
  closureReasons,
  healths,
  horizons,
  ownerRoles,
  priorities,
  recommendationStatuses,
  themes,
} from "@/db/schema/enums";
import { tokenScopes } from "@/db/schema/security";
import { viewLists } from "@/db/schema/saved-views";

const oneOf = <T extends readonly [string, ...string[]]>(name: string, values: T) =>
  z.enum(values, { error: (i) => `${name} must be one of: ${values.join(", ")} (got ${JSON.stringify(i.input)})` });

// PostgreSQL cannot store the NUL character: text fields refuse it with a message naming the field.
export const text = (name: string, max: number) =>
  z
    .string({ error: `${name} must be text` })
    .refine((v) => !v.includes("\u0000"), { message: `${name} may not contain the NUL character` })
    .trim()
    .min(1, `${name} cannot be empty`)
    .max(max, `${name} is limited to ${max} characters`);

export const optionalText = (name: string, max: number) =>
  z
    .string({ error: `${name} must be text` })
    .refine((v) => !v.includes("\u0000"), { message: `${name} may not contain the NUL character` })
    .trim()
    .max(max, `${name} is limited to ${max} characters`)
    .transform((v) => v || null)
    .nullable();

/** A calendar date as YYYY-MM-DD between 2000 and 2100. */
export const isoDate = (name: string) =>
  z
    .string({ error: `${name} must be a date like 2026-12-31` })
    .regex(/^\d{4}-\d{2}-\d{2}$/, `${name} must be a date like 2026-12-31`)
    .refine(
      (v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v),
      {
        message: `${name} is not a real calendar date`,
      },
    )
    .refine((v) => v >= "2000-01-01" && v <= "2100-12-31", { message: `${name} must be between 2000 and 2100` });

const localized = (name: string, max: number) =>
  z
    .object(
      {
        en: text(`${name} (English)`, max),
        zhHans: text(`${name} (Simplified Chinese)`, max),
        zhHant: text(`${name} (Traditional Chinese)`, max),
      },
      { error: `${name} must be an object with en, zhHans and zhHant` },
    )
    .strict();

const version = z
  .number({ error: "version must be the number of the version your change is based on" })
  .int()
  .min(1, "version starts at 1");

export const recommendationCode = z
  .string()
  .trim()
  .regex(
    /^R-\d{3}-[A-Za-z0-9][A-Za-z0-9.-]{0,40}$/,
    "code must look like R-004-4.2.2.1 (R-, document number, section)",
  );

export const recommendationCreateInput = z
  .object({
    code: recommendationCode,
    title: localized("title", 300),
    summary: localized("summary", 4000),
    rationale: optionalText("rationale", 4000).optional(),
    theme: oneOf("theme", themes),
    horizon: oneOf("horizon", horizons),
    priority: oneOf("priority", priorities).default("medium"),
    targetDate: isoDate("targetDate").nullable().optional(),
    source: z
      .object({
        document: text("source.document", 64),
        locator: text("source.locator", 300),
        excerpt: text("source.excerpt", 2000),
      })
      .strict()
      .optional(),
    owners: z
      .array(z.object({ agency: text("owners[].agency", 64), role: oneOf("owners[].role", ownerRoles) }).strict())
      .max(20, "at most 20 owning agencies")
      .default([]),
  })
  .strict();

export const recommendationPatchInput = z
  .object({
    version,
    title: localized("title", 300).partial().optional(),
    summary: localized("summary", 4000).partial().optional(),
    rationale: optionalText("rationale", 4000).optional(),
    theme: oneOf("theme", themes).optional(),
    horizon: oneOf("horizon", horizons).optional(),
    priority: oneOf("priority", priorities).optional(),
    acceptance: oneOf("acceptance", acceptances).optional(),
    acceptanceReason: optionalText("acceptanceReason", 2000).optional(),
    status: oneOf("status", recommendationStatuses).optional(),
    closureReason: oneOf("closureReason", closureReasons).nullable().optional(),
    health: oneOf("health", healths).nullable().optional(),
    targetDate: isoDate("targetDate").nullable().optional(),
    reason: optionalText("reason", 1000).optional(),
  })
  .strict();

export const archiveInput = z
  .object({ code: recommendationCode, version, archived: z.boolean(), reason: optionalText("reason", 1000).optional() })
  .strict();

const progress = z
  .number({ error: "progress must be a whole number from 0 to 100" })
  .int("progress must be a whole number from 0 to 100")
  .min(0, "progress must be a whole number from 0 to 100")
  .max(100, "progress must be a whole number from 0 to 100");

/** The place in the recommendation's list of actions, from 0; a number past the end puts it last. */
const position = z
  .number({ error: "position must be a whole number from 0 (the top of the list)" })
  .int("position must be a whole number from 0 (the top of the list)")
  .min(0, "position must be a whole number from 0 (the top of the list)")
  .max(10_000, "position is at most 10000");

/** A translation of a title: text that may be "" (not written yet, the other languages stand in). */
const translation = (name: string, max: number) =>
  z
    .string({ error: `${name} must be text` })
    .refine((v) => !v.includes("\u0000"), { message: `${name} may not contain the NUL character` })
    .trim()
    .max(max, `${name} is limited to ${max} characters`);

/** An action's title and description in the three languages; `title` and `description` are the English ones. */
const actionTextFields = {
  title: translation("title", 300),
  titleZhHans: translation("titleZhHans", 300),
  titleZhHant: translation("titleZhHant", 300),
  description: optionalText("description", 4000).optional(),
  descriptionZhHans: optionalText("descriptionZhHans", 4000).optional(),
  descriptionZhHant: optionalText("descriptionZhHant", 4000).optional(),
};

export const actionTitleMissing =
  "Give the action a title in at least one language: English (title), Simplified Chinese (titleZhHans) or Traditional Chinese (titleZhHant).";

/** A new action needs a title in at least one language (the database checks it too). */
const hasTitle = <T extends { title?: string; titleZhHans?: string; titleZhHant?: string }>(schema: z.ZodType<T>) =>
  schema.refine((a) => Boolean(a.title || a.titleZhHans || a.titleZhHant), {
    message: actionTitleMissing,
    path: ["title"],
  });

const actionCreateFields = z
  .object({
    title: actionTextFields.title.default(""),
    titleZhHans: actionTextFields.titleZhHans.default(""),
    titleZhHant: actionTextFields.titleZhHant.default(""),
    description: actionTextFields.description,
    descriptionZhHans: actionTextFields.descriptionZhHans,
    descriptionZhHant: actionTextFields.descriptionZhHant,
    agency: text("agency", 64),
    assigneeId: z.uuid("assigneeId must be a user id").nullable().optional(),
    status: oneOf("status", actionStatuses).default("todo"),
    progress: progress.default(0),
    dueDate: isoDate("dueDate").nullable().optional(),
    /** Required when the status is done: what shows it is done. */
    completionNote: optionalText("completionNote", 2000).optional(),
    /** Required when the status is cancelled. */
    cancellationReason: optionalText("cancellationReason", 1000).optional(),
    /** Where it goes in the list; last when left out. */
    position: position.optional(),
  })
  .strict();

export const actionCreateInput = hasTitle(actionCreateFields);

export const actionPatchInput = z
  .object({
    version,
    // Any title may become "": the action keeps a title in at least one language (see updateAction).
    title: actionTextFields.title.optional(),
    titleZhHans: actionTextFields.titleZhHans.optional(),
    titleZhHant: actionTextFields.titleZhHant.optional(),
    description: actionTextFields.description,
    descriptionZhHans: actionTextFields.descriptionZhHans,
    descriptionZhHant: actionTextFields.descriptionZhHant,
    agency: text("agency", 64).optional(),
    assigneeId: z.uuid("assigneeId must be a user id").nullable().optional(),
    status: oneOf("status", actionStatuses).optional(),
    progress: progress.optional(),
    dueDate: isoDate("dueDate").nullable().optional(),
    /** Why the due date changes: required when it does, kept in the history. */
    reason: optionalText("reason", 1000).optional(),
    completionNote: optionalText("completionNote", 2000).optional(),
    cancellationReason: optionalText("cancellationReason", 1000).optional(),
    position: position.optional(),
  })
  .strict();

/** A measured quantity: a finite number within ±10^15 (PostgreSQL's numeric would take more, people never need it). */
export const measure = (name: string) =>
  z
    .number({ error: `${name} must be a number` })
    .finite(`${name} must be a finite number`)
    .min(-1e15, `${name} must be at least -1000000000000000`)
    .max(1e15, `${name} must be at most 1000000000000000`);

export const indicatorCreateInput = z
  .object({
    name: text("name", 200),
    unit: text("unit", 40),
    baseline: measure("baseline").nullable().optional(),
    baselineDate: isoDate("baselineDate").nullable().optional(),
    target: measure("target").nullable().optional(),
    targetDate: isoDate("targetDate").nullable().optional(),
  })
  .strict();

export const indicatorReadingInput = z
  .object({
    value: measure("value"),
    observedOn: isoDate("observedOn"),
    note: optionalText("note", 1000).optional(),
  })
  .strict();

export const tokenCreateInput = z
  .object({
    name: text("name", 100),
    scope: oneOf("scope", tokenScopes),
    expiresInDays: z.number().int().min(1).max(366).nullable().optional(),
  })
  .strict();

export type RecommendationCreateInput = z.infer<typeof recommendationCreateInput>;
export const leadAgencyInput = z
  .object({
    code: recommendationCode,
    version,
    side: oneOf("side", ["shenzhen", "hong_kong"] as const),
    agency: text("agency", 64),
  })
  .strict();

export const MAX_BULK_ROWS = 500;

export const bulkUpdateInput = z
  .object({
    items: z
      .array(z.object({ code: recommendationCode, version }).strict())
      .min(1, "Select at least one recommendation")
      .max(MAX_BULK_ROWS, `A bulk edit changes at most ${MAX_BULK_ROWS} recommendations`)
      .refine((items) => new Set(items.map((i) => i.code)).size === items.length, "A recommendation is listed twice"),
    changes: z
      .object({
        status: oneOf("status", recommendationStatuses).optional(),
        health: oneOf("health", healths).nullable().optional(),
        priority: oneOf("priority", priorities).optional(),
        addAgency: text("addAgency", 64).optional(),
        closureReason: oneOf("closureReason", closureReasons).optional(),
        reason: optionalText("reason", 1000).optional(),
      })
      .strict()
      .refine(
        (c) =>
          c.status !== undefined || c.health !== undefined || c.priority !== undefined || c.addAgency !== undefined,
        "Choose a change: status, health, priority or an agency to add",
      ),
  })
  .strict();

/** The same change to many actions from All actions: reassign, a new due date (with a reason) or a status. */
export const actionBulkInput = z
  .object({
    items: z
      .array(z.object({ id: z.uuid("Each item needs an action id"), version }).strict())
      .min(1, "Select at least one action")
      .max(MAX_BULK_ROWS, `A bulk edit changes at most ${MAX_BULK_ROWS} actions`)
      .refine((items) => new Set(items.map((i) => i.id)).size === items.length, "An action is listed twice"),
    changes: z
      .object({
        agency: text("agency", 64).optional(),
        assigneeId: z.uuid("assigneeId must be a user id").nullable().optional(),
        dueDate: isoDate("dueDate").nullable().optional(),
        status: oneOf("status", actionStatuses).optional(),
        /** Required with a due date: kept in each action's history. */
        reason: optionalText("reason", 1000).optional(),
        completionNote: optionalText("completionNote", 2000).optional(),
        cancellationReason: optionalText("cancellationReason", 1000).optional(),
      })
      .strict()
      .refine(
        (c) =>
          c.agency !== undefined || c.assigneeId !== undefined || c.dueDate !== undefined || c.status !== undefined,
        "Choose a change: agency, assignee, due date or status",
      ),
  })
  .strict();

export const savedViewInput = z
  .object({
    id: z.uuid("id must be a view id").optional(),
    /** The table the view is for; the recommendations list when absent. */
    list: z.enum(viewLists, "A view belongs to the recommendations list or to All actions").optional(),
    name: text("name", 80),
    /** The list URL's query string, without the leading "?". */
    query: z.string().max(2000, "A view's query is limited to 2,000 characters"),
    shared: z.boolean(),
    makeDefault: z.boolean().optional(),
  })
  .strict();

export const viewIdInput = z.object({ id: z.uuid() }).strict();

/** The view to open by default, or null for the plain list. */
export const defaultViewInput = z
  .object({
    id: z.uuid().nullable(),
    /** The table whose default it is; the recommendations list when absent. */
    list: z.enum(viewLists, "A view belongs to the recommendations list or to All actions").optional(),
  })
  .strict();

/** An action changed from the detail page, which also names the recommendation to refresh. */
export const actionSaveInput = actionPatchInput.extend({ id: z.uuid(), code: recommendationCode });

/** An action added from the detail page. */
export const actionAddInput = hasTitle(actionCreateFields.extend({ code: recommendationCode }));

/** A recommendation's tracking fields changed from its detail page. */
export const trackingSaveInput = recommendationPatchInput.extend({ code: recommendationCode });

export const tokenRevokeInput = z.object({ id: z.uuid("Unknown token") }).strict();

export const noteFreezeInput = z.strictObject({
  code: recommendationCode,
  name: z.string().trim().min(1, "Give the version a name").max(120, "At most 120 characters"),
});

export const noteRestoreInput = z.strictObject({ code: recommendationCode, versionId: z.uuid() });
/** Repair a damaged note, optionally restoring a report version in the same step. */
export const noteRepairInput = z.strictObject({ code: recommendationCode, versionId: z.uuid().optional() });

/** For actions that take nothing: anything sent is refused as an unknown field. */
export const noInput = z.object({}).strict();

export type SavedViewInput = z.infer<typeof savedViewInput>;
export type BulkUpdateInput = z.infer<typeof bulkUpdateInput>;
export type ActionBulkInput = z.infer<typeof actionBulkInput>;
export type RecommendationPatchInput = z.infer<typeof recommendationPatchInput>;
/** A parsed action to create; the titles left out are "" (callers in code may leave them out too). */
export type ActionCreateInput = Omit<z.output<typeof actionCreateInput>, "title" | "titleZhHans" | "titleZhHant"> & {
  title?: string;
  titleZhHans?: string;
  titleZhHant?: string;
};
export type ActionPatchInput = z.infer<typeof actionPatchInput>;
export type IndicatorCreateInput = z.infer<typeof indicatorCreateInput>;
export type IndicatorReadingInput = z.infer<typeof indicatorReadingInput>;
export type TokenCreateInput = z.infer<typeof tokenCreateInput>;
