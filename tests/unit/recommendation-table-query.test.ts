/**
 * The table's database query: every sort, filter, grouping and facet count computed in SQL must agree
 * with the same figure computed in TypeScript from the recommendations' actions and owners.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "@/db";
import { facetCounts, listRecommendations, type ListItem } from "@/db/queries/recommendation-list";
import { horizons, priorities, recommendationStatuses, themes } from "@/db/schema/enums";
import { columnIds, parseSortKey, type ColumnId, type SortKey } from "@/lib/table/recommendation-view";
import { createTestDb } from "../helpers/test-db";

// A fixed day so the seed has both overdue and upcoming actions whatever the date of the run.
const today = "2026-06-30";

let handle: DatabaseHandle;
let everything: ListItem[];

beforeAll(async () => {
  handle = await createTestDb();
  everything = (await listRecommendations(handle.db, { pageSize: 500, today })).items;
});
afterAll(() => handle.close());

const list = (params: Parameters<typeof listRecommendations>[1]) =>
  listRecommendations(handle.db, { pageSize: 500, today, ...params });
const codes = (items: { code: string }[]) => items.map((r) => r.code);

const lead = (r: ListItem, side: string) =>
  r.owners
    .filter((o) => o.role === "lead" && o.agency.side === side)
    .map((o) => o.agency.abbreviation)
    .sort()[0] ?? null;

/** The value the table sorts a column by, computed from the view. */
function sortValue(r: ListItem, id: ColumnId): string | number | null {
  switch (id) {
    case "code":
      return r.code;
    case "title":
      return r.title.en.toLowerCase();
    case "theme":
      return themes.indexOf(r.theme as (typeof themes)[number]);
    case "horizon":
      return horizons.indexOf(r.horizon);
    case "priority":
      return priorities.indexOf(r.priority);
    case "status":
      return recommendationStatuses.indexOf(r.status);
    case "health":
      return r.health ? ["on_track", "at_risk", "off_track"].indexOf(r.health) : null;
    case "leadShenzhen":
      return lead(r, "shenzhen");
    case "leadHongKong":
      return lead(r, "hong_kong");
    case "progressShenzhen":
      return r.progress.shenzhen;
    case "progressHongKong":
      return r.progress.hong_kong;
    case "nextDue":
      return r.nextDue;
    case "overdue":
      return r.overdueCount;
    case "target":
      return r.targetDate;
    case "updated":
      return r.updatedAt.getTime();
  }
}

function expectedOrder(sort: SortKey[]): string[] {
  const keys = sort.map(parseSortKey);
  if (!keys.some((k) => k.id === "code")) keys.push({ id: "code", desc: false });
  const compare = (a: ListItem, b: ListItem) => {
    for (const { id, desc } of keys) {
      const x = sortValue(a, id);
      const y = sortValue(b, id);
      if (x === y) continue;
      // Empty values last in either direction, as the database orders them.
      if (x === null) return 1;
      if (y === null) return -1;
      // Byte order, as the test database's C collation compares codes and abbreviations.
      const c =
        typeof x === "number" && typeof y === "number"
          ? x - y
          : Buffer.compare(Buffer.from(String(x)), Buffer.from(String(y)));
      if (c !== 0) return desc ? -c : c;
    }
    return 0;
  };
  return codes([...everything].sort(compare));
}

