import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import type { DatabaseHandle } from "@/db";
import { activityLog, revokedSessions, users } from "@/db/schema";
import { DEMO_PASSWORD, demoUsers } from "@/db/seed/demo-users";
import { endSession, revokeAllSessions } from "@/db/mutations/sessions";
import { authenticateApiToken, createApiToken } from "@/db/mutations/tokens";
import { resetPassword } from "@/db/mutations/users";
import { DEFAULT_AFTER_SIGN_IN, landingPath, safeCallbackPath, sameOriginPath } from "@/lib/auth/callback-url";
import { authenticateWithPassword } from "@/lib/auth/credentials";
import {
  hashPassword,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  validateNewPassword,
  verifyPassword,
} from "@/lib/auth/password";
import { resolveSessionUser } from "@/lib/auth/session";
import {
  accessEndedSince,
  isSessionExpired,
  isSessionRevoked,
  SESSION_MAX_AGE_SECONDS,
  sessionExpiresAt,
} from "@/lib/auth/session-rules";
import { actorOf } from "@/lib/permissions";
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

describe("where sign-in leads: callbackUrl", () => {
  const origin = "http://localhost:3000";

  it("keeps a path on this site, with its query and fragment", () => {
    expect(sameOriginPath("/recommendations?theme=finance#top")).toBe("/recommendations?theme=finance#top");
    expect(sameOriginPath("/recommendations/R-004-4.2.2.1")).toBe("/recommendations/R-004-4.2.2.1");
    expect(sameOriginPath("/a/../settings/tokens")).toBe("/settings/tokens");
    // A percent-encoded backslash stays inside the path, where it names nothing elsewhere.
    expect(sameOriginPath("/%5Cevil.example/")).toBe("/%5Cevil.example/");
  });

  it("keeps an absolute URL only on this site's own origin, as a path", () => {
    expect(sameOriginPath(`${origin}/recommendations?q=x`, origin)).toBe("/recommendations?q=x");
    expect(sameOriginPath(`${origin}/recommendations`)).toBeNull();
    expect(sameOriginPath("http://localhost:3001/recommendations", origin)).toBeNull();
    expect(sameOriginPath("https://localhost:3000/recommendations", origin)).toBeNull();
    expect(sameOriginPath(`${origin}.evil.example/`, origin)).toBeNull();
    expect(sameOriginPath(`${origin}@evil.example/`, origin)).toBeNull();
  });

  it.each([
    ["a backslash after the slash (read as //)", "/\\evil.example/"],
    ["a backslash anywhere", "/ok\\..\\\\evil.example"],
    ["a tab after the slash (dropped by the URL parser)", "/\t/evil.example/"],
    ["a newline after the slash", "/\n/evil.example/"],
    ["a raw CR LF (would split the Location header)", "/recommendations\r\nSet-Cookie: x=1"],
    ["a NUL", "/recommendations\u0000"],
    ["DEL", "/\u007f/evil.example"],
    ["a protocol-relative URL", "//evil.example/"],
    ["dot segments folding into //", "/..//evil.example"],
    ["dot segments, encoded", "/%2e%2e//evil.example"],
    ["another host", "https://evil.example/"],
    ["a javascript: URL", "javascript:alert(1)"],
    ["a data: URL", "data:text/html,<script>alert(1)</script>"],
    ["a relative path without a slash", "evil.example"],
    ["nothing", ""],
  ])("refuses %s", (_label, value) => {
    expect(sameOriginPath(value, origin)).toBeNull();
    expect(safeCallbackPath(value, origin)).toBe(DEFAULT_AFTER_SIGN_IN);
  });

  it("takes the first of repeated values and ignores what is not text", () => {
    expect(safeCallbackPath(["/settings/tokens", "//evil.example"])).toBe("/settings/tokens");
    expect(safeCallbackPath(["//evil.example", "/settings/tokens"])).toBe(DEFAULT_AFTER_SIGN_IN);
    expect(safeCallbackPath(undefined)).toBe(DEFAULT_AFTER_SIGN_IN);
    expect(safeCallbackPath(42)).toBe(DEFAULT_AFTER_SIGN_IN);
    expect(safeCallbackPath("/" + "a".repeat(3000))).toBe(DEFAULT_AFTER_SIGN_IN);
  });

  it("lands agency members on My work and everyone else on the list when no page was asked for", () => {
    expect(DEFAULT_AFTER_SIGN_IN).toBe("/");
    expect(landingPath({ role: "member", agencyId: "a" })).toBe("/my-work");
    expect(landingPath({ role: "member", agencyId: null })).toBe("/recommendations");
    for (const role of ["viewer", "coordinator", "admin"])
      expect(landingPath({ role, agencyId: role === "viewer" ? "a" : null })).toBe("/recommendations");
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

  it("ends every session one working day after its sign-in, however often it was renewed", () => {
    const signedInAt = cutOff.getTime();
    expect(sessionExpiresAt(signedInAt)).toEqual(new Date(signedInAt + SESSION_MAX_AGE_SECONDS * 1000));
    expect(isSessionExpired(signedInAt, new Date(signedInAt + SESSION_MAX_AGE_SECONDS * 1000 - 1))).toBe(false);
    expect(isSessionExpired(signedInAt, new Date(signedInAt + SESSION_MAX_AGE_SECONDS * 1000))).toBe(true);
    expect(isSessionExpired(undefined, cutOff)).toBe(true);
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

    it("revokes the user's API tokens too, and says so in the log; other users' tokens keep working", async () => {
      const sz = await userRow(handle, "sz.member@demo.local");
      const coordinator = await userRow(handle, "coordinator@demo.local");
      const minted = await createApiToken(handle.db, actorOf(sz), {
        name: "minted-with-a-stolen-session",
        scope: "write",
      });
      const second = await createApiToken(handle.db, actorOf(sz), { name: "ci", scope: "read" });
      const othersToken = await createApiToken(handle.db, actorOf(coordinator), { name: "theirs", scope: "read" });
      expect(await authenticateApiToken(handle.db, minted.token)).not.toBeNull();

      await revokeAllSessions(handle.db, { userId: sz.id });
      expect(await authenticateApiToken(handle.db, minted.token)).toBeNull();
      expect(await authenticateApiToken(handle.db, second.token)).toBeNull();
      expect(await authenticateApiToken(handle.db, othersToken.token)).not.toBeNull();
      const [event] = await handle.db
        .select()
        .from(activityLog)
        .where(and(eq(activityLog.kind, "sign_out_everywhere"), eq(activityLog.entityId, sz.id)));
      expect(event?.reason).toBe("2 API token(s) revoked");
    });
  });
});

describe("re-checking what a user opened earlier (an event stream)", () => {
  const openedAt = new Date("2031-03-01T10:00:00.000Z");
  const granted = { role: "member", agencyId: "a1" };
  const current = { active: true, role: "member", agencyId: "a1", sessionsValidAfter: null };

  it("keeps it while nothing about the user changed, or a sign-out everywhere came before it opened", () => {
    expect(accessEndedSince(granted, current, openedAt)).toBe(false);
    expect(
      accessEndedSince(granted, { ...current, sessionsValidAfter: new Date(openedAt.getTime() - 1) }, openedAt),
    ).toBe(false);
  });

  it("ends it for a deactivated or vanished user, a role or agency change, or a sign-out everywhere since", () => {
    expect(accessEndedSince(granted, undefined, openedAt)).toBe(true);
    expect(accessEndedSince(granted, { ...current, active: false }, openedAt)).toBe(true);
    expect(accessEndedSince(granted, { ...current, role: "viewer" }, openedAt)).toBe(true);
    expect(accessEndedSince(granted, { ...current, agencyId: "a2" }, openedAt)).toBe(true);
    expect(accessEndedSince(granted, { ...current, agencyId: null }, openedAt)).toBe(true);
    expect(
      accessEndedSince(granted, { ...current, sessionsValidAfter: new Date(openedAt.getTime() + 1) }, openedAt),
    ).toBe(true);
  });
});

describe("an administrator's password reset", () => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await createTestDb();
  });
  afterAll(() => handle.close());

  it("revokes the account's API tokens with its sessions, recorded with the reset", async () => {
    const admin = await userRow(handle, "admin@demo.local");
    const hk = await userRow(handle, "hk.member@demo.local");
    const token = await createApiToken(handle.db, actorOf(hk), {
      name: "minted-with-a-stolen-session",
      scope: "write",
    });
    expect(await authenticateApiToken(handle.db, token.token)).not.toBeNull();

    await resetPassword(handle.db, actorOf(admin), { id: hk.id, password: "a brand new passphrase" });
    expect(await authenticateApiToken(handle.db, token.token)).toBeNull();
    const [event] = await handle.db
      .select()
      .from(activityLog)
      .where(and(eq(activityLog.kind, "password_reset"), eq(activityLog.entityId, hk.id)));
    expect(event).toMatchObject({ actorId: admin.id, reason: "1 API token(s) revoked" });
  });
});

