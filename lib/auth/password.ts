/**
 * Password hashing with scrypt from node:crypto (memory-hard, no native add-on to build).
 * Stored form: `scrypt$N$r$p$<salt b64>$<hash b64>`, so parameters can be raised later
 * without invalidating existing hashes.
 */
import { randomBytes, scrypt as scryptCb, timingSafeEqual, type ScryptOptions } from "node:crypto";
import { english } from "@/lib/i18n/render-message";
import { msg, type Message } from "@/lib/i18n/server-message";

const N = 16384;
const r = 8;
const p = 1;
const KEY_LENGTH = 32;

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;

/**
 * The rules for a password being set (not for signing in): null when it is acceptable, otherwise
 * a message to show. The maximum counts UTF-16 units, as verifyPassword truncates by them; a longer
 * password would hash fine but never verify. The minimum counts characters as people see them.
 */
export function passwordProblem(password: string): Message | null {
  if ([...password].length < PASSWORD_MIN_LENGTH) return msg("validation.passwordShort", { min: PASSWORD_MIN_LENGTH });
  if (password.length > PASSWORD_MAX_LENGTH) return msg("validation.passwordLong", { max: PASSWORD_MAX_LENGTH });
  return null;
}

/** What is wrong with a new password, in English (the command line's words), or null. */
export function validateNewPassword(password: string): string | null {
  const problem = passwordProblem(password);
  return problem && english(problem);
}

function scrypt(password: string, salt: Buffer, keylen: number, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scryptCb(password, salt, keylen, options, (err, key) => (err ? reject(err) : resolve(key))),
  );
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const hash = await scrypt(password, salt, KEY_LENGTH, { N, r, p });
  return ["scrypt", N, r, p, salt.toString("base64"), hash.toString("base64")].join("$");
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parts = stored.split("$");
  if (parts.length !== 6 || parts[0] !== "scrypt") return false;
  const [, n, rr, pp, saltB64, hashB64] = parts as [string, string, string, string, string, string];
  const expected = Buffer.from(hashB64, "base64");
  const actual = await scrypt(password.slice(0, PASSWORD_MAX_LENGTH), Buffer.from(saltB64, "base64"), expected.length, {
    N: Number(n),
    r: Number(rr),
    p: Number(pp),
  });
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

/** A fixed hash to verify against when the account does not exist, so timing does not reveal it. */
let dummyHash: Promise<string> | undefined;
export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hashPassword(randomBytes(16).toString("hex"));
  return dummyHash;
}
