/**
 * recommendation_figures (db/schema/figures.ts, kept by migration 0008's triggers) after every kind of
 * write to actions: each recommendation's row must equal a recount from its actions with the rules of
 * lib/side-status.ts. Run on PGlite (tests/unit/figures.test.ts) and PostgreSQL (write-path.test.ts).
 */
import { describe, expect, it } from "vitest";
import { eq, like, sql } from "drizzle-orm";
import type { DatabaseHandle, DbOrTx } from "@/db";
import { actions, agencies, recommendationFigures, recommendations } from "@/db/schema";
import { createAction, updateAction } from "@/db/mutations/actions";
import { bulkUpdateActions } from "@/db/mutations/bulk";
import { mergeAgencies } from "@/db/mutations/agencies";
import { generateLoad, LOAD_CODE_PREFIX } from "@/db/seed/generate";
import { facetCounts, facetCountsPerFacet, listRecommendations } from "@/db/queries/recommendation-list";
import { countsForSide, reportingSides, sideStatus } from "@/lib/side-status";
import { actorFor } from "./actors";
import { rollBackEachTest } from "./rolled-back";

const isOpen = (status: string) => status !== "done" && status !== "cancelled";
const sortedDates = (dates: (string | null)[]) => dates.filter((d): d is string => d !== null).sort();

/** Every recommendation's figures, recounted here from its actions. */
async function recount(db: DbOrTx) {
  const recs = await db.select({ id: recommendations.id }).from(recommendations);
  const acts = await db
    .select({
      rec: actions.recommendationId,
      status: actions.status,
      progress: actions.progress,
      due: actions.dueDate,
      side: agencies.side,
    })
    .from(actions)
    .innerJoin(agencies, eq(agencies.id, actions.agencyId));
  const byRec = new Map<string, typeof acts>(recs.map((r) => [r.id, []]));
  for (const a of acts) byRec.get(a.rec)!.push(a);
  return new Map(
    [...byRec].map(([id, list]) => {
      const side = (s: (typeof reportingSides)[number]) => {
        const mine = list.filter((a) => countsForSide(a.side, s));
        const counted = mine.filter((a) => a.status !== "cancelled");
        const status = sideStatus(list, s);
        return {
          counted: counted.length,
          done: counted.filter((a) => a.status === "done").length,
          open: mine.filter((a) => isOpen(a.status)).length,
          openDue: sortedDates(mine.filter((a) => isOpen(a.status)).map((a) => a.due)),
          progress: status.progress,
          state: status.state,
        };
      };
      const openDue = sortedDates(list.filter((a) => isOpen(a.status)).map((a) => a.due));
      return [
        id,
        {
          openCount: list.filter((a) => isOpen(a.status)).length,
          doneCount: list.filter((a) => a.status === "done").length,
          openDue,
          nextDue: openDue[0] ?? null,
          shenzhen: side("shenzhen"),
          hong_kong: side("hong_kong"),
        },
      ];
    }),
  );
}

/** The stored figures in the same shape. */
async function stored(db: DbOrTx) {
  const rows = await db.select().from(recommendationFigures);
  const num = (v: unknown) => (v === null ? null : Number(v));
  return new Map(
    rows.map((f) => [
      f.recommendationId,
      {
        openCount: f.openCount,
        doneCount: f.doneCount,
        openDue: f.openDue,
        nextDue: f.nextDue,
        shenzhen: {
          counted: f.shenzhenCounted,
          done: f.shenzhenDone,
          open: f.shenzhenOpen,
          openDue: f.shenzhenOpenDue,
          progress: num(f.shenzhenProgress),
          state: f.shenzhenState,
        },
        hong_kong: {
          counted: f.hongKongCounted,
          done: f.hongKongDone,
          open: f.hongKongOpen,
          openDue: f.hongKongOpenDue,
          progress: num(f.hongKongProgress),
          state: f.hongKongState,
        },
      },
    ]),
  );
}

async function expectFiguresRight(db: DbOrTx, after: string) {
  const [expected, actual] = await Promise.all([recount(db), stored(db)]);
  expect(actual.size, `${after}: one row per recommendation`).toBe(expected.size);
  for (const [id, figures] of expected) expect(actual.get(id), `${after}: ${id}`).toEqual(figures);
}

