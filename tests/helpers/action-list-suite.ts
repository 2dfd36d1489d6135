/**
 * The All actions table's query, on every database: each filter, facet count, sort and grouping
 * computed in SQL must agree with the same thing computed in TypeScript from the plain rows.
 * Run on PGlite (unit) and PostgreSQL (integration).
 */
import { describe, expect, it } from "vitest";
import { count, eq, isNull } from "drizzle-orm";
import type { DatabaseHandle } from "@/db";
import { actionFacetCounts, listActions, type ActionTableItem, type ListActionsParams } from "@/db/queries/action-list";
import { actions, recommendations } from "@/db/schema";
import { actionStatuses, sides } from "@/db/schema/enums";
import { actionColumnIds, parseActionSortKey, type ActionColumnId, type ActionSortKey } from "@/lib/table/action-view";
import { dueBuckets, type DueBucket } from "@/lib/table/filters";
import { rollBackEachTest } from "./rolled-back";

// A fixed day so the seed has overdue, near and far actions whatever the date of the run.
const today = "2026-06-30";

const addDays = (iso: string, days: number) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const isOpen = (a: ActionTableItem) => a.status !== "done" && a.status !== "cancelled";

/** The due bucket of an action, computed in TypeScript (the facet's definition in lib/table/filters.ts). */
function bucketOf(a: ActionTableItem): DueBucket | null {
  if (!a.dueDate) return "none";
  if (a.dueDate < today) return isOpen(a) ? "overdue" : null;
  if (a.dueDate < addDays(today, 7)) return "week";
  if (a.dueDate < addDays(today, 30)) return "month";
  return "later";
}

function sortValue(a: ActionTableItem, id: ActionColumnId): string | number | null {
  switch (id) {
    case "title":
      return a.title.toLowerCase();
    case "recommendation":
      return a.recommendation.code;
    case "recommendationTitle":
      return a.recommendation.title.en.toLowerCase();
    case "agency":
      return a.agency.abbreviation;
    case "side":
      return sides.indexOf(a.agency.side);
    case "assignee":
      return a.assignee?.name.toLowerCase() ?? null;
    case "status":
      return actionStatuses.indexOf(a.status);
    case "progress":
      return a.progress;
    case "due":
      return a.dueDate;
    case "overdueBy":
      return a.overdueBy;
    case "updated":
      return a.updatedAt.getTime();
  }
}

/** -1, 0 or 1 as the database orders two values: nulls last in both directions. */
function compare(x: string | number | null, y: string | number | null, desc: boolean): number {
  if (x === y) return 0;
  if (x === null) return 1;
  if (y === null) return -1;
  // Text columns compare with the database's collation; only numbers and ASCII-ordered keys are compared exactly.
  const c = typeof x === "number" && typeof y === "number" ? Math.sign(x - y) : x < y ? -1 : 1;
  return desc ? -c : c;
}

