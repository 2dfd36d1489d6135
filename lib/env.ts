/**
 * Server configuration read from the environment, validated once with zod so a bad value stops
 * start-up with a message that says which variable to fix.
 */
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";

const optionalUrl = z
  .string()
  .trim()
  .transform((v) => v || undefined)
  .pipe(z.url().optional())
  .optional();

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOSTNAME: z.string().default("0.0.0.0"),
  DATABASE_URL: optionalUrl,
  REDIS_URL: optionalUrl,
  DATA_DIR: z.string().default(".data"),
  NEXTAUTH_URL: optionalUrl,
  NEXTAUTH_SECRET: z.string().min(32, "NEXTAUTH_SECRET must be at least 32 characters").optional(),
  SEED_DEMO: z.enum(["true", "false"]).optional(),
  OIDC_ISSUER: optionalUrl,
  OIDC_CLIENT_ID: z.string().optional(),
  OIDC_CLIENT_SECRET: z.string().optional(),
  OIDC_NAME: z.string().default("Single sign-on"),
  /** smtp://user:pass@host:587 or smtps://…: where notification mail is sent. Unset: no mail at all. */
  SMTP_URL: z
    .string()
    .trim()
    .transform((v) => v || undefined)
    .pipe(z.url({ protocol: /^smtps?$/, error: "SMTP_URL must be an smtp:// or smtps:// address" }).optional())
    .optional(),
  /** The From of notification mail. */
  SMTP_FROM: z.string().trim().min(3).default("Twin City Tracker <no-reply@localhost>"),
  TRUSTED_PROXIES: z
    .string()
    .trim()
    .regex(/^(10|\d)?$/, "TRUSTED_PROXIES must be the number of proxies in front of the app, 0 to 10")
    .transform(Number)
    .default(0),
});

export type ServerEnv = z.infer<typeof envSchema>;

export function readEnv(source: Record<string, string | undefined> = process.env): ServerEnv {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join("\n")}`);
  }
  const env = parsed.data;
  const oidc = [env.OIDC_ISSUER, env.OIDC_CLIENT_ID, env.OIDC_CLIENT_SECRET];
  if (oidc.some(Boolean) && !oidc.every(Boolean)) {
    throw new Error("Invalid configuration: set OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET together, or none.");
  }
  return env;
}

/**
 * The secret that signs session cookies. In the embedded default (no DATABASE_URL) it is generated
 * once and kept in the data folder, so a newcomer configures nothing. A real deployment must set
 * NEXTAUTH_SECRET: instances behind a load balancer need the same one.
 */
export function resolveAuthSecret(env: ServerEnv): string {
  if (env.NEXTAUTH_SECRET) return env.NEXTAUTH_SECRET;
  if (env.DATABASE_URL && env.NODE_ENV === "production") {
    throw new Error(
      "NEXTAUTH_SECRET is not set. With DATABASE_URL in production every instance needs the same secret: " +
        "generate one with `openssl rand -base64 48` and set NEXTAUTH_SECRET.",
    );
  }
  const dir = path.resolve(/*turbopackIgnore: true*/ env.DATA_DIR);
  const file = path.join(dir, "auth-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(dir, { recursive: true });
  const secret = randomBytes(48).toString("base64url");
  writeFileSync(file, secret + "\n", { mode: 0o600 });
  return secret;
}