describe("signing out ends that session on the server", () => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await createTestDb();
  });
  afterAll(() => handle.close());

  it("refuses the signed-out session from then on, and keeps the user's other sessions", async () => {
    const viewer = await userRow(handle, "viewer@demo.local");
    const signedInAt = Date.now() - 60_000;
    const signedOut = { userId: viewer.id, sessionId: randomUUID(), signedInAt };
    const otherBrowser = { userId: viewer.id, sessionId: randomUUID(), signedInAt };
    expect((await resolveSessionUser(handle.db, signedOut))?.email).toBe("viewer@demo.local");

    await endSession(handle.db, { ...signedOut, expiresAt: sessionExpiresAt(signedInAt) });
    expect(await resolveSessionUser(handle.db, signedOut)).toBeNull();
    expect((await resolveSessionUser(handle.db, otherBrowser))?.email).toBe("viewer@demo.local");
    // Signing out twice (two tabs) is harmless.
    await endSession(handle.db, { ...signedOut, expiresAt: sessionExpiresAt(signedInAt) });
  });

  it("forgets ended sessions once they would have expired anyway", async () => {
    const viewer = await userRow(handle, "viewer@demo.local");
    const longAgo = Date.now() - 2 * SESSION_MAX_AGE_SECONDS * 1000;
    const old = randomUUID();
    await endSession(handle.db, { userId: viewer.id, sessionId: old, expiresAt: sessionExpiresAt(longAgo) });
    await endSession(handle.db, {
      userId: viewer.id,
      sessionId: randomUUID(),
      expiresAt: sessionExpiresAt(Date.now()),
    });
    const kept = await handle.db.select().from(revokedSessions);
    expect(kept.map((r) => r.sessionId)).not.toContain(old);
    // Such a session is refused for its age, row or no row.
    expect(await resolveSessionUser(handle.db, { userId: viewer.id, sessionId: old, signedInAt: longAgo })).toBeNull();
  });

  it("refuses sessions without an id or sign-in time, for unknown or inactive users, and malformed ids", async () => {
    const coordinator = await userRow(handle, "coordinator@demo.local");
    const now = Date.now();
    const valid = { userId: coordinator.id, sessionId: randomUUID(), signedInAt: now };
    expect(await resolveSessionUser(handle.db, valid)).toMatchObject({ id: coordinator.id, role: "coordinator" });
    expect(await resolveSessionUser(handle.db, { ...valid, sessionId: undefined })).toBeNull();
    expect(await resolveSessionUser(handle.db, { ...valid, signedInAt: undefined })).toBeNull();
    expect(await resolveSessionUser(handle.db, { ...valid, sessionId: "not-a-uuid" })).toBeNull();
    expect(await resolveSessionUser(handle.db, { ...valid, userId: randomUUID() })).toBeNull();
    await handle.db.update(users).set({ active: false }).where(eq(users.id, coordinator.id));
    expect(await resolveSessionUser(handle.db, valid)).toBeNull();
  });
});

async function userRow(handle: DatabaseHandle, email: string) {
  const [row] = await handle.db.select().from(users).where(eq(users.email, email));
  return row!;
}

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