export function describeActionList(label: string, getShared: () => DatabaseHandle) {
  describe(`${label}: the All actions query`, () => {
    const handle = rollBackEachTest(getShared);

    /** Every row of a view, page by page (so the paging is exercised too). */
    async function all(params: ListActionsParams = {}) {
      const rows: ActionTableItem[] = [];
      for (let page = 1; ; page++) {
        const result = await listActions(handle.db, { today, pageSize: 100, ...params, page });
        rows.push(...result.items);
        if (result.items.length < result.pageSize) {
          expect(rows.length).toBe(result.rowTotal);
          return { rows, total: result.total, groups: result.groups };
        }
      }
    }

    it("lists every action of the non-archived recommendations, once, with its figures", async () => {
      const { rows, total } = await all();
      const [{ n }] = (await handle.db
        .select({ n: count() })
        .from(actions)
        .innerJoin(recommendations, eq(recommendations.id, actions.recommendationId))
        .where(isNull(recommendations.archivedAt))) as [{ n: number }];
      expect(total).toBe(Number(n));
      expect(rows.length).toBeGreaterThan(20);
      expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
      for (const r of rows) {
        const expected =
          isOpen(r) && r.dueDate && r.dueDate < today ? (Date.parse(today) - Date.parse(r.dueDate)) / 86_400_000 : null;
        expect(r.overdueBy).toBe(expected);
        expect(r.facts.recommendation.ownerAgencyIds.length).toBeGreaterThan(0);
      }
      const buckets = new Set(rows.map(bucketOf));
      // The seed and the fixed day cover several buckets, so the filter tests below mean something.
      expect(["overdue", "later"].every((b) => buckets.has(b as DueBucket))).toBe(true);
    });

    it("filters by agency, side, status and due date as TypeScript would", async () => {
      const { rows: everything } = await all();
      const agency = everything[0]!.agency.key;
      type Case = [ListActionsParams, (a: ActionTableItem) => boolean];
      const cases: Case[] = [
        [{ agency: [agency] }, (a) => a.agency.key === agency],
        [{ side: ["hong_kong"] }, (a) => a.agency.side === "hong_kong"],
        [{ status: ["todo", "blocked"] }, (a) => a.status === "todo" || a.status === "blocked"],
        ...dueBuckets.map((b): Case => [{ due: [b] }, (a) => bucketOf(a) === b]),
        [{ due: ["overdue", "none"] }, (a) => ["overdue", "none"].includes(bucketOf(a) ?? "")],
        [
          { agency: [agency], due: ["overdue"], status: ["in_progress", "todo", "blocked"] },
          (a) => a.agency.key === agency && bucketOf(a) === "overdue",
        ],
      ];
      for (const [params, keep] of cases) {
        const { rows, total } = await all(params);
        const expected = everything.filter((a) => keep(a)).map((a) => a.id);
        expect(rows.map((r) => r.id).sort(), JSON.stringify(params)).toEqual(expected.sort());
        expect(total).toBe(expected.length);
      }
    });

    it("searches the action's title and description and the recommendation's code and title", async () => {
      const { rows: everything } = await all();
      const sample = everything.find((a) => a.title.split(" ").length > 2)!;
      const word = sample.title.split(" ").slice(1, 3).join(" ");
      const byTitle = await all({ q: word.toUpperCase() });
      expect(byTitle.rows.map((r) => r.id)).toContain(sample.id);
      expect(
        byTitle.rows.every(
          (r) =>
            (r.title + " " + (r.description ?? "")).toLowerCase().includes(word.toLowerCase()) ||
            r.recommendation.title.en.toLowerCase().includes(word.toLowerCase()) ||
            r.recommendation.code.toLowerCase().includes(word.toLowerCase()),
        ),
      ).toBe(true);
      const byCode = await all({ q: sample.recommendation.code });
      expect(byCode.rows.map((r) => r.id).sort()).toEqual(
        everything
          .filter((a) => a.recommendation.code.includes(sample.recommendation.code))
          .map((a) => a.id)
          .sort(),
      );
      expect((await all({ q: "100%_no_such_text" })).total).toBe(0);
    });

    it("counts each facet value given the other filters", async () => {
      const { rows: everything } = await all();
      const filters: ListActionsParams = { side: ["shenzhen"], status: ["todo", "in_progress", "blocked"] };
      const facets = await actionFacetCounts(handle.db, filters, today);
      const tally = (rows: ActionTableItem[], value: (a: ActionTableItem) => string | null) => {
        const out: Record<string, number> = {};
        for (const r of rows) {
          const v = value(r);
          if (v !== null) out[v] = (out[v] ?? 0) + 1;
        }
        return out;
      };
      const open = (a: ActionTableItem) => ["todo", "in_progress", "blocked"].includes(a.status);
      const sz = (a: ActionTableItem) => a.agency.side === "shenzhen";
      // A facet is counted without its own filter, with the others.
      expect(facets.side).toEqual(tally(everything.filter(open), (a) => a.agency.side));
      expect(facets.status).toEqual(tally(everything.filter(sz), (a) => a.status));
      expect(facets.agency).toEqual(
        tally(
          everything.filter((a) => open(a) && sz(a)),
          (a) => a.agency.key,
        ),
      );
      expect(facets.due).toEqual(
        tally(
          everything.filter((a) => open(a) && sz(a)),
          bucketOf,
        ),
      );
    });

    it("sorts by every column, both ways, empty values last, with a stable tie-break", async () => {
      for (const id of actionColumnIds) {
        for (const desc of [false, true]) {
          const key: ActionSortKey = desc ? `-${id}` : id;
          const { rows } = await all({ sort: [key] });
          for (let i = 1; i < rows.length; i++) {
            const c = compare(sortValue(rows[i - 1]!, id), sortValue(rows[i]!, id), desc);
            // Text compares with the database's collation, which TypeScript cannot reproduce exactly.
            if (
              typeof sortValue(rows[i]!, id) === "string" &&
              ["title", "recommendationTitle", "assignee", "agency"].includes(id)
            )
              continue;
            expect(c, `${key} at row ${i}`).toBeLessThanOrEqual(0);
          }
          // Nulls last whichever the direction.
          const values = rows.map((r) => sortValue(r, id));
          const firstNull = values.indexOf(null);
          if (firstNull >= 0)
            expect(
              values.slice(firstNull).every((v) => v === null),
              key,
            ).toBe(true);
        }
      }
    });

    it("sorts by several keys: ties of the first are ordered by the second", async () => {
      const sort: ActionSortKey[] = ["status", "-progress", "due"];
      const { rows } = await all({ sort });
      const keys = sort.map(parseActionSortKey);
      for (let i = 1; i < rows.length; i++) {
        const order = keys.map(({ id, desc }) => compare(sortValue(rows[i - 1]!, id), sortValue(rows[i]!, id), desc));
        const first = order.find((c) => c !== 0) ?? 0;
        expect(first, `row ${i}`).toBeLessThanOrEqual(0);
      }
      // Paging is stable: two pages never share a row.
      const p1 = await listActions(handle.db, { today, sort, pageSize: 10, page: 1 });
      const p2 = await listActions(handle.db, { today, sort, pageSize: 10, page: 2 });
      expect(p1.items.map((r) => r.id)).toEqual(rows.slice(0, 10).map((r) => r.id));
      expect(p2.items.map((r) => r.id)).toEqual(rows.slice(10, 20).map((r) => r.id));
    });

    it("groups by recommendation and by agency, with counts, and collapses a group", async () => {
      const { rows: everything } = await all();
      for (const group of ["recommendation", "agency"] as const) {
        const keyOf = (a: ActionTableItem) => (group === "agency" ? a.agency.key : a.recommendation.code);
        const { rows, groups } = await all({ group });
        const expected: Record<string, number> = {};
        for (const a of everything) expected[keyOf(a)] = (expected[keyOf(a)] ?? 0) + 1;
        expect(Object.fromEntries(groups.map((g) => [g.key, g.count]))).toEqual(expected);
        // Rows come group by group, in the groups' order.
        const order = groups.map((g) => g.key);
        const seen = rows.map((r) => order.indexOf(r.group!));
        expect(seen).toEqual([...seen].sort((a, b) => a - b));
        expect(rows.every((r) => r.group === keyOf(r))).toBe(true);
        const hidden = groups[0]!.key;
        const collapsed = await all({ group, collapsed: [hidden] });
        expect(collapsed.rows.some((r) => r.group === hidden)).toBe(false);
        expect(collapsed.groups).toEqual(groups);
        expect(collapsed.rows.length).toBe(everything.length - groups[0]!.count);
      }
    });

    it("leaves out the actions of archived recommendations unless asked", async () => {
      const { rows: everything } = await all();
      const code = everything[0]!.recommendation.code;
      await handle.db.update(recommendations).set({ archivedAt: new Date() }).where(eq(recommendations.code, code));
      const without = await all();
      expect(without.rows.some((r) => r.recommendation.code === code)).toBe(false);
      const withArchived = await all({ includeArchived: true });
      const theirs = withArchived.rows.filter((r) => r.recommendation.code === code);
      expect(theirs.length).toBeGreaterThan(0);
      expect(theirs.every((r) => r.recommendation.archived && r.facts.recommendation.archived)).toBe(true);
      expect(withArchived.total).toBe(without.total + theirs.length);
    });
  });
}
