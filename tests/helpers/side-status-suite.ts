/**
 * Each side's progress and state, on every database: the SQL the list filters, sorts and counts by
 * (db/queries/side-status.ts) must give the figures lib/side-status.ts gives, on every seeded
 * recommendation and on crafted ones. Run on PGlite (unit) and PostgreSQL (integration).
 */
import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import type { DatabaseHandle, DbOrTx } from "@/db";
import { actions, agencies, recommendations } from "@/db/schema";
import type { ActionStatus } from "@/db/schema/enums";
import { getRecommendationByCode } from "@/db/queries/recommendations";
import { facetCounts, listRecommendations, type ListItem } from "@/db/queries/recommendation-list";
import { listSideStatuses } from "@/db/queries/side-status";
import { sideStates, sideStatuses, type SideStatuses } from "@/lib/side-status";
import { recommendationSearchText } from "@/db/search-text";
import { rollBackEachTest } from "./rolled-back";

type CraftedAction = [agency: string, status: ActionStatus, progress: number];

/** Crafted recommendations: their actions, and what each side must show. */
export const craftedCases: { name: string; actions: CraftedAction[]; expected: SideStatuses }[] = [
  {
    name: "no actions",
    actions: [],
    expected: { shenzhen: { progress: null, state: "no_actions" }, hong_kong: { progress: null, state: "no_actions" } },
  },
  {
    name: "only cancelled actions",
    actions: [
      ["sz-stic", "cancelled", 40],
      ["hk-itib", "cancelled", 0],
    ],
    expected: { shenzhen: { progress: null, state: "no_actions" }, hong_kong: { progress: null, state: "no_actions" } },
  },
  {
    name: "weighted by progress, not by done",
    actions: [
      ["sz-stic", "in_progress", 60],
      ["sz-drc", "todo", 0],
      ["hk-itib", "todo", 0],
      ["hk-itib", "todo", 0],
    ],
    expected: {
      shenzhen: { progress: 0.3, state: "in_progress" },
      hong_kong: { progress: 0, state: "not_started" },
    },
  },
  {
    name: "a blocked action outranks progress",
    actions: [
      ["sz-stic", "blocked", 20],
      ["sz-stic", "done", 100],
      ["hk-itib", "done", 100],
      ["hk-itib", "cancelled", 10],
    ],
    expected: { shenzhen: { progress: 0.6, state: "blocked" }, hong_kong: { progress: 1, state: "done" } },
  },
  {
    name: "a joint agency's action counts for both sides",
    actions: [
      ["joint-hsitp", "in_progress", 50],
      ["hk-itib", "done", 100],
    ],
    expected: {
      shenzhen: { progress: 0.5, state: "in_progress" },
      hong_kong: { progress: 0.75, state: "in_progress" },
    },
  },
  {
    name: "a national agency's action counts for neither",
    actions: [["cn-hkmao", "in_progress", 40]],
    expected: { shenzhen: { progress: null, state: "no_actions" }, hong_kong: { progress: null, state: "no_actions" } },
  },
  {
    name: "progress recorded on an action still to do",
    actions: [
      ["sz-stic", "todo", 10],
      ["hk-itib", "in_progress", 0],
    ],
    expected: { shenzhen: { progress: 0.1, state: "in_progress" }, hong_kong: { progress: 0, state: "in_progress" } },
  },
  {
    name: "a done action counts in full whatever progress it stored; thirds tie exactly",
    actions: [
      ["sz-stic", "done", 70],
      ["sz-stic", "todo", 0],
      ["hk-itib", "done", 100],
      ["joint-hsitp", "todo", 0],
      ["hk-itib", "todo", 0],
    ],
    expected: {
      shenzhen: { progress: 1 / 3, state: "in_progress" },
      hong_kong: { progress: 1 / 3, state: "in_progress" },
    },
  },
];

const CODE_PREFIX = "T-SIDE-";

/** Inserts the crafted recommendations (in the test's own transaction) and returns their codes by case. */
async function insertCrafted(db: DbOrTx): Promise<string[]> {
  const agencyRows = await db.select({ id: agencies.id, key: agencies.key }).from(agencies);
  const agencyId = new Map(agencyRows.map((a) => [a.key, a.id]));
  const codes: string[] = [];
  for (const [i, c] of craftedCases.entries()) {
    const code = `${CODE_PREFIX}${String(i).padStart(2, "0")}`;
    const text = `Side status case: ${c.name}`;
    const fields = {
      code,
      titleEn: text,
      titleZhHans: text,
      titleZhHant: text,
      summaryEn: text,
      summaryZhHans: text,
      summaryZhHant: text,
    };
    const [rec] = await db
      .insert(recommendations)
      .values({
        ...fields,
        // Written here, not through the mutation: the search text every write sets (db/search-text.ts).
        searchText: recommendationSearchText({ ...fields, sourceExcerpt: null }),
        theme: "innovation",
        horizon: "short",
      })
      .returning({ id: recommendations.id });
    if (c.actions.length)
      await db.insert(actions).values(
        c.actions.map(([agency, status, progress], position) => ({
          recommendationId: rec!.id,
          title: `${agency} ${status} ${progress}`,
          agencyId: agencyId.get(agency)!,
          status,
          progress,
          position,
        })),
      );
    codes.push(code);
  }
  return codes;
}

/** What the database computes for these recommendations, next to what the views carry. */
async function compareAll(db: DbOrTx, items: ListItem[]) {
  const inSql = await listSideStatuses(
    db,
    items.map((r) => r.id),
  );
  expect(inSql.size).toBe(items.length);
  for (const r of items) {
    // Exact equality: both divide an integer sum by an integer count in double precision.
    expect(inSql.get(r.id), r.code).toEqual(r.sides);
    expect(r.progress).toEqual({ shenzhen: r.sides.shenzhen.progress, hong_kong: r.sides.hong_kong.progress });
    expect(r.sides, r.code).toEqual(
      sideStatuses(r.actions.map((a) => ({ side: a.agency.side, status: a.status, progress: a.progress }))),
    );
  }
}

