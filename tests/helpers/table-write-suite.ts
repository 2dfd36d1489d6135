/**
 * Writes from the table, on every database: the lead agency of a side, bulk edits (all rows or none)
 * and saved views (ownership, sharing, default). Run on PGlite (unit) and PostgreSQL (integration).
 */
import { describe, expect, it } from "vitest";
import { and, eq, gt, inArray } from "drizzle-orm";
import type { DatabaseHandle } from "@/db";
import { activityLog, recommendations } from "@/db/schema";
import { getRecommendationByCode } from "@/db/queries/recommendations";
import { listSavedViews } from "@/db/queries/views";
import { bulkUpdateRecommendations } from "@/db/mutations/bulk";
import { setLeadAgency } from "@/db/mutations/owners";
import { deleteView, saveView, setDefaultView } from "@/db/mutations/views";
import { bulkUpdateInput } from "@/lib/validation/inputs";
import { seedRecommendations } from "@/db/seed/data/recommendations";
import { actorFor, rejection } from "./actors";
import { rollBackEachTest } from "./rolled-back";

async function versions(h: DatabaseHandle, codes: string[]) {
  const rows = await h.db
    .select({ code: recommendations.code, version: recommendations.version, priority: recommendations.priority })
    .from(recommendations)
    .where(inArray(recommendations.code, codes));
  return new Map(rows.map((r) => [r.code, r]));
}

