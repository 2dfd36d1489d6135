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
import { fieldRef, listOf, msg, zodMessage as m } from "@/lib/i18n/server-message";

// Messages are catalog keys (messages/*.json, `server.validation`); a field is named by its id
// (`fieldRef`), which reads as the id in English and as the field's name in Chinese.

/** One of `values`, named as the API takes them. */
const oneOf = <T extends readonly [string, ...string[]]>(name: string, values: T) =>
  z.enum(values, {
    error: (i) =>
      m("validation.oneOf", { field: fieldRef(name), values: listOf(values, "comma"), got: JSON.stringify(i.input) }),
  });

// PostgreSQL cannot store the NUL character: text fields refuse it with a message naming the field.
export const text = (name: string, max: number) =>
  z
    .string({ error: m("validation.mustBeText", { field: fieldRef(name) }) })
    .refine((v) => !v.includes("\u0000"), { message: m("validation.noNul", { field: fieldRef(name) }) })
    .trim()
    .min(1, m("validation.empty", { field: fieldRef(name) }))
    .max(max, m("validation.tooLong", { field: fieldRef(name), max }));

export const optionalText = (name: string, max: number) =>
  z
    .string({ error: m("validation.mustBeText", { field: fieldRef(name) }) })
    .refine((v) => !v.includes("\u0000"), { message: m("validation.noNul", { field: fieldRef(name) }) })
    .trim()
    .max(max, m("validation.tooLong", { field: fieldRef(name), max }))
    .transform((v) => v || null)
    .nullable();

/** A calendar date as YYYY-MM-DD between 2000 and 2100. */
export const isoDate = (name: string) =>
  z
    .string({ error: m("validation.dateFormat", { field: fieldRef(name) }) })
    .regex(/^\d{4}-\d{2}-\d{2}$/, m("validation.dateFormat", { field: fieldRef(name) }))
    .refine(
      (v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v),
      {
        message: m("validation.notRealDate", { field: fieldRef(name) }),
      },
    )
    .refine((v) => v >= "2000-01-01" && v <= "2100-12-31", {
      message: m("validation.dateRange", { field: fieldRef(name) }),
    });

/** `name` in three languages; each is the field `name.en`, `name.zhHans`, `name.zhHant` ("title (English)"). */
const localized = (name: string, max: number) =>
  z
    .object(
      {
        en: text(`${name}.en`, max),
        zhHans: text(`${name}.zhHans`, max),
        zhHant: text(`${name}.zhHant`, max),
      },
      { error: m("validation.localizedObject", { field: fieldRef(name) }) },
    )
    .strict();

const version = z
  .number({ error: m("validation.versionNumber") })
  .int()
  .min(1, m("validation.versionStartsAt1"));

export const recommendationCode = z
  .string()
  .trim()
  .regex(/^R-\d{3}-[A-Za-z0-9][A-Za-z0-9.-]{0,40}$/, m("validation.codeFormat"));

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
      .max(20, m("validation.atMost20Owners"))
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
  .number({ error: m("validation.progress") })
  .int(m("validation.progress"))
  .min(0, m("validation.progress"))
  .max(100, m("validation.progress"));

/** The place in the recommendation's list of actions, from 0; a number past the end puts it last. */
const position = z
  .number({ error: m("validation.position") })
  .int(m("validation.position"))
  .min(0, m("validation.position"))
  .max(10_000, m("validation.positionMax"));

/** A translation of a title: text that may be "" (not written yet, the other languages stand in). */
const translation = (name: string, max: number) =>
  z
    .string({ error: m("validation.mustBeText", { field: fieldRef(name) }) })
    .refine((v) => !v.includes("\u0000"), { message: m("validation.noNul", { field: fieldRef(name) }) })
    .trim()
    .max(max, m("validation.tooLong", { field: fieldRef(name), max }));

/** An action's title and description in the three languages; `title` and `description` are the English ones. */
const actionTextFields = {
  title: translation("title", 300),
  titleZhHans: translation("titleZhHans", 300),
  titleZhHant: translation("titleZhHant", 300),
  description: optionalText("description", 4000).optional(),
  descriptionZhHans: optionalText("descriptionZhHans", 4000).optional(),
  descriptionZhHant: optionalText("descriptionZhHant", 4000).optional(),
};

export const actionTitleMissing = msg("validation.actionTitleMissing");

/** A new action needs a title in at least one language (the database checks it too). */
const hasTitle = <T extends { title?: string; titleZhHans?: string; titleZhHant?: string }>(schema: z.ZodType<T>) =>
  schema.refine((a) => Boolean(a.title || a.titleZhHans || a.titleZhHant), {
    message: m("validation.actionTitleMissing"),
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
    assigneeId: z.uuid(m("validation.assigneeId")).nullable().optional(),
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
    assigneeId: z.uuid(m("validation.assigneeId")).nullable().optional(),
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
    .number({ error: m("validation.mustBeNumber", { field: fieldRef(name) }) })
    .finite(m("validation.finiteNumber", { field: fieldRef(name) }))
    .min(-1e15, m("validation.numberMin", { field: fieldRef(name) }))
    .max(1e15, m("validation.numberMax", { field: fieldRef(name) }));

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
      .min(1, m("validation.selectRecommendation"))
      .max(MAX_BULK_ROWS, m("validation.bulkMaxRecommendations", { max: MAX_BULK_ROWS }))
      .refine((items) => new Set(items.map((i) => i.code)).size === items.length, m("validation.recommendationTwice")),
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
        m("validation.chooseRecommendationChange"),
      ),
  })
  .strict();

/** The same change to many actions from All actions: reassign, a new due date (with a reason) or a status. */
export const actionBulkInput = z
  .object({
    items: z
      .array(z.object({ id: z.uuid(m("validation.actionId")), version }).strict())
      .min(1, m("validation.selectAction"))
      .max(MAX_BULK_ROWS, m("validation.bulkMaxActions", { max: MAX_BULK_ROWS }))
      .refine((items) => new Set(items.map((i) => i.id)).size === items.length, m("validation.actionTwice")),
    changes: z
      .object({
        agency: text("agency", 64).optional(),
        assigneeId: z.uuid(m("validation.assigneeId")).nullable().optional(),
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
        m("validation.chooseActionChange"),
      ),
  })
  .strict();

export const savedViewInput = z
  .object({
    id: z.uuid(m("validation.viewId")).optional(),
    /** The table the view is for; the recommendations list when absent. */
    list: z.enum(viewLists, m("validation.viewList")).optional(),
    name: text("name", 80),
    /** The list URL's query string, without the leading "?". */
    query: z.string().max(2000, m("validation.viewQuery")),
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
    list: z.enum(viewLists, m("validation.viewList")).optional(),
  })
  .strict();

/** An action changed from the detail page, which also names the recommendation to refresh. */
export const actionSaveInput = actionPatchInput.extend({ id: z.uuid(), code: recommendationCode });

/** An action added from the detail page. */
export const actionAddInput = hasTitle(actionCreateFields.extend({ code: recommendationCode }));

/** A recommendation's tracking fields changed from its detail page. */
export const trackingSaveInput = recommendationPatchInput.extend({ code: recommendationCode });

export const tokenRevokeInput = z.object({ id: z.uuid(m("validation.unknownToken")) }).strict();

export const noteFreezeInput = z.strictObject({
  code: recommendationCode,
  name: z.string().trim().min(1, m("validation.versionName")).max(120, m("validation.versionNameLength")),
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
