/** My work: an agency's actions grouped by due date in SQL, "only mine", coordinators' agency pick and Needs attention. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import type { DatabaseHandle, DbOrTx } from "@/db";
import { actions, agencies, recommendations } from "@/db/schema";
import {
  countOverdueActions,
  listMyWork,
  listNeedsAttention,
  type MyWorkGroups,
  type MyWorkItem,
} from "@/db/queries/my-work";
import { loadMyWork } from "@/lib/my-work/load";
import { seedRecommendations } from "@/db/seed/data/recommendations";
import { actorFor, rejection } from "../helpers/actors";
import { rollBackEachTest } from "../helpers/rolled-back";
import { createTestDb } from "../helpers/test-db";

let shared: DatabaseHandle;
beforeAll(async () => {
  shared = await createTestDb();
});
afterAll(() => shared.close());

const TODAY = "2026-06-15";
/** The date `n` days from TODAY (negative: before). */
const plus = (n: number) => {
  const d = new Date(`${TODAY}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
};
/** Noon UTC, `n` days from TODAY. */
const at = (n: number) => new Date(`${plus(n)}T12:00:00Z`);

const hkCode = seedRecommendations.find((r) => r.owners.some((o) => o.agencyKey === "hk-itib"))!.code;

async function ids(db: DbOrTx) {
  const [hk] = await db.select().from(agencies).where(eq(agencies.key, "hk-itib"));
  const [sz] = await db.select().from(agencies).where(eq(agencies.key, "sz-stic"));
  const [rec] = await db.select().from(recommendations).where(eq(recommendations.code, hkCode));
  return { hk: hk!, sz: sz!, rec: rec! };
}

type Seed = Partial<typeof actions.$inferInsert> & { title: string };

/** Inserts actions directly, so completion dates can lie in the past. */
async function insert(db: DbOrTx, agencyId: string, recommendationId: string, rows: Seed[]) {
  await db.insert(actions).values(rows.map((r) => ({ agencyId, recommendationId, status: "todo" as const, ...r })));
}

/** The titles in each group among the ones this test made (the seed has actions of its own). */
function titles(groups: MyWorkGroups, tag: string) {
  const pick = (items: MyWorkItem[]) =>
    items.filter((i) => i.title.startsWith(tag)).map((i) => i.title.slice(tag.length));
  return {
    overdue: pick(groups.overdue),
    dueSoon: pick(groups.dueSoon),
    later: pick(groups.later),
    recentlyDone: pick(groups.recentlyDone),
  };
}

describe("My work", () => {
  const h = rollBackEachTest(() => shared);

  it("groups by due date against the caller's today: overdue, within 14 days, later, done in 30 days", async () => {
    const { hk, rec } = await ids(h.db);
    const hkMember = await actorFor(h.db, "hk.member@demo.local");
    const tag = "MW1 ";
    await insert(h.db, hk.id, rec.id, [
      { title: `${tag}yesterday`, dueDate: plus(-1), status: "in_progress", progress: 40 },
      { title: `${tag}last month`, dueDate: plus(-31), status: "blocked" },
      { title: `${tag}today`, dueDate: TODAY },
      { title: `${tag}in 14 days`, dueDate: plus(14) },
      { title: `${tag}in 15 days`, dueDate: plus(15) },
      { title: `${tag}no date`, dueDate: null },
      { title: `${tag}done 29 days ago`, status: "done", progress: 100, completedAt: at(-29), completionNote: "x" },
      { title: `${tag}done 31 days ago`, status: "done", progress: 100, completedAt: at(-31), completionNote: "x" },
      {
        title: `${tag}done today, was overdue`,
        status: "done",
        dueDate: plus(-5),
        completedAt: at(0),
        completionNote: "x",
      },
      { title: `${tag}cancelled`, status: "cancelled", dueDate: plus(-3), cancellationReason: "not needed" },
    ]);
    const groups = await listMyWork(h.db, { agencyId: hk.id, userId: hkMember.id, today: TODAY });
    expect(titles(groups, tag)).toEqual({
      overdue: ["last month", "yesterday"],
      dueSoon: ["today", "in 14 days"],
      later: ["in 15 days", "no date"],
      recentlyDone: ["done today, was overdue", "done 29 days ago"],
    });
    const yesterday = groups.overdue.find((i) => i.title === `${tag}yesterday`)!;
    expect(yesterday).toMatchObject({ overdue: true, daysOverdue: 1, progress: 40, status: "in_progress" });
    expect(yesterday.recommendation).toMatchObject({ code: hkCode, title: { en: rec.titleEn } });
    expect(yesterday.recommendation.ownerAgencyIds).toContain(hk.id);
    expect(groups.overdue.find((i) => i.title === `${tag}last month`)!.daysOverdue).toBe(31);
    expect(groups.dueSoon.find((i) => i.title === `${tag}today`)).toMatchObject({ overdue: false, daysOverdue: null });
    // A done action is never overdue, whatever its old due date.
    expect(groups.recentlyDone[0]).toMatchObject({ overdue: false, daysOverdue: null });
    // Every action listed is the agency's, and none is cancelled.
    const all = Object.values(groups).flat();
    expect(all.every((i) => i.agency.id === hk.id && i.status !== "cancelled")).toBe(true);
  });

  it("keeps only the caller's actions with Only mine", async () => {
    const { hk, rec } = await ids(h.db);
    const hkMember = await actorFor(h.db, "hk.member@demo.local");
    const tag = "MW2 ";
    await insert(h.db, hk.id, rec.id, [
      { title: `${tag}mine`, dueDate: plus(3), assigneeId: hkMember.id },
      { title: `${tag}nobody's`, dueDate: plus(3) },
    ]);
    const agency = await listMyWork(h.db, { agencyId: hk.id, userId: hkMember.id, today: TODAY });
    expect(titles(agency, tag).dueSoon.sort()).toEqual(["mine", "nobody's"]);
    const mine = await listMyWork(h.db, { agencyId: hk.id, userId: hkMember.id, onlyMine: true, today: TODAY });
    expect(titles(mine, tag).dueSoon).toEqual(["mine"]);
    expect(
      Object.values(mine)
        .flat()
        .every((i) => i.assignee?.id === hkMember.id),
    ).toBe(true);
  });

  it("leaves out actions under an archived recommendation, and counts overdue ones in one query", async () => {
    const { hk, sz, rec } = await ids(h.db);
    const hkMember = await actorFor(h.db, "hk.member@demo.local");
    const before = await countOverdueActions(h.db, { agencyId: hk.id, today: TODAY });
    const beforeAll = await countOverdueActions(h.db, { agencyId: null, today: TODAY });
    const tag = "MW3 ";
    await insert(h.db, hk.id, rec.id, [
      { title: `${tag}late`, dueDate: plus(-2) },
      { title: `${tag}due today`, dueDate: TODAY },
      { title: `${tag}late but done`, dueDate: plus(-2), status: "done", completedAt: at(0), completionNote: "x" },
    ]);
    await insert(h.db, sz.id, rec.id, [{ title: `${tag}Shenzhen late`, dueDate: plus(-9) }]);
    expect(await countOverdueActions(h.db, { agencyId: hk.id, today: TODAY })).toBe(before + 1);
    expect(await countOverdueActions(h.db, { agencyId: null, today: TODAY })).toBe(beforeAll + 2);

    await h.db.update(recommendations).set({ archivedAt: new Date() }).where(eq(recommendations.id, rec.id));
    const groups = await listMyWork(h.db, { agencyId: hk.id, userId: hkMember.id, today: TODAY });
    expect(
      Object.values(groups)
        .flat()
        .some((i) => i.recommendation.code === hkCode),
    ).toBe(false);
    expect(await countOverdueActions(h.db, { agencyId: hk.id, today: TODAY })).toBeLessThan(before + 1);
  });

  it("lets a coordinator pick any agency, and refuses a member another agency's work with the reason", async () => {
    const coord = await actorFor(h.db, "coordinator@demo.local");
    const hkMember = await actorFor(h.db, "hk.member@demo.local");
    const viewer = await actorFor(h.db, "viewer@demo.local");

    const picked = await loadMyWork(h.db, coord, { agency: "sz-stic" }, TODAY);
    expect(picked.agency?.key).toBe("sz-stic");
    expect(
      Object.values(picked.groups!)
        .flat()
        .every((i) => i.agency.key === "sz-stic"),
    ).toBe(true);
    expect(picked.needsAttention).not.toBeNull();

    const none = await loadMyWork(h.db, coord, {}, TODAY);
    expect(none).toMatchObject({ agency: null, groups: null });
    expect(none.needsAttention).not.toBeNull();

    const own = await loadMyWork(h.db, hkMember, {}, TODAY);
    expect(own.agency?.key).toBe("hk-itib");
    expect(own.needsAttention).toBeNull();
    expect((await loadMyWork(h.db, hkMember, { agency: "hk-itib", scope: "mine" }, TODAY)).scope).toBe("mine");

    const other = await rejection(loadMyWork(h.db, hkMember, { agency: "sz-stic" }, TODAY));
    expect(other.status).toBe(403);
    expect(other.message).toMatch(/their own agency's work/);
    expect((await rejection(loadMyWork(h.db, viewer, {}, TODAY))).status).toBe(403);
    const unknown = await rejection(loadMyWork(h.db, coord, { agency: "no-such-agency" }, TODAY));
    expect(unknown.status).toBe(400);
    expect(unknown.fieldErrors?.agency?.[0]).toMatch(/No agency has the key "no-such-agency"/);
  });

  it("lists what needs attention across agencies, capped, with full counts", async () => {
    const { hk, sz, rec } = await ids(h.db);
    const before = await listNeedsAttention(h.db, { today: TODAY, limit: { unplanned: 500 } });
    const tag = "MW5 ";
    await insert(h.db, hk.id, rec.id, [
      ...Array.from({ length: 6 }, (_, i) => ({ title: `${tag}unassigned ${i}`, dueDate: plus(100 + i) })),
      { title: `${tag}unassigned but done`, status: "done" as const, completedAt: at(0), completionNote: "x" },
    ]);
    const szMember = await actorFor(h.db, "sz.member@demo.local");
    await insert(h.db, sz.id, rec.id, [{ title: `${tag}very late`, dueDate: plus(-400), assigneeId: szMember.id }]);

    // A recommendation accepted with only a cancelled action has no plan; an open action gives it one.
    // A copy of a seeded recommendation under a new code (its own id, version and times).
    const copy: Partial<typeof rec> = { ...rec };
    for (const k of ["id", "createdAt", "updatedAt", "version"] as const) delete copy[k];
    const [bare] = await h.db
      .insert(recommendations)
      .values({
        ...(copy as typeof rec),
        code: "MW-UNPLANNED-1",
        status: "accepted",
        acceptance: "accepted",
        acceptanceReason: "Agreed at the joint meeting",
      })
      .returning();
    await insert(h.db, hk.id, bare!.id, [{ title: `${tag}dropped`, status: "cancelled", cancellationReason: "n/a" }]);

    const now = await listNeedsAttention(h.db, {
      today: TODAY,
      limit: { unassigned: 500, overdue: 500, unplanned: 500 },
    });
    expect(now.unassigned.count).toBe(before.unassigned.count + 6);
    expect(now.unassigned.items.filter((i) => i.title.startsWith(tag)).map((i) => i.title)).toEqual(
      Array.from({ length: 6 }, (_, i) => `${tag}unassigned ${i}`),
    );
    expect(now.unassigned.items.every((i) => i.assignee === null && i.status !== "done")).toBe(true);
    expect(now.overdue.count).toBe(before.overdue.count + 1);
    // Most overdue first.
    expect(now.overdue.items[0]).toMatchObject({ title: `${tag}very late`, daysOverdue: 400 });
    expect(now.unplanned.count).toBe(before.unplanned.count + 1);
    expect(now.unplanned.items.map((r) => r.code)).toContain("MW-UNPLANNED-1");

    const capped = await listNeedsAttention(h.db, { today: TODAY });
    expect(capped.unassigned.items).toHaveLength(5);
    expect(capped.unassigned.count).toBe(now.unassigned.count);
    expect(capped.overdue.count).toBe(now.overdue.count);

    await insert(h.db, hk.id, bare!.id, [{ title: `${tag}the plan` }]);
    const planned = await listNeedsAttention(h.db, { today: TODAY, limit: { unplanned: 500 } });
    expect(planned.unplanned.items.map((r) => r.code)).not.toContain("MW-UNPLANNED-1");
  });
});
