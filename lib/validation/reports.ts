/**
 * Input schemas of committee reports: asking for one (POST /api/v1/reports and the /reports page),
 * saving a definition to regenerate. Shared by the API route, the server actions and OpenAPI.
 */
import { z } from "zod";
import { reportFormats } from "@/db/schema/reports";
import { fieldRef, listOf, zodMessage as m } from "@/lib/i18n/server-message";
import { isoDate, text } from "./inputs";
import { isUuid } from "./ids";
import { idParams } from "./route-params";

const format = z.enum(reportFormats, {
  error: (i) =>
    m("validation.oneOf", {
      field: fieldRef("format"),
      values: listOf(reportFormats, "comma"),
      got: JSON.stringify(i.input),
    }),
});

const uuid = (field: string) =>
  z
    .string({ error: m("validation.mustBeText", { field: fieldRef(field) }) })
    .refine(isUuid, { error: () => m("reports.validation.notAnId", { field: fieldRef(field) }) });

/**
 * The list's filters as its query string ("theme=industry&side=hong_kong", what a saved view
 * stores) or as an object of the same keys (a value a string or a list). Checked against the
 * list's own schema when the report is asked for.
 */
const query = z
  .union([
    z.string().max(4000, m("validation.tooLong", { field: fieldRef("query"), max: 4000 })),
    z.record(z.string(), z.union([z.string().max(400), z.array(z.string().max(400)).max(50)])),
  ])
  .transform((raw) => {
    if (typeof raw === "string") return raw.replace(/^\?/, "");
    const params = new URLSearchParams();
    for (const [k, v] of Object.entries(raw)) params.set(k, [v].flat().join(","));
    return params.toString();
  });

const selectionFields = {
  query: query.optional(),
  viewId: uuid("viewId").nullable().optional(),
  round: uuid("round").nullable().optional(),
  from: isoDate("from").nullable().optional(),
  to: isoDate("to").nullable().optional(),
};

const periodInOrder = (v: { from?: string | null; to?: string | null }) => !v.from || !v.to || v.from <= v.to;
const periodMessage = { message: m("reports.validation.periodOrder"), path: ["to"] };

/** POST /api/v1/reports */
export const reportCreateInput = z
  .strictObject({
    title: text("title", 200),
    format,
    ...selectionFields,
  })
  .refine(periodInOrder, periodMessage);
export type ReportCreateInput = z.output<typeof reportCreateInput>;

/** Save the /reports form as a definition to regenerate for the next meeting. */
export const reportDefinitionInput = z
  .strictObject({
    name: text("name", 120),
    title: text("title", 200),
    format,
    ...selectionFields,
  })
  .refine(periodInOrder, periodMessage);
export type ReportDefinitionInput = z.output<typeof reportDefinitionInput>;

export const reportIdParams = idParams("reports.errors.noReport");
export const definitionIdInput = z.strictObject({ id: uuid("id") });
