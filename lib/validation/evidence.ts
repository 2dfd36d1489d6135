/**
 * Inputs of the evidence routes: a link to attach (a file comes as multipart/form-data, read by
 * lib/evidence/upload-body.ts) and the route segments. Shared by the API and the OpenAPI document.
 */
import { z } from "zod";
import { zodMessage as m, fieldRef } from "@/lib/i18n/server-message";
import { optionalText } from "./inputs";
import { isUuid } from "./ids";
import { codeParams, idParams } from "./route-params";

const MAX_URL_CHARS = 2000;

/** Only web addresses: a `javascript:` or `file:` link offered as evidence would run or leak when followed. */
const webAddress = z
  .string({ error: m("validation.mustBeText", { field: fieldRef("url") }) })
  .trim()
  .max(MAX_URL_CHARS, m("validation.tooLong", { field: fieldRef("url"), max: MAX_URL_CHARS }))
  .refine(
    (v) => {
      try {
        const u = new URL(v);
        return (u.protocol === "http:" || u.protocol === "https:") && u.hostname !== "";
      } catch {
        return false;
      }
    },
    { message: m("evidence.linkScheme") },
  );

/** POST …/evidence with application/json: a link, with a label saying what it is. */
export const evidenceLinkInput = z
  .object({
    url: webAddress,
    label: optionalText("label", 200).optional(),
  })
  .strict();
export type EvidenceLinkInput = z.infer<typeof evidenceLinkInput>;

export const evidenceIdParams = idParams("evidence.noEvidence");

/** `{ id, code }` of /rounds/{id}/answers/{code}/evidence. */
export const answerEvidenceParams = codeParams.extend({
  id: z.string().refine(isUuid, { error: (issue) => m("evidence.noRound", { id: String(issue.input) }) }),
});
