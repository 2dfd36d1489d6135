import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import type { DatabaseHandle } from "@/db";
import { activityLog, users } from "@/db/schema";
import { DEMO_PASSWORD, demoUsers } from "@/db/seed/demo-users";
import { authenticateWithPassword } from "@/lib/auth/credentials";
import {
  hashPassword,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  validateNewPassword,
  verifyPassword,
} from "@/lib/auth/password";
import { isSessionRevoked, revokeAllSessions } from "@/lib/auth/session";
import { rollBackEachTest } from "../helpers/rolled-back";
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

describe("rules for a new password", () => {
  it("accepts 12 to 256 characters", () => {
    expect(validateNewPassword("a".repeat(PASSWORD_MIN_LENGTH))).toBeNull();
    expect(validateNewPassword("a".repeat(PASSWORD_MAX_LENGTH))).toBeNull();
    expect(validateNewPassword("correct horse battery staple")).toBeNull();
  });

  it("says what is wrong with one too short or too long", () => {
    expect(validateNewPassword("")).toBe("The password must have at least 12 characters.");
    expect(validateNewPassword("a".repeat(11))).toBe("The password must have at least 12 characters.");
    expect(validateNewPassword("a".repeat(257))).toBe("The password must have at most 256 characters.");
  });

  it("counts a character outside the basic plane once for the minimum", () => {
    expect(validateNewPassword("🔑".repeat(11))).toBe("The password must have at least 12 characters.");
    expect(validateNewPassword("🔑".repeat(12))).toBeNull();
  });

  it("refuses what verification could never match: more than 256 UTF-16 units", () => {
    const long = "🔑".repeat(129); // 258 units
    expect(validateNewPassword(long)).toBe("The password must have at most 256 characters.");
  });
});

describe("sign out everywhere", () => {
  const cutOff = new Date("2031-03-01T10:00:00.000Z");

  it("keeps every session while the user has never signed out everywhere", () => {
    expect(isSessionRevoked(cutOff.getTime() - 1, null)).toBe(false);
    expect(isSessionRevoked(undefined, null)).toBe(false);
  });

  it("ends sessions signed in before the cut-off, and keeps those signed in since", () => {
    expect(isSessionRevoked(cutOff.getTime() - 1, cutOff)).toBe(true);
    expect(isSessionRevoked(cutOff.getTime(), cutOff)).toBe(false);
    expect(isSessionRevoked(cutOff.getTime() + 60_000, cutOff)).toBe(false);
  });

  it("ends a session that does not say when it signed in", () => {
    expect(isSessionRevoked(undefined, cutOff)).toBe(true);
    expect(isSessionRevoked(null, cutOff)).toBe(true);
    expect(isSessionRevoked(Number.NaN, cutOff)).toBe(true);
  });

  describe("on the database", () => {
    let shared: DatabaseHandle;
    beforeAll(async () => {
      shared = await createTestDb();
    });
    afterAll(() => shared.close());
    const handle = rollBackEachTest(() => shared);

    it("sets the user's cut-off and records a security event", async () => {
      const [user] = await handle.db.select().from(users).where(eq(users.email, "hk.member@demo.local"));
      expect(user!.sessionsValidAfter).toBeNull();
      expect(await revokeAllSessions(handle.db, { userId: user!.id, now: cutOff })).toEqual(cutOff);

      const [after] = await handle.db.select().from(users).where(eq(users.id, user!.id));
      expect(after!.sessionsValidAfter).toEqual(cutOff);
      expect(isSessionRevoked(cutOff.getTime() - 8 * 60 * 60 * 1000, after!.sessionsValidAfter)).toBe(true);

      const events = await handle.db
        .select()
        .from(activityLog)
        .where(and(eq(activityLog.entityType, "auth"), eq(activityLog.kind, "sign_out_everywhere")));
      expect(events).toHaveLength(1);
      expect(events[0]).toMatchObject({ actorId: user!.id, entityId: user!.id });

      // Other users' sessions are untouched.
      const others = await handle.db.select().from(users);
      expect(others.filter((u) => u.sessionsValidAfter !== null).map((u) => u.email)).toEqual(["hk.member@demo.local"]);
    });
  });
});

describe("signing in with e-mail and password", () => {
  let shared: DatabaseHandle;
  beforeAll(async () => {
    shared = await createTestDb();
  });
  afterAll(() => shared.close());
  const handle = rollBackEachTest(() => shared);

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
