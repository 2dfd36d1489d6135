/**
 * The owners of a recommendation as a whole: which agencies, each as lead or supporting, and each
 * with its named contact. Shared by `PUT /api/v1/recommendations/{code}/owners`, the detail page's
 * server action and the OpenAPI document.
 */
import { z } from "zod";
import { ownerRoles } from "@/db/schema/enums";
import { recommendationCode } from "./inputs";

export const MAX_OWNERS = 40;

const noNul = (v: string) => !v.includes("\u0000");

/**
 * A contact: `{ userId }` (a user of the owning agency) or `{ name, email? }` (someone without an
 * account). One flat strict object rather than a union, so a mistake is told field by field instead
 * of as "no variant matched".
 */
export const ownerContactInput = z
  .strictObject(
    {
      userId: z.uuid("contact.userId must be the id of a user of the owning agency").optional(),
      name: z
        .string({ error: "contact.name must be text" })
        .refine(noNul, "contact.name may not contain the NUL character")
        .trim()
        .max(200, "contact.name is limited to 200 characters")
        .optional(),
      email: z
        .string({ error: "contact.email must be text" })
        .trim()
        .max(254, "contact.email is limited to 254 characters")
        .refine((v) => v === "" || z.email().safeParse(v).success, {
          message: "contact.email must be an e-mail address like name@agency.gov.hk, or left empty",
        })
        .nullable()
        .optional(),
    },
    { error: "contact must be { userId }, { name, email }, or null for no contact" },
  )
  .superRefine((c, ctx) => {
    const personGiven = Boolean(c.name) || Boolean(c.email);
    if (c.userId && personGiven) {
      ctx.addIssue({
        code: "custom",
        path: ["userId"],
        message:
          "A contact is either a user of the agency (userId) or a person without an account (name and e-mail), not both",
      });
    } else if (!c.userId && !c.name) {
      ctx.addIssue({
        code: "custom",
        path: ["name"],
        message: c.email
          ? "Give the contact's name as well as the e-mail"
          : "Give the contact's name, choose a user of the agency, or send null for no contact",
      });
    }
  })
  .transform((c) =>
    c.userId
      ? ({ kind: "user", userId: c.userId } as const)
      : ({ kind: "person", name: c.name!, email: c.email || null } as const),
  );

export const ownerInput = z.strictObject({
  agency: z
    .string({ error: "owners[].agency must be an agency key" })
    .trim()
    .min(1, "owners[].agency must be an agency key (GET /api/v1/agencies lists them)")
    .max(64, "owners[].agency is limited to 64 characters")
    .refine(noNul, "owners[].agency may not contain the NUL character"),
  role: z.enum(ownerRoles, { error: `owners[].role must be one of: ${ownerRoles.join(", ")}` }),
  /** Left out: the contact stays as it is (none for a new owner). null: no contact. */
  contact: ownerContactInput.nullable().optional(),
});

export const ownersPutInput = z.strictObject({
  version: z
    .number({ error: "version must be the number of the version your change is based on" })
    .int("version must be a whole number")
    .min(1, "version starts at 1"),
  owners: z
    .array(ownerInput, { error: "owners must be a list of { agency, role, contact? }" })
    .min(1, "Keep at least one owning agency: a recommendation without owners has no one to do the work")
    .max(MAX_OWNERS, `A recommendation has at most ${MAX_OWNERS} owning agencies`)
    .superRefine((owners, ctx) => {
      const seen = new Set<string>();
      for (const o of owners) {
        if (seen.has(o.agency))
          ctx.addIssue({
            code: "custom",
            path: ["agency"],
            message: `${o.agency} is listed twice; an agency owns a recommendation once, as lead or supporting`,
          });
        seen.add(o.agency);
      }
    }),
});

/** The owners saved from the detail page, which also names the recommendation. */
export const ownersSaveInput = ownersPutInput.extend({ code: recommendationCode });

export type OwnerContactInput = z.output<typeof ownerContactInput>;
export type OwnersPutInput = z.output<typeof ownersPutInput>;
