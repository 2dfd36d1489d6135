/**
 * Write-path behaviour that must hold on every database: permissions, lifecycle rules, optimistic
 * concurrency and the audit trail. Run on PGlite (unit) and on PostgreSQL (integration).
 */
import { describe, expect, it } from "vitest";
import { and, eq, gt } from "drizzle-orm";
import type { DatabaseHandle } from "@/db";
import { activityLog, users } from "@/db/schema";
import { getRecommendationByCode } from "@/db/queries/recommendations";
import { createRecommendation, setRecommendationArchived, updateRecommendation } from "@/db/mutations/recommendations";
import { createAction, updateAction } from "@/db/mutations/actions";
import { authenticateApiToken, createApiToken, revokeApiToken } from "@/db/mutations/tokens";
import {
  createIndicator,
  deleteIndicator,
  deleteIndicatorReading,
  recordIndicatorReading,
  updateIndicator,
} from "@/db/mutations/indicators";
import { listRecommendationIndicators } from "@/db/queries/indicators";
import { recommendationCreateInput } from "@/lib/validation/inputs";
import { seedRecommendations } from "@/db/seed/data/recommendations";
import { actorFor, rejection } from "./actors";
import { rollBackEachTest } from "./rolled-back";

export function describeWritePath(label: string, getShared: () => DatabaseHandle) {
  // A recommendation owned by both demo members' agencies, with an action for each.
  const shared = seedRecommendations.find(
    (r) =>
      r.owners.some((o) => o.agencyKey === "sz-stic") &&
      r.owners.some((o) => o.agencyKey === "hk-itib") &&
      r.actions.some((a) => a.agencyKey === "sz-stic" && a.status !== "done") &&
      r.actions.some((a) => a.agencyKey === "hk-itib") &&
      r.status === "in_progress",
  )!;

  describe(`${label}: writes`, () => {
    const handle = rollBackEachTest(getShared);
    const getHandle = () => handle;
    it("lets a coordinator change fields, bumps the version and records each change", async () => {
      const h = getHandle();
      const coord = await actorFor(h.db, "coordinator@demo.local");
      const before = (await getRecommendationByCode(h.db, shared.code))!;
      const after = await updateRecommendation(h.db, coord, shared.code, {
        version: before.version,
        priority: before.priority === "high" ? "low" : "high",
        health: "at_risk",
        reason: "Quarterly review",
      });
      expect(after.version).toBe(before.version + 1);
      expect(after.health).toBe("at_risk");
      const log = await h.db
        .select()
        .from(activityLog)
        .where(and(eq(activityLog.entityId, before.id), gt(activityLog.entityVersion, before.version)));
      expect(log.map((l) => l.field).sort()).toEqual(
        before.health === "at_risk" ? ["priority"] : ["health", "priority"],
      );
      expect(log.every((l) => l.actorId === coord.id && l.reason === "Quarterly review")).toBe(true);
    });

    it("refuses a stale version with 409, naming who changed what, and writes nothing", async () => {
      const h = getHandle();
      const coord = await actorFor(h.db, "coordinator@demo.local");
      const sz = await actorFor(h.db, "sz.member@demo.local");
      const base = (await getRecommendationByCode(h.db, shared.code))!;
      await updateRecommendation(h.db, coord, shared.code, { version: base.version, health: "off_track" });
      const err = await rejection(
        updateRecommendation(h.db, sz, shared.code, { version: base.version, health: "on_track" }),
      );
      expect(err.status).toBe(409);
      expect(err.message).toMatch(/Casey Coordinator changed health/);
      expect(err.details).toMatchObject({ currentVersion: base.version + 1, current: { health: "off_track" } });
      expect((await getRecommendationByCode(h.db, shared.code))!.health).toBe("off_track");
    });

    it("lets a member update status and health of their agency's item but nothing else", async () => {
      const h = getHandle();
      const sz = await actorFor(h.db, "sz.member@demo.local");
      const rec = (await getRecommendationByCode(h.db, shared.code))!;
      const updated = await updateRecommendation(h.db, sz, shared.code, { version: rec.version, health: "on_track" });
      expect(updated.health).toBe("on_track");
      const err = await rejection(
        updateRecommendation(h.db, sz, shared.code, { version: updated.version, priority: "low" }),
      );
      expect(err.status).toBe(403);
      expect(err.message).toMatch(/ask a coordinator to change the priority/);
      const close = await rejection(
        updateRecommendation(h.db, sz, shared.code, {
          version: updated.version,
          status: "closed",
          closureReason: "implemented",
        }),
      );
      expect(close.status).toBe(403);
    });

    it("refuses a viewer and a member of a non-owning agency", async () => {
      const h = getHandle();
      const viewer = await actorFor(h.db, "viewer@demo.local");
      const other = seedRecommendations.find((r) => !r.owners.some((o) => o.agencyKey === "sz-stic"))!;
      const sz = await actorFor(h.db, "sz.member@demo.local");
      const rec = (await getRecommendationByCode(h.db, other.code))!;
      expect(
        (await rejection(updateRecommendation(h.db, viewer, other.code, { version: rec.version, health: "at_risk" })))
          .status,
      ).toBe(403);
      expect(
        (await rejection(updateRecommendation(h.db, sz, other.code, { version: rec.version, health: "at_risk" })))
          .status,
      ).toBe(403);
      expect((await getRecommendationByCode(h.db, other.code))!.version).toBe(rec.version);
    });

    it("enforces the lifecycle with 422 and field errors", async () => {
      const h = getHandle();
      const coord = await actorFor(h.db, "coordinator@demo.local");
      const proposed = seedRecommendations.find((r) => r.status === "proposed")!;
      const rec = (await getRecommendationByCode(h.db, proposed.code))!;
      const early = await rejection(
        updateRecommendation(h.db, coord, proposed.code, { version: rec.version, status: "in_progress" }),
      );
      expect(early.status).toBe(422);
      expect(early.fieldErrors?.status?.[0]).toMatch(/Accept the recommendation/);
      const close = await rejection(
        updateRecommendation(h.db, coord, proposed.code, { version: rec.version, status: "closed" }),
      );
      expect(close.fieldErrors?.closureReason).toBeDefined();
      const accepted = await updateRecommendation(h.db, coord, proposed.code, {
        version: rec.version,
        acceptance: "accepted",
        acceptanceReason: "Agreed at the joint meeting",
        status: "accepted",
      });
      expect(accepted).toMatchObject({
        status: "accepted",
        acceptance: "accepted",
        acceptanceReason: "Agreed at the joint meeting",
      });
    });

    it("lets the Shenzhen member update their agency's action and refuses the Hong Kong one", async () => {
      const h = getHandle();
      const sz = await actorFor(h.db, "sz.member@demo.local");
      const rec = (await getRecommendationByCode(h.db, shared.code))!;
      const szAction = rec.actions.find((a) => a.agency.key === "sz-stic" && a.status !== "done")!;
      const hkAction = rec.actions.find((a) => a.agency.key === "hk-itib")!;
      const done = await updateAction(h.db, sz, szAction.id, {
        version: szAction.version,
        status: "done",
        completionNote: "Signed off by the bureau",
      });
      expect(done).toMatchObject({ status: "done", progress: 100, version: szAction.version + 1 });
      expect(done.completedAt).toBeInstanceOf(Date);
      const err = await rejection(updateAction(h.db, sz, hkAction.id, { version: hkAction.version, progress: 90 }));
      expect(err.status).toBe(403);
      expect(err.message).toMatch(/their own agency/);
      const move = await rejection(updateAction(h.db, sz, szAction.id, { version: done.version, agency: "hk-itib" }));
      expect(move.status).toBe(403);
    });

    it("asks for a reason when a due date changes", async () => {
      const h = getHandle();
      const coord = await actorFor(h.db, "coordinator@demo.local");
      const rec = (await getRecommendationByCode(h.db, shared.code))!;
      const a = rec.actions[0]!;
      const err = await rejection(updateAction(h.db, coord, a.id, { version: a.version, dueDate: "2027-06-30" }));
      expect(err.status).toBe(422);
      expect(err.fieldErrors?.reason).toBeDefined();
      const moved = await updateAction(h.db, coord, a.id, {
        version: a.version,
        dueDate: "2027-06-30",
        reason: "Budget approved late",
      });
      expect(moved.dueDate).toBe("2027-06-30");
      const [entry] = await h.db
        .select()
        .from(activityLog)
        .where(and(eq(activityLog.entityId, a.id), eq(activityLog.field, "dueDate")));
      expect(entry).toMatchObject({ reason: "Budget approved late", toValue: "2027-06-30" });
    });

    it("creates recommendations and actions with owners, refusing unknown agencies and duplicate codes", async () => {
      const h = getHandle();
      const coord = await actorFor(h.db, "coordinator@demo.local");
      const input = recommendationCreateInput.parse({
        code: `R-009-T${label.length}`,
        title: { en: "Pilot a joint talent card", zhHans: "试点联合人才卡", zhHant: "試點聯合人才卡" },
        summary: { en: "Issue a card.", zhHans: "发卡。", zhHant: "發卡。" },
        theme: "talent",
        horizon: "short",
        owners: [
          { agency: "sz-hrss", role: "lead" },
          { agency: "hk-lwb", role: "lead" },
        ],
      });
      const created = await createRecommendation(h.db, coord, input);
      expect(created.owners.map((o) => o.agency.key).sort()).toEqual(["hk-lwb", "sz-hrss"]);
      expect((await rejection(createRecommendation(h.db, coord, input))).status).toBe(409);
      const bad = await rejection(
        createRecommendation(h.db, coord, { ...input, code: "R-009-X1", owners: [{ agency: "nope", role: "lead" }] }),
      );
      expect(bad.status).toBe(422);
      expect(await getRecommendationByCode(h.db, "R-009-X1")).toBeNull();
      const action = await createAction(h.db, coord, input.code, {
        title: "Design the card",
        agency: "sz-hrss",
        status: "todo",
        progress: 0,
      });
      expect(action).toMatchObject({ agency: "sz-hrss", version: 1 });
      const sz = await actorFor(h.db, "sz.member@demo.local");
      expect(
        (
          await rejection(
            createAction(h.db, sz, input.code, { title: "x", agency: "sz-stic", status: "todo", progress: 0 }),
          )
        ).status,
      ).toBe(403);
    });

    it("archives and restores for coordinators only, refusing changes while archived and keeping the row", async () => {
      const h = getHandle();
      const coord = await actorFor(h.db, "coordinator@demo.local");
      const sz = await actorFor(h.db, "sz.member@demo.local");
      const code = seedRecommendations.find((r) => r.owners.some((o) => o.agencyKey === "sz-stic"))!.code;
      const rec = (await getRecommendationByCode(h.db, code))!;
      const refused = await rejection(
        setRecommendationArchived(h.db, sz, code, { version: rec.version, archived: true }),
      );
      expect(refused.status).toBe(403);
      const archived = await setRecommendationArchived(h.db, coord, code, {
        version: rec.version,
        archived: true,
        reason: "Superseded",
      });
      expect(archived.archivedAt).toBeInstanceOf(Date);
      expect(archived.version).toBe(rec.version + 1);
      const stale = await rejection(
        setRecommendationArchived(h.db, coord, code, { version: rec.version, archived: false }),
      );
      expect(stale.status).toBe(409);
      const blocked = await rejection(
        updateRecommendation(h.db, sz, code, { version: archived.version, health: "at_risk" }),
      );
      expect(blocked.message).toMatch(/archived/);
      const restored = await setRecommendationArchived(h.db, coord, code, {
        version: archived.version,
        archived: false,
      });
      expect(restored.archivedAt).toBeNull();
      const log = await h.db
        .select()
        .from(activityLog)
        .where(and(eq(activityLog.entityId, rec.id), gt(activityLog.entityVersion, rec.version)))
        .orderBy(activityLog.id);
      expect(log.map((l) => l.kind)).toEqual(["archive", "restore"]);
      expect(log[0]!.reason).toBe("Superseded");
    });

    it("records indicator readings for owners and refuses others", async () => {
      const h = getHandle();
      const coord = await actorFor(h.db, "coordinator@demo.local");
      const indicator = await createIndicator(h.db, coord, shared.code, {
        name: "Joint projects funded",
        unit: "projects",
        target: 40,
      });
      const sz = await actorFor(h.db, "sz.member@demo.local");
      const reading = await recordIndicatorReading(h.db, sz, indicator.id, { value: 12, observedOn: "2026-09-30" });
      expect(Number(reading.value)).toBe(12);
      const viewer = await actorFor(h.db, "viewer@demo.local");
      expect(
        (await rejection(recordIndicatorReading(h.db, viewer, indicator.id, { value: 1, observedOn: "2026-10-01" })))
          .status,
      ).toBe(403);
    });

    it("works out indicator figures, refuses an edit on values changed meanwhile and deletes readings and indicators", async () => {
      const h = getHandle();
      const coord = await actorFor(h.db, "coordinator@demo.local");
      const sz = await actorFor(h.db, "sz.member@demo.local");
      const rec = (await getRecommendationByCode(h.db, shared.code))!;
      const made = await createIndicator(h.db, coord, shared.code, {
        name: "Days to clear",
        unit: "days",
        baseline: 12,
        target: 4,
      });
      const second = await createIndicator(h.db, coord, shared.code, { name: "Lanes open", unit: "lanes" });
      const late = await recordIndicatorReading(h.db, sz, made.id, { value: 10, observedOn: "2026-06-30" });
      await recordIndicatorReading(h.db, sz, made.id, { value: 11, observedOn: "2026-03-31" });
      const [a, b] = (await listRecommendationIndicators(h.db, rec.id)).filter((i) =>
        [made.id, second.id].includes(i.id),
      );
      expect(a).toMatchObject({ id: made.id, direction: "decrease", progress: 0.25, latest: { value: 10 } });
      expect(a!.readings.map((r) => r.observedOn)).toEqual(["2026-03-31", "2026-06-30"]);
      expect(b).toMatchObject({ id: second.id, progress: null, readings: [] });

      const expected = {
        name: "Days to clear",
        unit: "days",
        baseline: 12,
        baselineDate: null,
        target: 4,
        targetDate: null,
      };
      await updateIndicator(h.db, coord, made.id, { target: 6, expected });
      const stale = await rejection(updateIndicator(h.db, coord, made.id, { unit: "d", expected }));
      expect(stale.status).toBe(409);
      expect(stale.message).toMatch(/Casey Coordinator changed the target \(4 → 6\)/);

      await deleteIndicatorReading(h.db, sz, made.id, late.id);
      const removed = await deleteIndicator(h.db, coord, made.id);
      expect(removed).toEqual({ id: made.id, deleted: true, readingsDeleted: 1 });
      const kinds = await h.db
        .select({ type: activityLog.entityType, kind: activityLog.kind })
        .from(activityLog)
        .where(and(eq(activityLog.recommendationId, rec.id), eq(activityLog.kind, "delete")))
        .orderBy(activityLog.id);
      expect(kinds).toEqual([
        { type: "indicator_reading", kind: "delete" },
        { type: "indicator", kind: "delete" },
      ]);
    });

    it("issues API tokens that authenticate until revoked, hashed at rest", async () => {
      const h = getHandle();
      const hk = await actorFor(h.db, "hk.member@demo.local");
      const created = await createApiToken(h.db, hk, { name: "sync job", scope: "write" });
      expect(created.token).toMatch(/^tct_/);
      const found = await authenticateApiToken(h.db, created.token);
      expect(found).toMatchObject({ scope: "write", name: "sync job", user: { email: "hk.member@demo.local" } });
      expect(await authenticateApiToken(h.db, created.token.slice(0, -1) + "x")).toBeNull();
      const viewer = await actorFor(h.db, "viewer@demo.local");
      expect((await rejection(revokeApiToken(h.db, viewer, created.id))).status).toBe(403);
      await revokeApiToken(h.db, hk, created.id);
      expect(await authenticateApiToken(h.db, created.token)).toBeNull();
      expect((await rejection(createApiToken(h.db, viewer, { name: "w", scope: "write" }))).status).toBe(403);
      const readOnly = await createApiToken(h.db, viewer, { name: "r", scope: "read" });
      expect((await authenticateApiToken(h.db, readOnly.token))?.scope).toBe("read");
    });

    it("stops honouring a token once its user is deactivated", async () => {
      const h = getHandle();
      const admin = await actorFor(h.db, "admin@demo.local");
      const created = await createApiToken(h.db, admin, { name: "temp", scope: "read" });
      await h.db.update(users).set({ active: false }).where(eq(users.id, admin.id));
      expect(await authenticateApiToken(h.db, created.token)).toBeNull();
      await h.db.update(users).set({ active: true }).where(eq(users.id, admin.id));
    });
  });
}
