import { randomBytes } from "node:crypto";
import postgres from "postgres";

/**
 * The real PostgreSQL for integration tests. Under CI it must be configured: a missing database is a
 * failure there, not a reason to skip.
 */
export function testDatabaseUrl(): string | undefined {
  const url = process.env.TEST_DATABASE_URL;
  if (!url && process.env.CI === "true") throw new Error("TEST_DATABASE_URL must be set under CI=true");
  return url;
}

/** Creates an empty database with a unique name next to TEST_DATABASE_URL's, and drops it afterwards. */
export async function createFreshPostgresDatabase(baseUrl: string) {
  const name = `tct_test_${Date.now()}_${randomBytes(3).toString("hex")}`;
  const admin = postgres(baseUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database "${name}"`);
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  return {
    name,
    url: url.toString(),
    async drop() {
      await admin.unsafe(`drop database if exists "${name}" with (force)`);
      await admin.end({ timeout: 5 });
    },
  };
}
