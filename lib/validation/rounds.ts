/**
 * Input schemas of reporting rounds: opening one, an agency's answer, the coordinator's review.
 * Shared by the API routes, the server actions of /rounds and the OpenAPI document.
 */
import { z } from "zod";
import { evidenceLinkInput } from "./evidence";
import { healths, recommendationStatuses } from "@/db/schema/enums";
import { fieldRef, listOf, zodMessage as m } from "@/lib/i18n/server-message";
import { filterIds } from "@/lib/table/filters";
import { isoDate, optionalText, recommendationCode, text } from "./inputs";
import { recommendationListQuery, searchParamsToObject, type RecommendationListQuery } from "./search-params";

const version = z
  .number({ error: m("validation.versionNumber") })
  .int()
  .min(1, m("validation.versionStartsAt1"));

const oneOf = <T extends readonly [string, ...string[]]>(name: string, values: T) =>
  z.enum(values, {
    error: (i) =>
      m("validation.oneOf", { field: fieldRef(name), values: listOf(values, "comma"), got: JSON.stringify(i.input) }),
  });

/** Only the list's filters narrow a round's scope: paging, sorting and columns do not change which items. */
const filtersOnly = recommendationListQuery.pick(
  Object.fromEntries(filterIds.map((id) => [id, true])) as { [K in (typeof filterIds)[number]]: true },
);
export type RoundFilters = Pick<RecommendationListQuery, (typeof filterIds)[number]>;

/**
 * The list's filters as an object (`{ "status": ["in_progress"], "side": "hong_kong" }`, a value a
 * string or a list, as in the list's URL) or as the list's query string (`status=in_progress&side=…`:
 * the current list link or a saved view's query), checked by the list's own schema.
 */
export const roundFilters = z
  .union([
    z.string().max(4000),
    z.record(z.string(), z.union([z.string().max(400), z.array(z.string().max(400)).max(50)])),
  ])
  .transform((raw) => {
    const params = new URLSearchParams();
    if (typeof raw === "string") {
      for (const [k, v] of new URLSearchParams(raw.replace(/^\?/, ""))) params.append(k, v);
    } else {
      for (const [k, v] of Object.entries(raw)) for (const one of [v].flat()) params.append(k, one);
    }
    // A list link also carries its view (sort, columns, page): not part of which items are in scope.
    for (const key of [...params.keys()]) if (!(filterIds as readonly string[]).includes(key)) params.delete(key);
    return searchParamsToObject(params);
  })
  .pipe(filtersOnly.strict());

/** POST /api/v1/rounds: a round over all open recommendations, or those the list's filters match. */
export const roundOpenInput = z
  .object({
    name: text("name", 200),
    dueDate: isoDate("dueDate"),
    message: optionalText("message", 4000).optional(),
    filters: roundFilters.optional(),
  })
  .strict();

/**
 * PUT /api/v1/rounds/{id}/answers/{code}: an agency's answer. `version` is the recommendation's
 * version the answer was written against; `requestVersion` the answer's own (see the round's
 * requests), needed once an answer was saved, so two writers never overwrite each other.
 */
const MAX_ANSWER_LINKS = 20;

const answerShape = {
  status: oneOf("status", recommendationStatuses).optional(),
  health: oneOf("health", healths).optional(),
  statement: z
    .string({ error: m("validation.mustBeText", { field: fieldRef("statement") }) })
    .refine((v) => !v.includes("\u0000"), { message: m("validation.noNul", { field: fieldRef("statement") }) })
    .trim()
    .max(20_000, m("validation.tooLong", { field: fieldRef("statement"), max: 20_000 })),
  targetDate: isoDate("targetDate").optional(),
  targetDateReason: optionalText("targetDateReason", 1000).optional(),
  submit: z.boolean({ error: m("rounds.validation.submit") }),
  version,
  requestVersion: version.optional(),
  /**
   * The answer's links as evidence, when given: they become exactly these (new ones attached, ones
   * left out removed). Files are attached through …/answers/{code}/evidence.
   */
  links: z
    .array(evidenceLinkInput)
    .max(MAX_ANSWER_LINKS, m("rounds.validation.tooManyLinks", { max: MAX_ANSWER_LINKS }))
    .optional(),
};
type AnswerShape = z.infer<z.ZodObject<typeof answerShape>>;

function answerRules(a: AnswerShape, ctx: z.RefinementCtx) {
  if (a.submit && !a.statement)
    ctx.addIssue({ code: "custom", path: ["statement"], message: m("rounds.validation.statementNeeded") });
  if (a.targetDate && !a.targetDateReason)
    ctx.addIssue({ code: "custom", path: ["targetDateReason"], message: m("rounds.validation.targetDateReason") });
}

export const answerInput = z.object(answerShape).strict().superRefine(answerRules);

const reviewShape = {
  decision: oneOf("decision", ["accept", "return"]),
  comment: optionalText("comment", 4000).optional(),
  /** The answering agency's key: needed when more than one agency owns the recommendation. */
  agency: text("agency", 64).optional(),
  /** The answer's version the reviewer read. */
  requestVersion: version.optional(),
};
function reviewRules(r: { decision: string; comment?: string | null }, ctx: z.RefinementCtx) {
  if (r.decision === "return" && !r.comment)
    ctx.addIssue({ code: "custom", path: ["comment"], message: m("rounds.validation.returnComment") });
}

/** POST /api/v1/rounds/{id}/answers/{code}/review. */
export const reviewInput = z.object(reviewShape).strict().superRefine(reviewRules);

const withdrawShape = { requestVersion: version.optional() };
/** POST /api/v1/rounds/{id}/answers/{code}/withdraw. */
export const withdrawInput = z.object(withdrawShape).strict();

const roundId = z.uuid(m("rounds.validation.roundId"));
const target = { roundId, code: recommendationCode };

/** Server actions of the round pages: the same inputs with the round and recommendation they concern. */
export const answerFormInput = z
  .object({ ...answerShape, ...target })
  .strict()
  .superRefine(answerRules);
export const reviewFormInput = z
  .object({ ...reviewShape, ...target })
  .strict()
  .superRefine(reviewRules);
export const withdrawFormInput = z.object({ ...withdrawShape, ...target }).strict();
export const closeFormInput = z.object({ roundId }).strict();
export const scopePreviewInput = z.object({ filters: roundFilters.optional() }).strict();

export type RoundOpenInput = z.infer<typeof roundOpenInput>;
export type AnswerInput = z.infer<typeof answerInput>;
export type ReviewInput = z.infer<typeof reviewInput>;
export type WithdrawInput = z.infer<typeof withdrawInput>;
