/**
 * `npm run user:create -- --email a@b.org --name "Full Name" --role admin [--agency sz-stic]`
 * Creates a user on DATABASE_URL (or the embedded database). The password is read from the
 * USER_PASSWORD variable, or asked for on the terminal, never taken from the command line.
 */
import { parseArgs } from "node:util";
import { createInterface } from "node:readline/promises";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { openDatabase } from "../db";
import { agencies, users } from "../db/schema";
import { userRoles } from "../db/schema/enums";
import { hashPassword, validateNewPassword } from "../lib/auth/password";

async function main() {
  const { values } = parseArgs({
    options: {
      email: { type: "string" },
      name: { type: "string" },
      role: { type: "string" },
      agency: { type: "string" },
    },
  });

  const input = z
    .object({
      email: z.string().trim().toLowerCase().email("--email must be an e-mail address"),
      name: z.string().trim().min(1, "--name is required").max(200),
      role: z.enum(userRoles, { error: `--role must be one of: ${userRoles.join(", ")}` }),
      agency: z.string().optional(),
    })
    .safeParse(values);
  if (!input.success) {
    for (const issue of input.error.issues) console.error(issue.message);
    return process.exit(2);
  }

  let password = process.env.USER_PASSWORD;
  if (!password) {
    const rl = createInterface({ input: process.stdin, output: process.stdout });
    password = await rl.question("Password: ");
    rl.close();
  }
  const problem = validateNewPassword(password);
  if (problem) {
    console.error(problem);
    return process.exit(2);
  }

  const handle = await openDatabase({ url: process.env.DATABASE_URL || undefined });
  try {
    const { email, name, role, agency } = input.data;
    let agencyId: string | null = null;
    if (agency) {
      const [row] = await handle.db.select({ id: agencies.id }).from(agencies).where(eq(agencies.key, agency));
      if (!row) throw new Error(`No agency has the key "${agency}".`);
      agencyId = row.id;
    }
    if (role === "member" && !agencyId) throw new Error("A member belongs to an agency: add --agency <key>.");
    const [created] = await handle.db
      .insert(users)
      .values({ email, name, role, agencyId, passwordHash: await hashPassword(password) })
      .onConflictDoNothing({ target: users.email })
      .returning({ id: users.id });
    if (!created) throw new Error(`A user with the e-mail ${email} already exists.`);
    console.log(`Created ${role} ${email} (${created.id}) on ${handle.kind}.`);
  } catch (err) {
    console.error(err instanceof Error ? err.message : err);
    process.exitCode = 1;
  } finally {
    await handle.close();
  }
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
