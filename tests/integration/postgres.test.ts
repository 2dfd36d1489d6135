/**
 * The same migrations, seed and queries on the real PostgreSQL (TEST_DATABASE_URL), in a database
 * created for this run and dropped afterwards, compared with PGlite.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { openDatabase, type DatabaseHandle } from "@/db";
import { selectRows } from "@/db/rows";
import { getRecommendationByCode } from "@/db/queries/recommendations";
import { facetCounts, listRecommendations, type ListRecommendationsParams } from "@/db/queries/recommendation-list";
import { seedDatabase, seedOnStart } from "@/db/seed";
import { seedRecommendations } from "@/db/seed/data/recommendations";
import { createFreshPostgresDatabase, createTestDb, databaseChecksum, testDatabaseUrl } from "../helpers/test-db";

const baseUrl = testDatabaseUrl();

describe.runIf(baseUrl)("PostgreSQL", () => {
  let fresh: Awaited<ReturnType<typeof createFreshPostgresDatabase>>;
  let pg: DatabaseHandle;
  let lite: DatabaseHandle;

  beforeAll(async () => {
    fresh = await createFreshPostgresDatabase(baseUrl!);
    pg = await openDatabase({ url: fresh.url });
    await seedDatabase(pg.db, { demoUsers: true });
    lite = await createTestDb();
  });
  afterAll(async () => {
    await pg?.close();
    await lite?.close();
    await fresh?.drop();
  });

  it("is chosen for a URL and migrated", async () => {
    expect(pg.kind).toBe("postgres");
    const [row] = await selectRows<{ n: number }>(
      pg.db,
      sql`select count(*)::int as n from information_schema.tables where table_schema = 'public' and table_name = 'recommendations'`,
    );
    expect(row?.n).toBe(1);
  });

  it("creates no demo accounts on start unless SEED_DEMO=true", async () => {
    // A database of its own: the shared one is seeded already.
    const empty = await createFreshPostgresDatabase(baseUrl!);
    const starting = await openDatabase({ url: empty.url });
    const saved = process.env.SEED_DEMO;
    try {
      delete process.env.SEED_DEMO;
      const report = await seedOnStart(starting);
      expect(report?.recommendations).toBe(seedRecommendations.length);
      expect(report?.users).toBe(0);
      process.env.SEED_DEMO = "true";
      expect((await seedOnStart(starting))?.users).toBe(5);
    } finally {
      if (saved === undefined) delete process.env.SEED_DEMO;
      else process.env.SEED_DEMO = saved;
      await starting.close();
      await empty.drop();
    }
  });

  it("seeds idempotently", async () => {
    const before = await databaseChecksum(pg);
    const report = await seedDatabase(pg.db, { demoUsers: true });
    expect(report).toEqual({ documents: 0, agencies: 0, recommendations: 0, actions: 0, users: 0 });
    expect(await databaseChecksum(pg)).toBe(before);
  });

  it("lets two instances starting at once migrate in turn", async () => {
    const [a, b] = await Promise.all([openDatabase({ url: fresh.url }), openDatabase({ url: fresh.url })]);
    await Promise.all([a.close(), b.close()]);
  });

  const cases: [string, ListRecommendationsParams][] = [
    ["everything", {}],
    ["status", { status: ["proposed", "in_progress"] }],
    ["theme", { theme: ["innovation"] }],
    ["agency", { agency: ["sz-stic", "hk-hkma"] }],
    ["side", { side: ["hong_kong"] }],
    ["search in English", { q: "talent" }],
    ["search in Chinese", { q: "深港" }],
    ["search with wildcard characters", { q: "%_" }],
    ["combined", { side: ["shenzhen"], theme: ["finance", "innovation"], q: "a" }],
    ["sorted by target date", { sort: ["-target"] }],
    ["second page", { page: 2, pageSize: 7 }],
    ["sorted by several computed columns", { sort: ["-overdue", "nextDue", "leadHongKong"], today: "2026-06-30" }],
    ["sorted by progress", { sort: ["-progressShenzhen", "title"] }],
    ["sorted by Hong Kong progress, then Shenzhen's", { sort: ["progressHongKong", "-progressShenzhen"] }],
    [
      "by each side's state",
      { stateShenzhen: ["in_progress", "blocked"], stateHongKong: ["not_started", "no_actions"] },
    ],
    ["overdue and not assessed", { overdue: ["yes"], health: ["none", "at_risk"], today: "2026-06-30" }],
    ["grouped by status, one collapsed", { group: "status", collapsed: ["proposed"], sort: ["-priority"] }],
    ["grouped by agency", { group: "agency", pageSize: 500 }],
    ["grouped by theme, filtered", { group: "theme", side: ["hong_kong"], horizon: ["short", "medium"] }],
  ];

  it.each(cases)("answers the %s query exactly as PGlite does", async (_name, params) => {
    const [onPg, onLite] = await Promise.all([
      listRecommendations(pg.db, params),
      listRecommendations(lite.db, params),
    ]);
    expect(onPg.total).toBe(onLite.total);
    expect(onPg.rowTotal).toBe(onLite.rowTotal);
    expect(onPg.groups).toEqual(onLite.groups);
    expect(onPg.items.map((r) => [r.code, r.group])).toEqual(onLite.items.map((r) => [r.code, r.group]));
    expect(onPg.items.map((r) => r.sides)).toEqual(onLite.items.map((r) => r.sides));
  });

  it("counts the faceted filters' values exactly as PGlite does", async () => {
    const filters: ListRecommendationsParams = { side: ["shenzhen"], status: ["proposed", "in_progress"] };
    const [onPg, onLite] = await Promise.all([
      facetCounts(pg.db, filters, "2026-06-30"),
      facetCounts(lite.db, filters, "2026-06-30"),
    ]);
    expect(onPg).toEqual(onLite);
    expect(Object.values(onPg.status).reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
  });

  it("reads a recommendation with owners, actions and source like PGlite", async () => {
    const code = seedRecommendations[3]!.code;
    const [a, b] = await Promise.all([getRecommendationByCode(pg.db, code), getRecommendationByCode(lite.db, code)]);
    // Ids and times differ between databases, and so do the user ids behind contacts and assignees.
    const strip = (r: typeof a) => ({
      ...r,
      id: undefined,
      createdAt: undefined,
      updatedAt: undefined,
      owners: r!.owners.map((o) => ({ ...o, contact: undefined, agency: { ...o.agency, id: undefined } })),
      actions: r!.actions.map((x) => ({
        ...x,
        id: undefined,
        updatedAt: undefined,
        assignee: undefined,
        agency: { ...x.agency, id: undefined },
        completedAt: x.completedAt?.toISOString(),
      })),
    });
    expect(strip(a)).toEqual(strip(b));
  });
});
