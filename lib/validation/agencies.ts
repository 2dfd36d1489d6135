/** Inputs of agency administration (Admin → Agencies). */
import { z } from "zod";
import { sides } from "@/db/schema/enums";

const AGENCY_KEY_PATTERN = /^[a-z0-9-]{2,40}$/;

const agencyKey = z
  .string({ error: "Enter the agency key" })
  .trim()
  .regex(AGENCY_KEY_PATTERN, "Use 2 to 40 lower-case letters, digits or hyphens, e.g. sz-stic");

const name = (language: string) =>
  z
    .string({ error: `Enter the name in ${language}` })
    .trim()
    .min(1, `Enter the name in ${language}`)
    .max(300, "Names are limited to 300 characters");

const names = {
  nameEn: name("English"),
  nameZhHans: name("Simplified Chinese"),
  nameZhHant: name("Traditional Chinese"),
  abbreviation: z
    .string({ error: "Enter an abbreviation" })
    .trim()
    .min(1, "Enter an abbreviation, e.g. ITIB")
    .max(20, "The abbreviation is limited to 20 characters"),
};

export const agencyCreateInput = z
  .object({
    key: agencyKey,
    ...names,
    side: z.enum(sides, { error: `Choose a side: ${sides.join(", ")}` }),
  })
  .strict();

export const agencyRenameInput = z.object({ key: agencyKey, ...names }).strict();

export const agencyMergeInput = z
  .object({ sourceKey: agencyKey, targetKey: agencyKey })
  .strict()
  .refine((v) => v.sourceKey !== v.targetKey, {
    message: "Choose two different agencies: an agency cannot be merged into itself",
    path: ["targetKey"],
  });

export type AgencyCreateInput = z.output<typeof agencyCreateInput>;
export type AgencyRenameInput = z.output<typeof agencyRenameInput>;
export type AgencyMergeInput = z.output<typeof agencyMergeInput>;
