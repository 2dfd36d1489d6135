import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, asc, eq, sql } from "drizzle-orm";
import type { DatabaseHandle } from "@/db";
import { activityLog, signInAttempts, users } from "@/db/schema";
import { DEMO_PASSWORD } from "@/db/seed/demo-users";
import { authenticateWithPassword } from "@/lib/auth/credentials";
import type { IncomingMessage } from "node:http";
import { CLIENT_ADDRESS_HEADER, clientAddress, clientAddressOf, stampClientAddress } from "@/lib/auth/client-address";
import {
  ADDRESS_FAILURE_THRESHOLD,
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
});

describe("the client's address", () => {
  const socket = "192.0.2.10";

  it("with no trusted proxy (the default) is the socket's, whatever X-Forwarded-For says", () => {
    const at = (forwardedFor?: string | string[]) =>
      clientAddressOf({ socketAddress: socket, forwardedFor, trustedProxies: 0 });
    expect(at()).toBe(socket);
    expect(at("203.0.113.7")).toBe(socket);
    expect(at("203.0.113.7, 198.51.100.1")).toBe(socket);
    expect(at(["203.0.113.7", "198.51.100.1"])).toBe(socket);
  });

  it("behind one trusted proxy is the entry that proxy appended, not what the client put before it", () => {
    const at = (forwardedFor?: string | string[]) =>
      clientAddressOf({ socketAddress: socket, forwardedFor, trustedProxies: 1 });
    // The proxy (the socket) appends the address it saw.
    expect(at("198.51.100.1")).toBe("198.51.100.1");
    // A client that sends its own header: the proxy appends the real one after it.
    expect(at("203.0.113.7, 198.51.100.1")).toBe("198.51.100.1");
    expect(at(" 10.0.0.1 ,203.0.113.7 , 198.51.100.1 ")).toBe("198.51.100.1");
    // Headers repeated (Node keeps the list) count as one chain, in order.
    expect(at(["203.0.113.7", "198.51.100.1"])).toBe("198.51.100.1");
    // A request that bypassed the proxy has no entry: the socket is all there is.
    expect(at(undefined)).toBe(socket);
  });

  it("behind two trusted proxies skips both of their entries", () => {
    expect(
      clientAddressOf({
        socketAddress: socket,
        forwardedFor: "203.0.113.7, 198.51.100.1, 10.0.0.2",
        trustedProxies: 2,
      }),
    ).toBe("198.51.100.1");
    // Fewer entries than hops: the leftmost one.
    expect(clientAddressOf({ socketAddress: socket, forwardedFor: "198.51.100.1", trustedProxies: 3 })).toBe(
      "198.51.100.1",
    );
  });

  it("writes IPv4 clients of a dual-stack socket as IPv4, and says unknown when there is nothing", () => {
    expect(clientAddressOf({ socketAddress: "::ffff:192.0.2.44", forwardedFor: undefined, trustedProxies: 0 })).toBe(
      "192.0.2.44",
    );
    expect(clientAddressOf({ socketAddress: "2001:db8::1", forwardedFor: undefined, trustedProxies: 0 })).toBe(
      "2001:db8::1",
    );
    expect(clientAddressOf({ socketAddress: undefined, forwardedFor: undefined, trustedProxies: 0 })).toBe("unknown");
  });

  it("is stamped on the request by the server, overwriting a header of that name sent by the client", () => {
    const request = (headers: Record<string, string>) =>
      ({ socket: { remoteAddress: "::ffff:192.0.2.10" }, headers }) as unknown as IncomingMessage;
    const forged = request({ [CLIENT_ADDRESS_HEADER]: "203.0.113.99", "x-forwarded-for": "203.0.113.7" });
    stampClientAddress(forged, 0);
    expect(forged.headers[CLIENT_ADDRESS_HEADER]).toBe("192.0.2.10");
    expect(clientAddress(forged.headers)).toBe("192.0.2.10");

    const proxied = request({ "x-forwarded-for": "203.0.113.7, 198.51.100.1" });
    stampClientAddress(proxied, 1);
    expect(clientAddress(proxied.headers)).toBe("198.51.100.1");
    // What next-auth hands to authorize: a plain object, or Headers.
    expect(clientAddress(new Headers({ [CLIENT_ADDRESS_HEADER]: "198.51.100.1" }))).toBe("198.51.100.1");
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

  it("makes an account wait longer after each checked failure at an address, measured from the last one", async () => {
    const clock = fakeClock(1);
    const email = "coordinator@demo.local";
    const ip = "192.0.2.1";
    for (let i = 0; i < 3; i++) expect(await attempt(email, WRONG, ip, clock.now())).toBeNull();

    // 3 failures: the next attempt waits 1 s. Too early, even the right password is refused unchecked.
    clock.advance(999);
    expect(await attempt(email, DEMO_PASSWORD, ip, clock.now())).toBe("throttled:1");
    // Waiting as told lets an attempt through: a wrong password is checked again (4 failures: 2 s)…
    clock.advance(1);
    expect(await attempt(email, WRONG, ip, clock.now())).toBeNull();
    clock.advance(1500);
    expect(await attempt(email, WRONG, ip, clock.now())).toBe("throttled:1");
    clock.advance(500);
    expect(await attempt(email, WRONG, ip, clock.now())).toBeNull();
    // …5 failures: 4 s, and after them the right password gets in.
    clock.advance(3999);
    expect(await attempt(email, DEMO_PASSWORD, ip, clock.now())).toBe("throttled:1");
    clock.advance(1);
    expect(await attempt(email, DEMO_PASSWORD, ip, clock.now())).toBe(email);
  });

  it("never lengthens a wait for attempts refused during it", async () => {
    const clock = fakeClock(9);
    const email = "hammered@demo.local";
    const ip = "192.0.2.2";
    for (let i = 0; i < 3; i++) await attempt(email, WRONG, ip, clock.now());
    // Hammering through the 1-second wait: every attempt refused, none counted.
    for (let i = 0; i < 9; i++) {
      clock.advance(100);
      expect(await attempt(email, WRONG, ip, clock.now())).toBe("throttled:1");
    }
    clock.advance(100);
    expect(await attempt(email, WRONG, ip, clock.now())).toBeNull();
    const recorded = await handle.db.select().from(signInAttempts).where(eq(signInAttempts.email, email));
    expect(recorded).toHaveLength(4);
  });

  it("does not lock the owner out for failures from other addresses", async () => {
    const clock = fakeClock(10);
    const email = "sz.member@demo.local";
    // Four wrong passwords from four addresses, then four more from a fifth: that one waits…
    for (let i = 0; i < 4; i++) expect(await attempt(email, WRONG, `198.51.100.${i}`, clock.now())).toBeNull();
    for (let i = 0; i < 3; i++) await attempt(email, WRONG, "198.51.100.50", clock.now());
    expect(await attempt(email, WRONG, "198.51.100.50", clock.now())).toBe("throttled:1");
    // …and the owner, at their own address, signs in at once.
    expect(await attempt(email, DEMO_PASSWORD, "203.0.113.5", clock.now())).toBe(email);
  });

  it("throttles an unknown account the same way, with the same answer until then", async () => {
    const clock = fakeClock(2);
    const email = "nobody-at-all@demo.local";
    const ip = "198.51.100.9";
    for (let i = 0; i < 3; i++) {
      expect(await attempt(email, WRONG, ip, clock.now())).toBeNull();
      clock.advance(100);
    }
    expect(await attempt(email, WRONG, ip, clock.now())).toBe("throttled:1");
    // The case of the e-mail makes no difference.
    expect(await attempt("  NOBODY-at-all@demo.local ", WRONG, ip, clock.now())).toBe("throttled:1");
  });

  it("throttles an address after 10 failures across accounts, but not other addresses", async () => {
    const clock = fakeClock(3);
    const ip = "203.0.113.50";
    // One failure per account, so no account reaches its own threshold.
    for (let i = 0; i < ADDRESS_FAILURE_THRESHOLD; i++) {
      expect(await attempt(`guess-${i}@demo.local`, WRONG, ip, clock.now())).toBeNull();
      clock.advance(10);
    }
    expect(await attempt("sz.member@demo.local", DEMO_PASSWORD, ip, clock.now())).toBe("throttled:1");
    expect(await attempt("sz.member@demo.local", DEMO_PASSWORD, "203.0.113.51", clock.now())).toBe(
      "sz.member@demo.local",
    );
    clock.advance(1000);
    expect(await attempt("hk.member@demo.local", DEMO_PASSWORD, ip, clock.now())).toBe("hk.member@demo.local");
  });

  it("forgives an account's failures at an address once it signs in there", async () => {
    const clock = fakeClock(4);
    const email = "admin@demo.local";
    const ip = "203.0.113.80";
    for (let i = 0; i < 3; i++) expect(await attempt(email, WRONG, ip, clock.now())).toBeNull();
    clock.advance(1000);
    expect(await attempt(email, DEMO_PASSWORD, ip, clock.now())).toBe(email);
    // Without the reset, the first of these would already be throttled (4 failures).
    for (let i = 0; i < 3; i++) expect(await attempt(email, WRONG, ip, clock.now())).toBeNull();
    expect(await attempt(email, WRONG, ip, clock.now())).toBe("throttled:1");

    // Someone who mistypes a few times and then gets in does not count toward the address's limit.
    const office = "203.0.113.82";
    for (let person = 0; person < 4; person++) {
      const colleague = ["coordinator", "viewer", "sz.member", "hk.member"][person] + "@demo.local";
      for (let i = 0; i < 2; i++) await attempt(colleague, WRONG, office, clock.now());
      expect(await attempt(colleague, DEMO_PASSWORD, office, clock.now())).toBe(colleague);
    }
    // 8 failures forgiven: 9 more from the office still leave it below the limit.
    for (let i = 0; i < 9; i++) expect(await attempt(`typo-${i}@demo.local`, WRONG, office, clock.now())).toBeNull();
  });

  it("does not let a success on one's own account reset the address's count of failures on others", async () => {
    const clock = fakeClock(11);
    const attacker = "203.0.113.81";
    const own = "viewer@demo.local";
    // 9 guesses at other accounts, a successful sign-in to the attacker's own, 9 more guesses…
    for (let i = 0; i < 9; i++) await attempt(`victim-a${i}@demo.local`, WRONG, attacker, clock.now());
    expect(await attempt(own, DEMO_PASSWORD, attacker, clock.now())).toBe(own);
    // …the tenth failure reaches the limit: what follows waits.
    expect(await attempt("victim-b0@demo.local", WRONG, attacker, clock.now())).toBeNull();
    expect(await attempt("victim-b1@demo.local", WRONG, attacker, clock.now())).toBe("throttled:1");
    expect(await attempt(own, DEMO_PASSWORD, attacker, clock.now())).toBe("throttled:1");
  });

  it("forgets failures older than 15 minutes", async () => {
    const clock = fakeClock(5);
    const email = "forgotten@demo.local";
    for (let i = 0; i < 3; i++) await attempt(email, WRONG, "203.0.113.90", clock.now());
    clock.advance(15 * 60 * 1000 + 1);
    expect(await attempt(email, WRONG, "203.0.113.90", clock.now())).toBeNull();
    expect(await attempt(email, WRONG, "203.0.113.90", clock.now())).toBeNull();
  });

  it("does not let parallel attempts through on the same count", async () => {
    const clock = fakeClock(6);
    const email = "parallel@demo.local";
    const results = await Promise.all(
      Array.from({ length: 6 }, () => attempt(email, WRONG, "198.18.0.1", clock.now())),
    );
    expect(results.filter((r) => r === null)).toHaveLength(3);
    expect(results.filter((r) => r?.startsWith("throttled:"))).toHaveLength(3);
  });

  it("records every checked attempt in sign_in_attempts, and refused ones not at all", async () => {
    const clock = fakeClock(7);
    const email = "viewer@demo.local";
    const ip = "203.0.113.120";
    for (let i = 0; i < 4; i++) await attempt(email, WRONG, ip, clock.now());
    clock.advance(1000);
    await attempt(email, DEMO_PASSWORD, ip, clock.now());
    const rows = await handle.db
      .select({ email: signInAttempts.email, ip: signInAttempts.ip, success: signInAttempts.success })
      .from(signInAttempts)
      .where(eq(signInAttempts.email, email))
      .orderBy(asc(signInAttempts.id));
    expect(rows.filter((r) => r.ip === ip)).toEqual([
      ...Array.from({ length: 3 }, () => ({ email, ip, success: false })),
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
    clock.advance(1000);
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
