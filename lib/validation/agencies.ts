/** Inputs of agency administration (Admin → Agencies). */
import { z } from "zod";
import { sides } from "@/db/schema/enums";
import { zodMessage as m, type MessageKey } from "@/lib/i18n/server-message";

const AGENCY_KEY_PATTERN = /^[a-z0-9-]{2,40}$/;

const agencyKey = z
  .string({ error: m("validation.agencyKey") })
  .trim()
  .regex(AGENCY_KEY_PATTERN, m("validation.agencyKeyFormat"));

/** `enterName`: "Enter the name in English" and so on, one key per language. */
const name = (enterName: MessageKey) =>
  z
    .string({ error: m(enterName) })
    .trim()
    .min(1, m(enterName))
    .max(300, m("validation.agencyNameLength"));

const names = {
  nameEn: name("validation.agencyNameEn"),
  nameZhHans: name("validation.agencyNameZhHans"),
  nameZhHant: name("validation.agencyNameZhHant"),
  abbreviation: z
    .string({ error: m("validation.abbreviation") })
    .trim()
    .min(1, m("validation.abbreviationEmpty"))
    .max(20, m("validation.abbreviationLength")),
};

export const agencyCreateInput = z
  .object({
    key: agencyKey,
    ...names,
    side: z.enum(sides, { error: m("validation.chooseSide", { sides: sides.join(", ") }) }),
  })
  .strict();

export const agencyRenameInput = z.object({ key: agencyKey, ...names }).strict();

export const agencyMergeInput = z
  .object({ sourceKey: agencyKey, targetKey: agencyKey })
  .strict()
  .refine((v) => v.sourceKey !== v.targetKey, {
    message: m("validation.mergeItself"),
    path: ["targetKey"],
  });

export type AgencyCreateInput = z.output<typeof agencyCreateInput>;
export type AgencyRenameInput = z.output<typeof agencyRenameInput>;
export type AgencyMergeInput = z.output<typeof agencyMergeInput>;
