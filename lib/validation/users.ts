/** Inputs of account administration (Admin → Users). */
import { z } from "zod";
import { userRoles } from "@/db/schema/enums";
import { passwordProblem } from "@/lib/auth/password";
import { zodMessage as m } from "@/lib/i18n/server-message";

const newPassword = z.string({ error: m("validation.enterPassword") }).superRefine((value, ctx) => {
  const problem = passwordProblem(value);
  if (problem) ctx.addIssue({ code: "custom", message: m(problem.key, problem.values) });
});

const userName = z
  .string({ error: m("validation.enterName") })
  .trim()
  .min(1, m("validation.enterPersonName"))
  .max(200, m("validation.nameLength"));

/** An agency key, or null/"" for none. */
const agencyChoice = z
  .string()
  .trim()
  .max(64)
  .nullable()
  .transform((v) => v || null);

const userId = z.uuid(m("validation.unknownUser"));

export const userCreateInput = z
  .object({
    name: userName,
    email: z
      .string({ error: m("validation.enterEmail") })
      .trim()
      .toLowerCase()
      .max(254, m("validation.emailLength"))
      .pipe(z.email(m("validation.emailFormat"))),
    role: z.enum(userRoles, { error: m("validation.chooseRole", { roles: userRoles.join(", ") }) }),
    agency: agencyChoice.optional(),
    password: newPassword,
  })
  .strict();

export const userUpdateInput = z
  .object({
    id: userId,
    name: userName.optional(),
    role: z.enum(userRoles, { error: m("validation.chooseRole", { roles: userRoles.join(", ") }) }).optional(),
    agency: agencyChoice.optional(),
  })
  .strict();

export const userActiveInput = z.object({ id: userId, active: z.boolean() }).strict();

export const passwordResetInput = z.object({ id: userId, password: newPassword }).strict();

export type UserCreateInput = z.output<typeof userCreateInput>;
export type UserUpdateInput = z.output<typeof userUpdateInput>;
export type UserActiveInput = z.output<typeof userActiveInput>;
export type PasswordResetInput = z.output<typeof passwordResetInput>;
