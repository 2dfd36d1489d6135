/** Inputs of account administration (Admin → Users). */
import { z } from "zod";
import { userRoles } from "@/db/schema/enums";
import { validateNewPassword } from "@/lib/auth/password";

const newPassword = z.string({ error: "Enter a password" }).superRefine((value, ctx) => {
  const problem = validateNewPassword(value);
  if (problem) ctx.addIssue({ code: "custom", message: problem });
});

const userName = z
  .string({ error: "Enter a name" })
  .trim()
  .min(1, "Enter the person's name")
  .max(200, "The name is limited to 200 characters");

/** An agency key, or null/"" for none. */
const agencyChoice = z
  .string()
  .trim()
  .max(64)
  .nullable()
  .transform((v) => v || null);

const userId = z.uuid("Unknown user");

export const userCreateInput = z
  .object({
    name: userName,
    email: z
      .string({ error: "Enter an e-mail address" })
      .trim()
      .toLowerCase()
      .max(254, "The e-mail address is limited to 254 characters")
      .pipe(z.email("Enter an e-mail address like name@agency.gov.hk")),
    role: z.enum(userRoles, { error: `Choose a role: ${userRoles.join(", ")}` }),
    agency: agencyChoice.optional(),
    password: newPassword,
  })
  .strict();

export const userUpdateInput = z
  .object({
    id: userId,
    name: userName.optional(),
    role: z.enum(userRoles, { error: `Choose a role: ${userRoles.join(", ")}` }).optional(),
    agency: agencyChoice.optional(),
  })
  .strict();

export const userActiveInput = z.object({ id: userId, active: z.boolean() }).strict();

export const passwordResetInput = z.object({ id: userId, password: newPassword }).strict();

export type UserCreateInput = z.output<typeof userCreateInput>;
export type UserUpdateInput = z.output<typeof userUpdateInput>;
export type UserActiveInput = z.output<typeof userActiveInput>;
export type PasswordResetInput = z.output<typeof passwordResetInput>;
