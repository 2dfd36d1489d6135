/**
 * The owners of a recommendation as a whole: which agencies, each as lead or supporting, and each
 * with its named contact. Shared by `PUT /api/v1/recommendations/{code}/owners`, the detail page's
 * server action and the OpenAPI document.
 */
import { z } from "zod";
import { ownerRoles } from "@/db/schema/enums";
import { fieldRef, zodMessage as m } from "@/lib/i18n/server-message";
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
      userId: z.uuid(m("validation.contactUserId")).optional(),
      name: z
        .string({ error: m("validation.contactNameText") })
        .refine(noNul, m("validation.contactNameNul"))
        .trim()
        .max(200, m("validation.contactNameLength"))
        .optional(),
      email: z
        .string({ error: m("validation.contactEmailText") })
        .trim()
        .max(254, m("validation.contactEmailLength"))
        .refine((v) => v === "" || z.email().safeParse(v).success, {
          message: m("validation.contactEmail"),
        })
        .nullable()
        .optional(),
    },
    { error: m("validation.contactShape") },
  )
  .superRefine((c, ctx) => {
    const personGiven = Boolean(c.name) || Boolean(c.email);
    if (c.userId && personGiven) {
      ctx.addIssue({
        code: "custom",
        path: ["userId"],
        message: m("validation.contactBoth"),
      });
    } else if (!c.userId && !c.name) {
      ctx.addIssue({
        code: "custom",
        path: ["name"],
        message: c.email ? m("validation.contactNameWithEmail") : m("validation.contactNameOrUser"),
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
    .string({ error: m("validation.ownerAgencyKey") })
    .trim()
    .min(1, m("validation.ownerAgencyKeyEmpty"))
    .max(64, m("validation.ownerAgencyLength"))
    .refine(noNul, m("validation.ownerAgencyNul")),
  role: z.enum(ownerRoles, {
    error: m("validation.oneOfNoInput", { field: fieldRef("owners[].role"), values: ownerRoles.join(", ") }),
  }),
  /** Left out: the contact stays as it is (none for a new owner). null: no contact. */
  contact: ownerContactInput.nullable().optional(),
});

export const ownersPutInput = z.strictObject({
  version: z
    .number({ error: m("validation.versionNumber") })
    .int(m("validation.versionWhole"))
    .min(1, m("validation.versionStartsAt1")),
  owners: z
    .array(ownerInput, { error: m("validation.ownersShape") })
    .min(1, m("validation.keepOneOwner"))
    .max(MAX_OWNERS, m("validation.maxOwners", { max: MAX_OWNERS }))
    .superRefine((owners, ctx) => {
      const seen = new Set<string>();
      for (const o of owners) {
        if (seen.has(o.agency))
          ctx.addIssue({
            code: "custom",
            path: ["agency"],
            message: m("validation.ownerTwice", { agency: o.agency }),
          });
        seen.add(o.agency);
      }
    }),
});

/** The owners saved from the detail page, which also names the recommendation. */
export const ownersSaveInput = ownersPutInput.extend({ code: recommendationCode });

export type OwnerContactInput = z.output<typeof ownerContactInput>;
export type OwnersPutInput = z.output<typeof ownersPutInput>;