export function describeFigures(label: string, getShared: () => DatabaseHandle) {
  describe(`${label}: per-recommendation figures stay equal to a recount from the actions`, () => {
    const h = rollBackEachTest(getShared);
    const someCode = async () =>
      (
        await h.db
          .select({ code: recommendations.code })
          .from(recommendations)
          .where(sql`${recommendations.archivedAt} is null`)
          .orderBy(recommendations.code)
          .limit(1)
      )[0]!.code;

    it("after the seed (the migration's backfill and the seed's inserts)", async () => {
      await expectFiguresRight(h.db, "seed");
    });

    it("after creating, editing, completing and cancelling an action", async () => {
      const coord = await actorFor(h.db, "coordinator@demo.local");
      const code = await someCode();
      const a = await createAction(h.db, coord, code, {
        title: "Counted",
        agency: "hk-itib",
        status: "todo",
        progress: 0,
        dueDate: "2020-01-01",
      });
      await expectFiguresRight(h.db, "create");
      let { version } = await updateAction(h.db, coord, a.id, {
        version: a.version,
        status: "in_progress",
        progress: 40,
      });
      await expectFiguresRight(h.db, "progress");
      ({ version } = await updateAction(h.db, coord, a.id, { version, dueDate: "2999-01-01", reason: "later" }));
      await expectFiguresRight(h.db, "due date");
      ({ version } = await updateAction(h.db, coord, a.id, { version, status: "done", completionNote: "done" }));
      await expectFiguresRight(h.db, "done");
      const b = await createAction(h.db, coord, code, {
        title: "Dropped",
        agency: "sz-stic",
        status: "blocked",
        progress: 5,
      });
      await expectFiguresRight(h.db, "blocked");
      await updateAction(h.db, coord, b.id, { version: b.version, status: "cancelled", cancellationReason: "no" });
      await expectFiguresRight(h.db, "cancel");
    });

    it("after a bulk edit: reassign, due date and status for several recommendations at once", async () => {
      const coord = await actorFor(h.db, "coordinator@demo.local");
      const open = await h.db
        .select({ id: actions.id, version: actions.version })
        .from(actions)
        .where(sql`${actions.status} in ('todo', 'in_progress')`)
        .limit(6);
      expect(open.length).toBeGreaterThan(2);
      const items = open.map((a) => ({ id: a.id, version: a.version }));
      await bulkUpdateActions(h.db, coord, { items, changes: { agency: "hk-itib" } });
      await expectFiguresRight(h.db, "reassign");
      const again = await h.db
        .select({ id: actions.id, version: actions.version })
        .from(actions)
        .where(sql`${actions.id} in ${items.map((i) => i.id)}`);
      await bulkUpdateActions(h.db, coord, { items: again, changes: { dueDate: "2001-02-03", reason: "moved" } });
      await expectFiguresRight(h.db, "bulk due date");
    });

    it("after deleting actions (one, then all of a recommendation) and a hand-written UPDATE", async () => {
      const code = await someCode();
      const [rec] = await h.db.select().from(recommendations).where(eq(recommendations.code, code));
      const [one] = await h.db.select().from(actions).where(eq(actions.recommendationId, rec!.id)).limit(1);
      if (one) await h.db.delete(actions).where(eq(actions.id, one.id));
      await expectFiguresRight(h.db, "delete one");
      await h.db
        .update(actions)
        .set({ status: "done" })
        .where(sql`${actions.progress} > 50`);
      await expectFiguresRight(h.db, "raw update");
      await h.db.update(actions).set({ titleZhHans: "标题" }).where(eq(actions.recommendationId, rec!.id));
      await expectFiguresRight(h.db, "title only");
      await h.db.delete(actions).where(eq(actions.recommendationId, rec!.id));
      await expectFiguresRight(h.db, "delete all");
      expect((await stored(h.db)).get(rec!.id)?.shenzhen.state).toBe("no_actions");
    });

    it("after merging an agency into one on the other side (its actions then count there)", async () => {
      const admin = await actorFor(h.db, "admin@demo.local");
      await mergeAgencies(h.db, admin, { sourceKey: "hk-itib", targetKey: "sz-stic" });
      await expectFiguresRight(h.db, "merge");
    });

    it("after load generation", async () => {
      await generateLoad(h.db as Parameters<typeof generateLoad>[0], {
        recommendations: 30,
        actionsPerRecommendation: 4,
        seed: 7,
      });
      expect(
        (
          await h.db
            .select()
            .from(recommendations)
            .where(like(recommendations.code, `${LOAD_CODE_PREFIX}%`))
        ).length,
      ).toBe(30);
      await expectFiguresRight(h.db, "generate");
    });

    it("derive overdue from the stored due dates against the day asked for, so midnight needs no write", async () => {
      const coord = await actorFor(h.db, "coordinator@demo.local");
      const code = await someCode();
      await createAction(h.db, coord, code, {
        title: "Due soon",
        agency: "hk-itib",
        status: "todo",
        progress: 0,
        dueDate: "2030-06-15",
      });
      const list = async (today: string, overdue: "yes" | "no") =>
        (await listRecommendations(h.db, { q: code, overdue: [overdue], today, pageSize: 500 })).items.map((r) => ({
          code: r.code,
          overdueCount: r.overdueCount,
        }));
      // Other actions of the recommendation may be overdue already: count what the view counts.
      const before = await listRecommendations(h.db, { q: code, today: "2030-06-15" });
      const after = await listRecommendations(h.db, { q: code, today: "2030-06-16" });
      const mine = (r: typeof before) => r.items.find((i) => i.code === code)!;
      expect(mine(after).overdueCount).toBe(mine(before).overdueCount + 1);
      expect((await list("2030-06-16", "yes")).map((r) => r.code)).toContain(code);
      // Sorting by overdue count uses the same derivation.
      const sorted = await listRecommendations(h.db, { sort: ["-overdue"], today: "2030-06-16", pageSize: 500 });
      const counts = sorted.items.map((r) => r.overdueCount);
      expect(counts).toEqual([...counts].sort((x, y) => y - x));
    });

    it("give the same facet counts in one statement as in one statement per facet", async () => {
      const cases: Parameters<typeof facetCounts>[1][] = [
        {},
        { side: ["hong_kong"], theme: ["talent"] },
        { status: ["in_progress", "accepted"], overdue: ["yes"], stateShenzhen: ["in_progress", "blocked"] },
        { agency: ["sz-stic", "hk-itib"], side: ["shenzhen"], health: ["none", "on_track"] },
        { q: "talent", overdue: ["no"], stateHongKong: ["no_actions", "not_started"], priority: ["high"] },
        { includeArchived: true, overdue: ["yes", "no"], horizon: ["short"] },
      ];
      for (const filters of cases)
        for (const today of ["2026-12-02", "2031-01-01"])
          expect(await facetCounts(h.db, filters, today), JSON.stringify(filters)).toEqual(
            await facetCountsPerFacet(h.db, filters, today),
          );
    });
  });
}
