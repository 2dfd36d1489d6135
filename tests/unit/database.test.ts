import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { openDatabase, type DatabaseHandle } from "@/db";
import { selectRows } from "@/db/rows";
import { activityLog } from "@/db/schema";
import { AppError, fromDatabaseError } from "@/lib/errors";
import { createTestDb } from "../helpers/test-db";

describe("driver choice", () => {
  it("uses PGlite when no URL is given", async () => {
    const handle = await openDatabase({ dataDir: "memory://", migrate: false });
    try {
      expect(handle.kind).toBe("pglite");
      const [row] = await selectRows<{ v: string }>(handle.db, sql`select version() as v`);
      expect(row?.v).toMatch(/PostgreSQL/);
    } finally {
      await handle.close();
    }
  });

  it("uses postgres.js when a URL is given, without connecting until the first query", async () => {
    const handle = await openDatabase({ url: "postgres://nobody@127.0.0.1:1/none", migrate: false });
    expect(handle.kind).toBe("postgres");
    await handle.close();
  });
});

describe("an unreachable PostgreSQL", () => {
  it("fails queries as 503 and, after three failures, refuses the next at once", async () => {
    const handle = await openDatabase({ url: "postgres://nobody@127.0.0.1:1/none", migrate: false });
    try {
      for (let i = 0; i < 3; i++) {
        const err = await handle.db.execute(sql`select 1`).then(
          () => null,
          (e: unknown) => e,
        );
        expect(fromDatabaseError(err)).toMatchObject({ code: "unavailable", status: 503 });
      }
      expect(handle.unavailable()).toBe(true);
      const started = performance.now();
      // drizzle wraps what the driver throws; the wrappers map it with fromDatabaseError.
      const refused = await handle.db.execute(sql`select 1`).then(
        () => null,
        (e: unknown) => e,
      );
      expect(fromDatabaseError(refused)).toMatchObject({
        code: "unavailable",
        message: expect.stringMatching(/cannot be reached right now.*Try again in a few seconds/),
      });
      await expect(handle.db.transaction(async () => {})).rejects.toBeInstanceOf(AppError);
      expect(performance.now() - started).toBeLessThan(50);
    } finally {
      await handle.close();
    }
  });
});

describe("migrations", () => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await createTestDb();
  });
  afterAll(() => handle.close());

  it("create every table of the domain", async () => {
    const rows = await selectRows<{ table_name: string }>(
      handle.db,
      sql`select table_name from information_schema.tables where table_schema = 'public' order by 1`,
    );
    expect(rows.map((r) => r.table_name)).toEqual(
      expect.arrayContaining([
        "actions",
        "activity_log",
        "agencies",
        "indicator_readings",
        "indicators",
        "recommendation_owners",
        "recommendations",
        "source_documents",
        "users",
      ]),
    );
  });

  it("are idempotent: running them again applies nothing and keeps the data", async () => {
    const before = await selectRows<{ n: number }>(handle.db, sql`select count(*)::int as n from recommendations`);
    await handle.migrate();
    const after = await selectRows<{ n: number }>(handle.db, sql`select count(*)::int as n from recommendations`);
    expect(after[0]?.n).toBe(before[0]?.n);
  });

  it("make the activity log append-only", async () => {
    await handle.db.insert(activityLog).values({ entityType: "recommendation", kind: "create", actorLabel: "test" });
    // drizzle wraps the database error; PostgreSQL's own message is its cause.
    await expect(handle.db.execute(sql`update activity_log set reason = 'rewritten'`)).rejects.toMatchObject({
      cause: { message: expect.stringMatching(/append-only \(UPDATE refused\)/) },
    });
    await expect(handle.db.execute(sql`delete from activity_log`)).rejects.toMatchObject({
      cause: { message: expect.stringMatching(/append-only \(DELETE refused\)/) },
    });
  });

  it("refuse a closed recommendation without a closure reason", async () => {
    await expect(
      handle.db.execute(
        sql`update recommendations set status = 'closed', closure_reason = null where code = (select min(code) from recommendations)`,
      ),
    ).rejects.toMatchObject({ cause: { message: expect.stringMatching(/closed_has_reason/) } });
  });
});
