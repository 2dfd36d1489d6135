/**
 * The list cache (db/queries/list-cache.ts): an answer is reused until a write commits anywhere
 * (the database's own notification, so a write through another connection, as from another instance,
 * counts), and a rolled-back write changes nothing. Writes here commit: not inside rollBackEachTest.
 */
import { describe, expect, it } from "vitest";
import { eq, sql } from "drizzle-orm";
import type { DatabaseHandle } from "@/db";
import { actions, recommendations } from "@/db/schema";
import { listRecommendations, listRecommendationsCached } from "@/db/queries/recommendation-list";
import { invalidateListCache } from "@/db/queries/list-cache";

export function describeListCache(
  label: string,
  getHandle: () => DatabaseHandle,
  /** Another connection to the same database, as another instance would have (PGlite: the same one). */
  getWriter: () => DatabaseHandle,
) {
  describe(`${label}: cached list answers`, () => {
    it("are reused until a write commits, through any connection, and then recomputed", async () => {
      const h = getHandle();
      invalidateListCache(h);
      const [rec] = await h.db
        .select({ id: recommendations.id, code: recommendations.code })
        .from(recommendations)
        .orderBy(recommendations.code)
        .limit(1);
      const params = { q: rec!.code, pageSize: 5 };
      const first = await listRecommendationsCached(h, params);
      expect(await listRecommendationsCached(h, params)).toBe(first); // the same answer object: cached
      const count = first.items.find((r) => r.code === rec!.code)!.actions.length;

      // A rolled-back write sends nothing: still the cached answer.
      await getWriter()
        .db.transaction(async (tx) => {
          await tx.execute(sql`update actions set progress = progress where recommendation_id = ${rec!.id}`);
          throw new Error("roll back");
        })
        .catch(() => {});
      await new Promise((r) => setTimeout(r, 100));
      expect(await listRecommendationsCached(h, params)).toBe(first);

      // A committed write through the other connection, not a mutation (no application event).
      const [added] = await getWriter()
        .db.insert(actions)
        .values({
          recommendationId: rec!.id,
          title: "Cache check",
          agencyId: sql`(select id from agencies order by key limit 1)`,
          position: 99,
        })
        .returning({ id: actions.id });
      await expect
        .poll(
          async () =>
            (await listRecommendationsCached(h, params)).items.find((r) => r.code === rec!.code)!.actions.length,
          {
            timeout: 3_000,
          },
        )
        .toBe(count + 1);
      // And equal to the uncached read.
      expect(await listRecommendationsCached(h, params)).toEqual(
        await listRecommendations(h.db, { ...params, today: undefined }),
      );
      await getWriter().db.delete(actions).where(eq(actions.id, added!.id));
      await expect
        .poll(
          async () =>
            (await listRecommendationsCached(h, params)).items.find((r) => r.code === rec!.code)!.actions.length,
          {
            timeout: 3_000,
          },
        )
        .toBe(count);
    });

    it("are keyed by the parameters and the day, not by the order the filters were given in", async () => {
      const h = getHandle();
      const a = await listRecommendationsCached(h, { status: ["in_progress"], theme: ["finance"] });
      expect(await listRecommendationsCached(h, { theme: ["finance"], status: ["in_progress"] })).toBe(a);
      expect(
        await listRecommendationsCached(h, { status: ["in_progress"], theme: ["finance"], today: "2000-01-01" }),
      ).not.toBe(a);
      expect(await listRecommendationsCached(h, { status: ["in_progress"] })).not.toBe(a);
    });
  });
}
