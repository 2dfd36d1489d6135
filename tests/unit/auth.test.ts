import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import type { DatabaseHandle } from "@/db";
import { users } from "@/db/schema";
import { DEMO_PASSWORD, demoUsers } from "@/db/seed/demo-users";
import { authenticateWithPassword } from "@/lib/auth/credentials";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { createTestDb } from "../helpers/test-db";

describe("password hashing", () => {
  it("verifies the right password and refuses a wrong one", async () => {
    const hash = await hashPassword("correct horse battery");
    expect(hash).toMatch(/^scrypt\$16384\$8\$1\$/);
    expect(await verifyPassword("correct horse battery", hash)).toBe(true);
    expect(await verifyPassword("correct horse batterx", hash)).toBe(false);
  });

  it("salts each hash", async () => {
    expect(await hashPassword("same password")).not.toBe(await hashPassword("same password"));
  });

  it("treats a malformed stored hash as a mismatch", async () => {
    expect(await verifyPassword("x", "md5$abc")).toBe(false);
  });
});

describe("signing in with e-mail and password", () => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await createTestDb();
  });
  afterAll(() => handle.close());

  it.each(demoUsers.map((u) => [u.email, u.role] as const))("lets %s in as %s", async (email, role) => {
    const user = await authenticateWithPassword(handle.db, { email, password: DEMO_PASSWORD });
    expect(user?.email).toBe(email);
    expect(user?.role).toBe(role);
    expect(user?.lastSignInAt).toBeInstanceOf(Date);
  });

  it("ignores the case and surrounding spaces of the e-mail", async () => {
    const user = await authenticateWithPassword(handle.db, { email: "  Admin@Demo.LOCAL ", password: DEMO_PASSWORD });
    expect(user?.email).toBe("admin@demo.local");
  });

  it("refuses a wrong password and an unknown account alike", async () => {
    expect(
      await authenticateWithPassword(handle.db, { email: "admin@demo.local", password: "wrong-password" }),
    ).toBeNull();
    expect(
      await authenticateWithPassword(handle.db, { email: "nobody@demo.local", password: DEMO_PASSWORD }),
    ).toBeNull();
  });

  it("refuses a deactivated account even with the right password", async () => {
    await handle.db.update(users).set({ active: false }).where(eq(users.email, "viewer@demo.local"));
    expect(
      await authenticateWithPassword(handle.db, { email: "viewer@demo.local", password: DEMO_PASSWORD }),
    ).toBeNull();
  });
});