export function describeTableWrites(label: string, getShared: () => DatabaseHandle) {
  describe(`${label}: the lead agency of a side`, () => {
    const handle = rollBackEachTest(getShared);
    const getHandle = () => handle;
    const rec = seedRecommendations.find(
      (r) => r.owners.some((o) => o.agencyKey === "sz-stic" && o.role === "lead") && r.owners.length > 1,
    )!;

    it("moves the lead to another agency of that side, keeps the old lead as supporting, and records it", async () => {
      const h = getHandle();
      const coord = await actorFor(h.db, "coordinator@demo.local");
      const before = (await getRecommendationByCode(h.db, rec.code))!;
      const after = await setLeadAgency(h.db, coord, rec.code, {
        version: before.version,
        side: "shenzhen",
        agency: "sz-drc",
      });
      expect(after.version).toBe(before.version + 1);
      const role = (key: string) => after.owners.find((o) => o.agency.key === key)?.role;
      expect(role("sz-drc")).toBe("lead");
      expect(role("sz-stic")).toBe("supporting");
      const [entry] = await h.db
        .select()
        .from(activityLog)
        .where(and(eq(activityLog.entityId, before.id), eq(activityLog.field, "leadShenzhen")));
      expect(entry).toMatchObject({ fromValue: expect.stringContaining("SZSTI"), actorId: coord.id });
    });

    it("refuses an agency of the other side, members, and a stale version", async () => {
      const h = getHandle();
      const coord = await actorFor(h.db, "coordinator@demo.local");
      const sz = await actorFor(h.db, "sz.member@demo.local");
      const current = (await getRecommendationByCode(h.db, rec.code))!;
      const wrongSide = await rejection(
        setLeadAgency(h.db, coord, rec.code, { version: current.version, side: "shenzhen", agency: "hk-itib" }),
      );
      expect(wrongSide.status).toBe(422);
      expect(wrongSide.message).toMatch(/not a Shenzhen agency/);
      const member = await rejection(
        setLeadAgency(h.db, sz, rec.code, { version: current.version, side: "shenzhen", agency: "sz-stic" }),
      );
      expect(member.status).toBe(403);
      const stale = await rejection(
        setLeadAgency(h.db, coord, rec.code, { version: current.version - 1, side: "shenzhen", agency: "sz-stic" }),
      );
      expect(stale.status).toBe(409);
      const unknown = await rejection(
        setLeadAgency(h.db, coord, rec.code, { version: current.version, side: "shenzhen", agency: "sz-nope" }),
      );
      expect(unknown.status).toBe(422);
      expect((await getRecommendationByCode(h.db, rec.code))!.version).toBe(current.version);
    });
  });

  describe(`${label}: bulk edit`, () => {
    const handle = rollBackEachTest(getShared);
    const getHandle = () => handle;
    const codes = seedRecommendations.slice(20, 40).map((r) => r.code);

    it("changes 20 recommendations in one transaction, each versioned and recorded with the reason", async () => {
      const h = getHandle();
      const coord = await actorFor(h.db, "coordinator@demo.local");
      const before = await versions(h, codes);
      const result = await bulkUpdateRecommendations(h.db, coord, {
        items: codes.map((code) => ({ code, version: before.get(code)!.version })),
        changes: { priority: "low", addAgency: "hk-hkma", reason: "Portfolio review" },
      });
      expect(result.updated).toBe(20);
      const after = await versions(h, codes);
      for (const code of codes) {
        expect(after.get(code)!.priority).toBe("low");
        expect(result.versions[code]).toBe(after.get(code)!.version);
        const rec = (await getRecommendationByCode(h.db, code))!;
        expect(rec.owners.some((o) => o.agency.key === "hk-hkma")).toBe(true);
      }
      const log = await h.db
        .select()
        .from(activityLog)
        .where(and(eq(activityLog.reason, "Portfolio review"), gt(activityLog.at, new Date(Date.now() - 60_000))));
      expect(log.length).toBeGreaterThanOrEqual(codes.filter((c) => before.get(c)!.priority !== "low").length);
    });

    it("changes nothing when one row is refused, and names that row", async () => {
      const h = getHandle();
      const coord = await actorFor(h.db, "coordinator@demo.local");
      const before = await versions(h, codes);
      const items = codes.map((code) => ({ code, version: before.get(code)!.version }));
      items[13] = { ...items[13]!, version: items[13]!.version - 1 };
      const err = await rejection(bulkUpdateRecommendations(h.db, coord, { items, changes: { priority: "high" } }));
      expect(err.status).toBe(409);
      expect(err.message).toMatch(new RegExp(`^${codes[13]!.replace(/\./g, "\\.")}: .*Nothing was changed\\.$`));
      expect(await versions(h, codes)).toEqual(before);
    });

    it("applies the lifecycle rules and permissions per row", async () => {
      const h = getHandle();
      const sz = await actorFor(h.db, "sz.member@demo.local");
      const coord = await actorFor(h.db, "coordinator@demo.local");
      const proposed = seedRecommendations
        .filter((r) => r.status === "proposed")
        .slice(0, 3)
        .map((r) => r.code);
      const before = await versions(h, proposed);
      const items = proposed.map((code) => ({ code, version: before.get(code)!.version }));
      const lifecycle = await rejection(
        bulkUpdateRecommendations(h.db, coord, { items, changes: { status: "in_progress" } }),
      );
      expect(lifecycle.status).toBe(422);
      expect(lifecycle.message).toMatch(/Accept the recommendation/);
      const member = await rejection(bulkUpdateRecommendations(h.db, sz, { items, changes: { priority: "high" } }));
      expect(member.status).toBe(403);
      expect(await versions(h, proposed)).toEqual(before);
    });

    it("validates the request: at least one row, no row twice, at least one change", () => {
      expect(bulkUpdateInput.safeParse({ items: [], changes: { priority: "low" } }).success).toBe(false);
      expect(
        bulkUpdateInput.safeParse({
          items: [
            { code: "R-1", version: 1 },
            { code: "R-1", version: 1 },
          ],
          changes: { priority: "low" },
        }).success,
      ).toBe(false);
      expect(bulkUpdateInput.safeParse({ items: [{ code: "R-1", version: 1 }], changes: {} }).success).toBe(false);
    });
  });

  describe(`${label}: saved views`, () => {
    const handle = rollBackEachTest(getShared);
    const getHandle = () => handle;
    it("keeps private views private, shows shared ones to everyone, and only the owner changes them", async () => {
      const h = getHandle();
      const coord = await actorFor(h.db, "coordinator@demo.local");
      const viewer = await actorFor(h.db, "viewer@demo.local");
      const admin = await actorFor(h.db, "admin@demo.local");
      const mine = await saveView(h.db, coord, { name: "Mine", query: "status=proposed", shared: false });
      const ours = await saveView(h.db, coord, { name: "Ours", query: "side=hong_kong", shared: true });
      const seen = await listSavedViews(h.db, viewer.id);
      expect(seen.views.map((v) => v.id)).toContain(ours.id);
      expect(seen.views.map((v) => v.id)).not.toContain(mine.id);
      expect((await rejection(deleteView(h.db, viewer, ours.id))).status).toBe(403);
      expect(
        (await rejection(saveView(h.db, viewer, { id: ours.id, name: "Hijack", query: "", shared: true }))).status,
      ).toBe(403);
      expect((await rejection(saveView(h.db, coord, { name: "Ours", query: "", shared: false }))).status).toBe(409);
      await deleteView(h.db, admin, mine.id);
      expect((await listSavedViews(h.db, coord.id)).views.map((v) => v.name)).toEqual(["Ours"]);
    });

    it("remembers a default view per person, shared or own, and forgets it when the view goes", async () => {
      const h = getHandle();
      const coord = await actorFor(h.db, "coordinator@demo.local");
      const viewer = await actorFor(h.db, "viewer@demo.local");
      const privateView = await saveView(h.db, coord, { name: "Private default", query: "q=x", shared: false });
      expect((await rejection(setDefaultView(h.db, viewer, privateView.id))).status).toBe(404);
      const shared = await saveView(h.db, coord, {
        name: "Shared default",
        query: "q=y",
        shared: true,
        makeDefault: true,
      });
      expect((await listSavedViews(h.db, coord.id)).defaultViewId).toBe(shared.id);
      await setDefaultView(h.db, viewer, shared.id);
      expect((await listSavedViews(h.db, viewer.id)).defaultViewId).toBe(shared.id);
      await deleteView(h.db, coord, shared.id);
      expect((await listSavedViews(h.db, viewer.id)).defaultViewId).toBeNull();
    });

    it("keeps each table's views and default apart: the same name on both lists, a default for each", async () => {
      const h = getHandle();
      const coord = await actorFor(h.db, "coordinator@demo.local");
      const forList = await saveView(h.db, coord, { name: "Overdue", query: "overdue=yes", shared: false });
      const forActions = await saveView(h.db, coord, {
        list: "actions",
        name: "Overdue",
        query: "due=overdue",
        shared: false,
        makeDefault: true,
      });
      const recommendations = await listSavedViews(h.db, coord.id);
      const actions = await listSavedViews(h.db, coord.id, "actions");
      expect(recommendations.views.map((v) => v.id)).toEqual([forList.id]);
      expect(actions.views.map((v) => v.id)).toEqual([forActions.id]);
      expect(recommendations.defaultViewId).toBeNull();
      expect(actions.defaultViewId).toBe(forActions.id);
      // A view of one table cannot become the other table's default, nor be rewritten as the other's.
      expect((await rejection(setDefaultView(h.db, coord, forActions.id))).status).toBe(404);
      expect(
        (await rejection(saveView(h.db, coord, { id: forActions.id, name: "Moved", query: "", shared: false }))).status,
      ).toBe(404);
      await setDefaultView(h.db, coord, forList.id);
      expect((await listSavedViews(h.db, coord.id, "actions")).defaultViewId).toBe(forActions.id);
    });
  });
}
