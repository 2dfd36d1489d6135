import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, asc, count, eq, inArray, like, ne, notInArray, or, sql } from "drizzle-orm";
import type { DatabaseHandle } from "@/db";
import { listRecommendations } from "@/db/queries/recommendation-list";
import { actions, recommendationOwners, recommendations } from "@/db/schema";
import { generateLoad, LOAD_CODE_PREFIX } from "@/db/seed/generate";
import { createTestDb } from "../helpers/test-db";

const options = { recommendations: 200, actionsPerRecommendation: 5, seed: 7 };
const generated = like(recommendations.code, `${LOAD_CODE_PREFIX}%`);

async function generatedRows(handle: DatabaseHandle) {
  return handle.db
    .select({ code: recommendations.code, titleEn: recommendations.titleEn, status: recommendations.status })
    .from(recommendations)
    .where(generated)
    .orderBy(asc(recommendations.code));
}

describe("the load generator", () => {
  let a: DatabaseHandle;
  let b: DatabaseHandle;
  let first: Awaited<ReturnType<typeof generateLoad>>;

  beforeAll(async () => {
    [a, b] = await Promise.all([createTestDb(), createTestDb()]);
    first = await generateLoad(a.db, options);
  });
  afterAll(async () => {
    await Promise.all([a?.close(), b?.close()]);
  });

  it("inserts exactly the requested recommendations and actions", async () => {
    expect(first).toMatchObject({ recommendations: 200, actions: 1000, skipped: 0 });
    const [recs] = await a.db.select({ n: count() }).from(recommendations).where(generated);
    const [acts] = await a.db
      .select({ n: count() })
      .from(actions)
      .innerJoin(recommendations, eq(recommendations.id, actions.recommendationId))
      .where(generated);
    expect(recs?.n).toBe(200);
    expect(acts?.n).toBe(1000);
  });

  it("gives every recommendation one lead and at most three owners", async () => {
    const rows = await a.db
      .select({
        id: recommendationOwners.recommendationId,
        owners: count(),
        leads: sql<number>`count(*) filter (where ${recommendationOwners.role} = 'lead')`.mapWith(Number),
      })
      .from(recommendationOwners)
      .innerJoin(recommendations, eq(recommendations.id, recommendationOwners.recommendationId))
      .where(generated)
      .groupBy(recommendationOwners.recommendationId);
    expect(rows).toHaveLength(200);
    for (const r of rows) {
      expect(r.leads).toBe(1);
      expect(r.owners).toBeGreaterThanOrEqual(1);
      expect(r.owners).toBeLessThanOrEqual(3);
    }
  });

  it("makes the same rows for the same seed", async () => {
    await generateLoad(b.db, options);
    const [rowsA, rowsB] = await Promise.all([generatedRows(a), generatedRows(b)]);
    expect(rowsB).toEqual(rowsA);
    expect(rowsA[0]?.code).toBe("R-LOAD-000001");
  });

  it("inserts nothing the second time", async () => {
    const again = await generateLoad(a.db, options);
    expect(again).toMatchObject({ recommendations: 0, owners: 0, actions: 0, skipped: 200 });
  });

  it("respects the lifecycle rule: past proposed means accepted or partially accepted", async () => {
    const [broken] = await a.db
      .select({ n: count() })
      .from(recommendations)
      .where(
        and(
          generated,
          ne(recommendations.status, "proposed"),
          notInArray(recommendations.acceptance, ["accepted", "partially_accepted"]),
        ),
      );
    expect(broken?.n).toBe(0);
    const statuses = new Set((await generatedRows(a)).map((r) => r.status));
    expect(statuses.size).toBeGreaterThan(3);
  });

  it("keeps action progress within bounds and consistent with status", async () => {
    const [broken] = await a.db
      .select({ n: count() })
      .from(actions)
      .where(
        or(
          sql`${actions.progress} not between 0 and 100`,
          and(eq(actions.status, "done"), ne(actions.progress, 100)),
          and(eq(actions.status, "todo"), ne(actions.progress, 0)),
          and(inArray(actions.status, ["in_progress", "blocked"]), eq(actions.progress, 100)),
        ),
      );
    expect(broken?.n).toBe(0);
  });

  it("gives text search something to find in both scripts", async () => {
    const en = await listRecommendations(a.db, { q: "talent" });
    const zh = await listRecommendations(a.db, { q: "人才" });
    expect(en.total).toBeGreaterThan(0);
    expect(zh.total).toBeGreaterThan(0);
  });
});
