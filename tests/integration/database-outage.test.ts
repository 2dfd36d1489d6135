/**
 * PostgreSQL restarts while the API is writing (issue 15, item 11). The database is a private
 * cluster of this test's own (never the shared one). Requests go through the real route handlers,
 * apiRoute and the mutation layer, in this process, so the assertions see every answer, every
 * uncaught exception and the change listener; only HTTP and Next's routing are left out (they would
 * need a production build, which the browser layer makes; nothing here depends on them).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NextRequest } from "next/server";
import { and, eq, inArray } from "drizzle-orm";
import { closeDatabase, getDatabaseHandle, type DatabaseHandle } from "@/db";
import { activityLog, recommendations, users } from "@/db/schema";
import { seedDatabase } from "@/db/seed";
import { createApiToken } from "@/db/mutations/tokens";
import { subscribeToChanges, type ChangeEvent } from "@/lib/realtime/changes";
import { GET as health } from "@/app/api/health/route";
import { PATCH } from "@/app/api/v1/recommendations/[code]/route";
import { postgresBinaries, startPrivatePostgres, type PrivatePostgres } from "../helpers/private-postgres";

const bin = postgresBinaries();
if (!bin && process.env.CI === "true")
  throw new Error("CI=true needs the PostgreSQL server binaries (/usr/lib/postgresql/*/bin)");
if (!bin) console.warn("database-outage: skipped, no PostgreSQL server binaries under /usr/lib/postgresql");

const WRITERS = 6;
const healths = ["on_track", "at_risk", "off_track"] as const;

interface Answer {
  status: number;
  ms: number;
  retryAfter: string | null;
}

describe.skipIf(!bin)("a PostgreSQL restart under load", () => {
  let pg: PrivatePostgres;
  let handle: DatabaseHandle;
  let token: string;
  let codes: string[];
  const uncaught: unknown[] = [];
  const onUncaught = (err: unknown) => uncaught.push(err);
  const previousUrl = process.env.DATABASE_URL;

  beforeAll(async () => {
    pg = await startPrivatePostgres(bin!);
    process.env.DATABASE_URL = pg.url;
    handle = await getDatabaseHandle();
    await seedDatabase(handle.db, { demoUsers: true });
    const [coordinator] = await handle.db.select().from(users).where(eq(users.email, "coordinator@demo.local"));
    token = (
      await createApiToken(
        handle.db,
        { id: coordinator!.id, role: "coordinator", agencyId: null },
        { name: "outage load", scope: "write" },
      )
    ).token;
    codes = (await handle.db.select({ code: recommendations.code }).from(recommendations).limit(WRITERS)).map(
      (r) => r.code,
    );
    process.on("uncaughtException", onUncaught);
  });

  afterAll(async () => {
    process.off("uncaughtException", onUncaught);
    await closeDatabase();
    process.env.DATABASE_URL = previousUrl;
    pg?.remove();
  });

  async function patch(code: string, body: unknown): Promise<Answer & { body: { data?: { version: number } } }> {
    const started = performance.now();
    const res = await PATCH(
      new NextRequest(`http://localhost/api/v1/recommendations/${code}`, {
        method: "PATCH",
        headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
        body: JSON.stringify(body),
      }),
      { params: Promise.resolve({ code }) },
    );
    return {
      status: res.status,
      ms: performance.now() - started,
      retryAfter: res.headers.get("retry-after"),
      body: await res.json(),
    };
  }

  it("answers 503 with Retry-After within a second, reports it in /api/health, and loses nothing acknowledged", async () => {
    const answers: Answer[] = [];
    const acknowledged = new Map<string, number[]>(codes.map((c) => [c, []]));
    const events: ChangeEvent[] = [];
    const unsubscribe = await subscribeToChanges((e) => events.push(e));
    let writing = true;

    // Each writer owns one recommendation and changes its health again and again, re-reading the
    // version from the database after anything but a success.
    const writer = async (code: string) => {
      let [row] = await handle.db.select().from(recommendations).where(eq(recommendations.code, code));
      let version = row!.version;
      for (let i = 0; writing; i++) {
        const answer = await patch(code, { version, health: healths[i % healths.length] });
        answers.push(answer);
        if (answer.status === 200) {
          // The same health again changes nothing and keeps the version: only changes count.
          if (answer.body.data!.version > version) acknowledged.get(code)!.push(answer.body.data!.version);
          version = answer.body.data!.version;
          continue;
        }
        await new Promise((r) => setTimeout(r, 100));
        try {
          [row] = await handle.db.select().from(recommendations).where(eq(recommendations.code, code));
          version = row!.version;
        } catch {
          // still down: the next attempt is answered 503 again
        }
      }
    };
    const writers = codes.map(writer);

    await new Promise((r) => setTimeout(r, 1_500));
    await pg.stop();
    await new Promise((r) => setTimeout(r, 2_500));
    const downStarted = performance.now();
    const down = await health();
    const downMs = performance.now() - downStarted;
    expect(down.status).toBe(503);
    expect(down.headers.get("retry-after")).toMatch(/^\d+$/);
    expect(await down.json()).toMatchObject({ status: "error", database: "unavailable" });
    expect(downMs).toBeLessThan(1_000);

    await pg.start();
    const deadline = Date.now() + 15_000;
    while ((await health()).status !== 200) {
      expect(Date.now(), "the app serves again once the database answers").toBeLessThan(deadline);
      await new Promise((r) => setTimeout(r, 100));
    }
    const eventsBefore = events.length;
    const answersBefore = answers.filter((a) => a.status === 200).length;
    await new Promise((r) => setTimeout(r, 2_000));
    writing = false;
    // Every writer's last request ends: none hangs.
    await Promise.race([
      Promise.all(writers),
      new Promise((_, reject) => setTimeout(() => reject(new Error("a request hung after the restart")), 10_000)),
    ]);
    unsubscribe();

    const unavailable = answers.filter((a) => a.status === 503);
    console.log(
      `outage figures: ${answers.length} answers, ${unavailable.length} × 503 (slowest ${Math.round(
        Math.max(...unavailable.map((a) => a.ms)),
      )} ms), health while down ${Math.round(downMs)} ms`,
    );
    expect(unavailable.length, "requests during the outage are refused").toBeGreaterThan(0);
    expect(answers.filter((a) => a.status !== 200 && a.status !== 503 && a.status !== 409)).toEqual([]);
    for (const a of unavailable) {
      expect(a.retryAfter).toMatch(/^\d+$/);
      expect(a.ms).toBeLessThan(1_000);
    }
    expect(answers.filter((a) => a.status === 200).length, "writes succeed again").toBeGreaterThan(answersBefore);
    expect(events.length, "the change listener hears changes again").toBeGreaterThan(eventsBefore);
    expect(uncaught).toEqual([]);

    // Nothing acknowledged is lost: every acknowledged version is in the history, and no row is older.
    for (const [code, versions] of acknowledged) {
      const [row] = await handle.db.select().from(recommendations).where(eq(recommendations.code, code));
      if (!versions.length) continue;
      expect(row!.version).toBeGreaterThanOrEqual(Math.max(...versions));
      const logged = await handle.db
        .selectDistinct({ v: activityLog.entityVersion })
        .from(activityLog)
        .where(
          and(
            eq(activityLog.recommendationId, row!.id),
            eq(activityLog.entityType, "recommendation"),
            inArray(activityLog.entityVersion, versions),
          ),
        );
      expect(logged.length, `every acknowledged change of ${code} is stored`).toBe(new Set(versions).size);
    }
  }, 60_000);
});