describe("the table query", () => {
  it("computes progress per side, next due date and overdue count for every row", () => {
    const withOverdue = everything.filter((r) => r.overdueCount > 0);
    expect(withOverdue.length, "the seed has overdue work on this day").toBeGreaterThan(0);
    expect(everything.some((r) => r.progress.shenzhen !== null && r.progress.shenzhen > 0)).toBe(true);
    // Weighted by each action's progress: the seed has sides whose work is under way with none done yet.
    expect(
      everything.some(
        (r) => r.progress.hong_kong !== null && r.progress.hong_kong > 0 && !r.actions.some((a) => a.status === "done"),
      ),
    ).toBe(true);
    for (const r of everything) {
      for (const side of ["shenzhen", "hong_kong"] as const) {
        const counted = r.actions.filter(
          (a) => a.status !== "cancelled" && (a.agency.side === side || a.agency.side === "joint"),
        );
        const percent = counted.map((a) => (a.status === "done" ? 100 : a.progress));
        expect(r.progress[side], `${r.code} ${side}`).toBe(
          counted.length ? percent.reduce((x, y) => x + y, 0) / (100 * counted.length) : null,
        );
      }
      const open = r.actions.filter((a) => a.status !== "done" && a.status !== "cancelled");
      expect(r.overdueCount).toBe(open.filter((a) => a.dueDate && a.dueDate < today).length);
      expect(r.nextDue).toBe(
        open
          .map((a) => a.dueDate)
          .filter(Boolean)
          .sort()[0] ?? null,
      );
    }
  });

  it.each(columnIds.filter((id) => id !== "updated"))("sorts by %s both ways as the figures say", async (id) => {
    for (const key of [id, `-${id}`] as SortKey[]) {
      expect(codes((await list({ sort: [key] })).items), key).toEqual(expectedOrder([key]));
    }
  });

  it("sorts by several columns, the first deciding first", async () => {
    for (const sort of [
      ["status", "-priority"],
      ["-overdue", "nextDue"],
      ["leadHongKong", "-progressShenzhen", "title"],
    ] as SortKey[][]) {
      expect(codes((await list({ sort })).items), sort.join()).toEqual(expectedOrder(sort));
    }
  });

  it("filters by health (including not assessed), horizon, priority, overdue and each side's state", async () => {
    const match = async (params: Parameters<typeof list>[0], pred: (r: ListItem) => boolean) =>
      expect(codes((await list(params)).items).sort()).toEqual(codes(everything.filter(pred)).sort());
    await match({ health: ["none"] }, (r) => r.health === null);
    await match({ health: ["at_risk", "none"] }, (r) => r.health === "at_risk" || r.health === null);
    await match({ horizon: ["long"] }, (r) => r.horizon === "long");
    await match({ priority: ["high", "low"] }, (r) => r.priority !== "medium");
    await match({ overdue: ["yes"] }, (r) => r.overdueCount > 0);
    await match({ overdue: ["no"] }, (r) => r.overdueCount === 0);
    await match({ overdue: ["yes", "no"] }, () => true);
    await match({ stateShenzhen: ["in_progress"] }, (r) => r.sides.shenzhen.state === "in_progress");
    await match(
      { stateHongKong: ["done", "no_actions"], health: ["on_track"] },
      (r) => ["done", "no_actions"].includes(r.sides.hong_kong.state) && r.health === "on_track",
    );
  });

  it("counts each facet's values under the other filters", async () => {
    const filters = { side: ["hong_kong" as const], status: ["proposed" as const, "accepted" as const] };
    const facets = await facetCounts(handle.db, filters, today);
    const hk = (r: ListItem) => r.owners.some((o) => o.agency.side === "hong_kong");
    const inStatus = (r: ListItem) => filters.status.includes(r.status as "proposed");
    const tally = (rows: ListItem[], value: (r: ListItem) => string[]) => {
      const out: Record<string, number> = {};
      for (const r of rows) for (const v of new Set(value(r))) out[v] = (out[v] ?? 0) + 1;
      return out;
    };
    // Status counts ignore the status filter (so other statuses can be added) but honour the side.
    expect(facets.status).toEqual(tally(everything.filter(hk), (r) => [r.status]));
    expect(facets.side).toEqual(tally(everything.filter(inStatus), (r) => r.owners.map((o) => o.agency.side)));
    const both = everything.filter((r) => hk(r) && inStatus(r));
    expect(facets.theme).toEqual(tally(both, (r) => [r.theme]));
    expect(facets.health).toEqual(tally(both, (r) => [r.health ?? "none"]));
    expect(facets.agency).toEqual(tally(both, (r) => r.owners.map((o) => o.agency.key)));
    expect(facets.overdue).toEqual(tally(both, (r) => [r.overdueCount > 0 ? "yes" : "no"]));
    expect(facets.stateShenzhen).toEqual(tally(both, (r) => [r.sides.shenzhen.state]));
    expect(facets.stateHongKong).toEqual(tally(both, (r) => [r.sides.hong_kong.state]));
  });

  it("groups by status in lifecycle order with counts, and leaves out collapsed groups' rows", async () => {
    const grouped = await list({ group: "status", sort: ["-priority"] });
    const order = recommendationStatuses.filter((s) => everything.some((r) => r.status === s));
    expect(grouped.groups.map((g) => g.key)).toEqual(order);
    for (const g of grouped.groups) expect(g.count).toBe(everything.filter((r) => r.status === g.key).length);
    expect(grouped.items.map((r) => r.group)).toEqual(grouped.items.map((r) => r.status));
    expect([...new Set(grouped.items.map((r) => r.group))]).toEqual(order);

    const collapsed = await list({ group: "status", collapsed: [order[0]!] });
    expect(collapsed.groups).toEqual(grouped.groups);
    expect(collapsed.items.some((r) => r.status === order[0])).toBe(false);
    expect(collapsed.rowTotal).toBe(everything.length - grouped.groups[0]!.count);
    expect(collapsed.total).toBe(everything.length);
  });

  it("groups by lead agency: a recommendation appears under each of its leads", async () => {
    const grouped = await list({ group: "agency" });
    const pairs = everything.flatMap((r) => {
      const leads = r.owners.filter((o) => o.role === "lead").map((o) => o.agency.key);
      return leads.length ? leads.map((k) => `${k} ${r.code}`) : [` ${r.code}`];
    });
    expect(grouped.rowTotal).toBe(pairs.length);
    expect(grouped.items.map((r) => `${r.group} ${r.code}`).sort()).toEqual(pairs.sort());
    expect(grouped.groups.reduce((n, g) => n + g.count, 0)).toBe(pairs.length);
    expect(grouped.total).toBe(everything.length);
  });

  it("groups by theme and horizon", async () => {
    for (const group of ["theme", "horizon"] as const) {
      const grouped = await list({ group });
      for (const g of grouped.groups) expect(g.count).toBe(everything.filter((r) => r[group] === g.key).length);
    }
  });
});
