import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, asc, eq, sql } from "drizzle-orm";
import type { DatabaseHandle } from "@/db";
import { activityLog, signInAttempts, users } from "@/db/schema";
import { DEMO_PASSWORD } from "@/db/seed/demo-users";
import { authenticateWithPassword } from "@/lib/auth/credentials";
import {
  ADDRESS_FAILURE_THRESHOLD,
  clientAddress,
  SIGN_IN_MAX_DELAY_MS,
  SignInThrottledError,
  throttleDelayMs,
} from "@/lib/auth/throttle";
import { createTestDb } from "../helpers/test-db";

const WRONG = "not-the-password";

/** A clock the test moves by hand; each test starts on a day of its own so none sees another's attempts. */
function fakeClock(day: number) {
  let t = Date.UTC(2031, 0, day, 9, 0, 0);
  return {
    now: () => new Date(t),
    advance: (ms: number) => {
      t += ms;
    },
  };
}

describe("the delay policy", () => {
  it("waits 1, 2, 4, 8… seconds from the threshold on, capped at 15 minutes", () => {
    expect([0, 1, 2, 3, 4, 5, 6].map((f) => throttleDelayMs(f, 3))).toEqual([0, 0, 0, 1000, 2000, 4000, 8000]);
    expect(throttleDelayMs(9, 10)).toBe(0);
    expect(throttleDelayMs(10, 10)).toBe(1000);
    expect(throttleDelayMs(13, 3)).toBe(SIGN_IN_MAX_DELAY_MS);
    expect(throttleDelayMs(5000, 3)).toBe(SIGN_IN_MAX_DELAY_MS);
  });

  it("takes the client address from x-forwarded-for, then x-real-ip", () => {
    expect(clientAddress({ "x-forwarded-for": " 203.0.113.7, 10.0.0.1", "x-real-ip": "10.0.0.2" })).toBe("203.0.113.7");
    expect(clientAddress({ "x-real-ip": "10.0.0.2" })).toBe("10.0.0.2");
    expect(clientAddress({ "x-forwarded-for": ["198.51.100.1"] })).toBe("198.51.100.1");
    expect(clientAddress({})).toBe("unknown");
    expect(clientAddress(undefined)).toBe("unknown");
  });
});

