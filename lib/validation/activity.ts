import { z } from "zod";
import { historySources } from "@/db/queries/history";
import { fieldRef, listOf, zodMessage as m } from "@/lib/i18n/server-message";
import { isoDate, recommendationCode } from "./inputs";
import { myWorkQueryInput } from "./my-work";

const MAX_BEFORE = Number.MAX_SAFE_INTEGER;

/**
 * The activity feed's filters and cursor, shared by the page (`/activity?…`) and the API
 * (`GET /api/v1/activity?…`). `kind` names an entry's source as the recommendation timeline tells
 * them apart (db/queries/history.ts).
 */
export const activityQuery = z
  .object({
    person: z.uuid({ error: m("activity.validation.person") }).optional(),
    agency: z
      .string()
      .trim()
      .regex(/^[a-z0-9][a-z0-9-]{0,63}$/, m("activity.validation.agency"))
      .optional(),
    kind: z
      .enum(historySources, {
        error: (i) => m("activity.validation.kind", { got: String(i.input), values: listOf(historySources, "comma") }),
      })
      .optional(),
    item: recommendationCode.optional(),
    from: isoDate("from").optional(),
    to: isoDate("to").optional(),
    before: z.coerce
      .number({ error: m("activity.validation.before") })
      .int(m("activity.validation.before"))
      .min(1, m("activity.validation.before"))
      .max(MAX_BEFORE, m("activity.validation.before"))
      .optional(),
    limit: z.coerce
      .number({ error: m("activity.validation.limit") })
      .int(m("activity.validation.limit"))
      .min(1, m("activity.validation.limit"))
      .max(100, m("activity.validation.limit"))
      .optional(),
  })
  .strict()
  .refine((q) => !q.from || !q.to || q.from <= q.to, {
    message: m("activity.validation.range", { from: fieldRef("from"), to: fieldRef("to") }),
    path: ["to"],
  });

export type ActivityQuery = z.output<typeof activityQuery>;

/** The query as a request or a page gets it: one value per key (the first when repeated), empty values left out. */
export const activityQueryInput = myWorkQueryInput;