export function describeSideStatusQueries(label: string, getShared: () => DatabaseHandle) {
  describe(`${label}: each side's progress and state in SQL and TypeScript`, () => {
    const handle = rollBackEachTest(getShared);
    const list = (params: Parameters<typeof listRecommendations>[1]) =>
      listRecommendations(handle.db, { pageSize: 500, includeArchived: true, ...params });

    it("agree on every seeded recommendation", async () => {
      const { items, total } = await list({});
      expect(items.length).toBe(total);
      expect(items.length).toBeGreaterThan(20);
      await compareAll(handle.db, items);
      // The seed exercises more than one state per side, and a joint agency's work.
      for (const side of ["shenzhen", "hong_kong"] as const)
        expect(new Set(items.map((r) => r.sides[side].state)).size, side).toBeGreaterThan(2);
      expect(items.some((r) => r.actions.some((a) => a.agency.side === "joint" && a.status !== "cancelled"))).toBe(
        true,
      );
    });

    it("agree on crafted cases and give the figures the rules define", async () => {
      const codes = await insertCrafted(handle.db);
      const { items } = await list({ q: CODE_PREFIX, sort: ["code"] });
      expect(items.map((r) => r.code)).toEqual(codes);
      await compareAll(handle.db, items);
      for (const [i, c] of craftedCases.entries()) {
        expect(items[i]!.sides, c.name).toEqual(c.expected);
        expect((await getRecommendationByCode(handle.db, codes[i]!))!.sides, c.name).toEqual(c.expected);
      }
    });

    it("filter, count and sort by them as the figures say", async () => {
      const codes = await insertCrafted(handle.db);
      const crafted = (await list({ q: CODE_PREFIX })).items;
      for (const state of sideStates) {
        const sz = await list({ q: CODE_PREFIX, stateShenzhen: [state] });
        expect(sz.items.map((r) => r.code).sort(), `Shenzhen ${state}`).toEqual(
          crafted
            .filter((r) => r.sides.shenzhen.state === state)
            .map((r) => r.code)
            .sort(),
        );
        const both = await list({ q: CODE_PREFIX, stateShenzhen: [state], stateHongKong: ["in_progress", "done"] });
        expect(both.items.map((r) => r.code).sort()).toEqual(
          crafted
            .filter(
              (r) => r.sides.shenzhen.state === state && ["in_progress", "done"].includes(r.sides.hong_kong.state),
            )
            .map((r) => r.code)
            .sort(),
        );
      }
      const facets = await facetCounts(handle.db, { q: CODE_PREFIX, stateShenzhen: ["blocked"] });
      const tally = (side: "shenzhen" | "hong_kong", rows: ListItem[]) => {
        const out: Record<string, number> = {};
        for (const r of rows) out[r.sides[side].state] = (out[r.sides[side].state] ?? 0) + 1;
        return out;
      };
      // A facet ignores its own filter and honours the others.
      expect(facets.stateShenzhen).toEqual(tally("shenzhen", crafted));
      expect(facets.stateHongKong).toEqual(
        tally(
          "hong_kong",
          crafted.filter((r) => r.sides.shenzhen.state === "blocked"),
        ),
      );
      // Sorted by progress: emptiness last either way, ties (the two thirds) broken by the code.
      for (const [key, side] of [
        ["progressShenzhen", "shenzhen"],
        ["-progressHongKong", "hong_kong"],
      ] as const) {
        const desc = key.startsWith("-");
        const expected = [...crafted]
          .sort((a, b) => {
            const x = a.sides[side].progress;
            const y = b.sides[side].progress;
            if (x === y) return a.code < b.code ? -1 : 1;
            if (x === null) return 1;
            if (y === null) return -1;
            return desc ? y - x : x - y;
          })
          .map((r) => r.code);
        expect(
          (await list({ q: CODE_PREFIX, sort: [key] })).items.map((r) => r.code),
          key,
        ).toEqual(expected);
      }
      expect(codes.length).toBe(craftedCases.length);
    });

    it("follow an action's progress as it changes", async () => {
      // The "weighted by progress" case: Shenzhen has one action at 60 % and one to do.
      const code = (await insertCrafted(handle.db))[2];
      const rec = (await getRecommendationByCode(handle.db, code!))!;
      const started = rec.actions.find((a) => a.status === "in_progress")!;
      await handle.db.update(actions).set({ progress: 90 }).where(eq(actions.id, started.id));
      const after = (await getRecommendationByCode(handle.db, code!))!;
      expect(after.sides.shenzhen).toEqual({ progress: 0.45, state: "in_progress" });
      expect((await listSideStatuses(handle.db, [rec.id])).get(rec.id)).toEqual(after.sides);
      // Cancelling the untouched one leaves the started one alone on the side.
      const untouched = rec.actions.find((a) => a.agency.key === "sz-drc")!;
      await handle.db.update(actions).set({ status: "cancelled" }).where(eq(actions.id, untouched.id));
      const cancelled = (await getRecommendationByCode(handle.db, code!))!;
      expect(cancelled.sides.shenzhen).toEqual({ progress: 0.9, state: "in_progress" });
      expect((await listSideStatuses(handle.db, [rec.id])).get(rec.id)).toEqual(cancelled.sides);
      await handle.db.delete(actions).where(eq(actions.recommendationId, rec.id));
      expect((await getRecommendationByCode(handle.db, code!))!.sides.shenzhen.state).toBe("no_actions");
    });
  });
}