describe("sign-in throttling", () => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await createTestDb();
  });
  afterAll(() => handle.close());

  /** One attempt: the user's e-mail on success, null on a refusal, "throttled:N" when throttled. */
  async function attempt(email: string, password: string, ip: string, now: Date): Promise<string | null> {
    try {
      const user = await authenticateWithPassword(handle.db, { email, password, ip, now });
      return user?.email ?? null;
    } catch (err) {
      if (err instanceof SignInThrottledError) return err.message;
      throw err;
    }
  }

  it("makes an account wait longer after each failure, measured from the last one", async () => {
    const clock = fakeClock(1);
    const email = "coordinator@demo.local";
    // A different address each time, so only the per-account throttle is at work.
    let n = 0;
    const ip = () => `192.0.2.${++n}`;
    for (let i = 0; i < 3; i++) expect(await attempt(email, WRONG, ip(), clock.now())).toBeNull();

    // 3 failures: the next attempt waits 1 s. Too early, even the right password is refused unchecked,
    // and the refusal counts: now 4 failures, so 2 s from this one.
    clock.advance(999);
    expect(await attempt(email, DEMO_PASSWORD, ip(), clock.now())).toBe("throttled:2");
    clock.advance(1999);
    expect(await attempt(email, DEMO_PASSWORD, ip(), clock.now())).toBe("throttled:4");
    // Waiting as told lets an attempt through: a wrong password is checked again (6 failures)…
    clock.advance(4000);
    expect(await attempt(email, WRONG, ip(), clock.now())).toBeNull();
    clock.advance(7999);
    expect(await attempt(email, WRONG, ip(), clock.now())).toBe("throttled:16");
    // …and after the 16 s the right password gets in.
    clock.advance(16_000);
    expect(await attempt(email, DEMO_PASSWORD, ip(), clock.now())).toBe(email);
  });

  it("throttles an unknown account the same way, with the same answer until then", async () => {
    const clock = fakeClock(2);
    const email = "nobody-at-all@demo.local";
    for (let i = 0; i < 3; i++) {
      expect(await attempt(email, WRONG, `198.51.100.${i}`, clock.now())).toBeNull();
      clock.advance(100);
    }
    expect(await attempt(email, WRONG, "198.51.100.9", clock.now())).toBe("throttled:2");
    // The case of the e-mail makes no difference.
    expect(await attempt("  NOBODY-at-all@demo.local ", WRONG, "198.51.100.9", clock.now())).toBe("throttled:4");
  });

  it("throttles an address after 10 failures across accounts, but not other addresses", async () => {
    const clock = fakeClock(3);
    const ip = "203.0.113.50";
    // One failure per account, so no account reaches its own threshold.
    for (let i = 0; i < ADDRESS_FAILURE_THRESHOLD; i++) {
      expect(await attempt(`guess-${i}@demo.local`, WRONG, ip, clock.now())).toBeNull();
      clock.advance(10);
    }
    expect(await attempt("sz.member@demo.local", DEMO_PASSWORD, ip, clock.now())).toBe("throttled:2");
    expect(await attempt("sz.member@demo.local", DEMO_PASSWORD, "203.0.113.51", clock.now())).toBe(
      "sz.member@demo.local",
    );
    clock.advance(2000);
    expect(await attempt("hk.member@demo.local", DEMO_PASSWORD, ip, clock.now())).toBe("hk.member@demo.local");
  });

  it("starts counting afresh after a success, for the account and for the address", async () => {
    const clock = fakeClock(4);
    const email = "admin@demo.local";
    const ip = "203.0.113.80";
    for (let i = 0; i < 3; i++) expect(await attempt(email, WRONG, ip, clock.now())).toBeNull();
    clock.advance(1000);
    expect(await attempt(email, DEMO_PASSWORD, ip, clock.now())).toBe(email);
    // Without the reset, the second of these would already be throttled (5 failures).
    for (let i = 0; i < 3; i++) expect(await attempt(email, WRONG, ip, clock.now())).toBeNull();
    expect(await attempt(email, WRONG, ip, clock.now())).toBe("throttled:2");

    // The address: 9 failures, a success, 9 more failures, and the next attempt is still checked.
    const shared = "203.0.113.81";
    for (let i = 0; i < 9; i++) await attempt(`reset-a${i}@demo.local`, WRONG, shared, clock.now());
    expect(await attempt("coordinator@demo.local", DEMO_PASSWORD, shared, clock.now())).toBe("coordinator@demo.local");
    for (let i = 0; i < 9; i++) await attempt(`reset-b${i}@demo.local`, WRONG, shared, clock.now());
    expect(await attempt("reset-c@demo.local", WRONG, shared, clock.now())).toBeNull();
  });

  it("forgets failures older than 15 minutes", async () => {
    const clock = fakeClock(5);
    const email = "forgotten@demo.local";
    for (let i = 0; i < 8; i++) await attempt(email, WRONG, "203.0.113.90", clock.now());
    clock.advance(15 * 60 * 1000 + 1);
    expect(await attempt(email, WRONG, "203.0.113.90", clock.now())).toBeNull();
  });

  it("does not let parallel attempts through on the same count", async () => {
    const clock = fakeClock(6);
    const email = "parallel@demo.local";
    const results = await Promise.all(
      Array.from({ length: 6 }, (_, i) => attempt(email, WRONG, `198.18.0.${i}`, clock.now())),
    );
    expect(results.filter((r) => r === null)).toHaveLength(3);
    expect(results.filter((r) => r?.startsWith("throttled:"))).toHaveLength(3);
  });

  it("records every attempt in sign_in_attempts, refused ones as failures", async () => {
    const clock = fakeClock(7);
    const email = "viewer@demo.local";
    const ip = "203.0.113.120";
    for (let i = 0; i < 4; i++) await attempt(email, WRONG, ip, clock.now());
    clock.advance(2000);
    await attempt(email, DEMO_PASSWORD, ip, clock.now());
    const rows = await handle.db
      .select({ email: signInAttempts.email, ip: signInAttempts.ip, success: signInAttempts.success })
      .from(signInAttempts)
      .where(eq(signInAttempts.email, email))
      .orderBy(asc(signInAttempts.id));
    expect(rows).toEqual([
      ...Array.from({ length: 4 }, () => ({ email, ip, success: false })),
      { email, ip, success: true },
    ]);
  });

  it("logs sign-ins and failures as security events, never with the password", async () => {
    const clock = fakeClock(8);
    const email = "sz.member@demo.local";
    const ip = "203.0.113.140";
    const secret = "a-wrong-but-secret-guess";
    for (let i = 0; i < 3; i++) await attempt(email, secret, ip, clock.now());
    await attempt(email, secret, ip, clock.now());
    clock.advance(2000);
    await attempt(email, DEMO_PASSWORD, ip, clock.now());
    await attempt("unknown-person@demo.local", secret, ip, clock.now());

    const [user] = await handle.db.select().from(users).where(eq(users.email, email));
    const events = await handle.db
      .select()
      .from(activityLog)
      .where(and(eq(activityLog.entityType, "auth"), sql`${activityLog.toValue}->>'ip' = ${ip}`))
      .orderBy(asc(activityLog.id));
    expect(events.map((e) => [e.kind, e.entityId, e.actorId, e.actorLabel, e.toValue])).toEqual([
      ...Array.from({ length: 3 }, () => [
        "sign_in_failed",
        user!.id,
        null,
        "anonymous",
        { email, ip, reason: "bad_credentials" },
      ]),
      ["sign_in_failed", user!.id, null, "anonymous", { email, ip, reason: "throttled" }],
      ["sign_in", user!.id, user!.id, null, { email, ip, method: "password" }],
      [
        "sign_in_failed",
        null,
        null,
        "anonymous",
        { email: "unknown-person@demo.local", ip, reason: "bad_credentials" },
      ],
    ]);
    const stored = JSON.stringify(events) + JSON.stringify(await handle.db.select().from(signInAttempts));
    expect(stored).not.toContain(secret);
    expect(stored).not.toContain(DEMO_PASSWORD);
  });
});
