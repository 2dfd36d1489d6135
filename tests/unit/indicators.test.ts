/** Indicators of a recommendation: the figures worked out from readings, edits, deletions and who may make them, on PGlite. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import type { DatabaseHandle } from "@/db";
import { activityLog } from "@/db/schema";
import { getRecommendationByCode } from "@/db/queries/recommendations";
import { listRecommendationHistory } from "@/db/queries/history";
import {
  getIndicatorView,
  indicatorProgress,
  listRecommendationIndicators,
  type IndicatorView,
} from "@/db/queries/indicators";
import {
  createIndicator,
  deleteIndicator,
  deleteIndicatorReading,
  recordIndicatorReading,
  updateIndicator,
} from "@/db/mutations/indicators";
import { setRecommendationArchived } from "@/db/mutations/recommendations";
import { seedRecommendations } from "@/db/seed/data/recommendations";
import { indicatorPatchInput } from "@/lib/validation/indicators";
import { english } from "@/lib/i18n/render-message";
import { fromZodMessage } from "@/lib/i18n/server-message";
import { describeHistoryEntry, type Translate } from "@/components/recommendations/history-labels";
import { createFormatter, createTranslator } from "next-intl";
import messages from "@/messages/en.json";
import { actorFor, rejection } from "../helpers/actors";
import { rollBackEachTest } from "../helpers/rolled-back";
import { createTestDb } from "../helpers/test-db";

let shared: DatabaseHandle;
beforeAll(async () => {
  shared = await createTestDb();
});
afterAll(() => shared.close());

// Owned by Shenzhen's agency and not by Hong Kong's.
const szOnly = seedRecommendations.find(
  (r) => r.owners.some((o) => o.agencyKey === "sz-stic") && !r.owners.some((o) => o.agencyKey === "hk-itib"),
)!.code;

const t = createTranslator({ locale: "en", messages }) as unknown as Translate;
const format = createFormatter({ locale: "en", timeZone: "UTC" });

const expectedOf = (i: IndicatorView) => ({
  name: i.name,
  unit: i.unit,
  baseline: i.baseline,
  baselineDate: i.baselineDate,
  target: i.target,
  targetDate: i.targetDate,
});

describe("progress toward a target", () => {
  it("is the share of the way from baseline to target, clamped, for rising and falling targets", () => {
    expect(indicatorProgress(10, 25, 40)).toBe(0.5);
    expect(indicatorProgress(10, 55, 40)).toBe(1);
    expect(indicatorProgress(10, 4, 40)).toBe(0);
    // Fewer days to clear customs: from 12 toward 4, at 10 a quarter of the way.
    expect(indicatorProgress(12, 10, 4)).toBe(0.25);
    expect(indicatorProgress(12, 14, 4)).toBe(0);
    expect(indicatorProgress(12, 2, 4)).toBe(1);
  });

  it("is null when a figure is missing or the target is the baseline", () => {
    expect(indicatorProgress(null, 5, 10)).toBeNull();
    expect(indicatorProgress(0, null, 10)).toBeNull();
    expect(indicatorProgress(0, 5, null)).toBeNull();
    expect(indicatorProgress(7, 7, 7)).toBeNull();
  });
});

describe("indicators of a recommendation", () => {
  const h = rollBackEachTest(() => shared);
  const who = async () => ({
    coord: await actorFor(h.db, "coordinator@demo.local"),
    admin: await actorFor(h.db, "admin@demo.local"),
    sz: await actorFor(h.db, "sz.member@demo.local"),
    hk: await actorFor(h.db, "hk.member@demo.local"),
    viewer: await actorFor(h.db, "viewer@demo.local"),
  });

  it("lists readings by the day observed, with baseline, latest, target and progress", async () => {
    const { coord, sz } = await who();
    const rec = (await getRecommendationByCode(h.db, szOnly))!;
    const rising = await createIndicator(h.db, coord, szOnly, {
      name: "Joint labs",
      unit: "labs",
      baseline: 10,
      baselineDate: "2025-12-31",
      target: 50,
      targetDate: "2027-12-31",
    });
    expect(rising).toMatchObject({ readings: [], latest: null, progress: null, direction: "increase", code: szOnly });
    // Recorded out of order: the later day is recorded first.
    await recordIndicatorReading(h.db, sz, rising.id, { value: 30, observedOn: "2026-10-01", note: "Q3 report" });
    await recordIndicatorReading(h.db, sz, rising.id, { value: 12, observedOn: "2026-01-01" });
    const falling = await createIndicator(h.db, coord, szOnly, {
      name: "Days to clear customs",
      unit: "days",
      baseline: 12,
      target: 4,
    });
    await recordIndicatorReading(h.db, coord, falling.id, { value: 10, observedOn: "2026-06-30" });
    await createIndicator(h.db, coord, szOnly, { name: "Shared facilities", unit: "facilities" });

    const list = await listRecommendationIndicators(h.db, rec.id);
    expect(list.map((i) => i.name)).toEqual(["Joint labs", "Days to clear customs", "Shared facilities"]);
    const [a, b, c] = list;
    expect(a!.readings.map((r) => [r.observedOn, r.value])).toEqual([
      ["2026-01-01", 12],
      ["2026-10-01", 30],
    ]);
    expect(a).toMatchObject({
      baseline: 10,
      baselineDate: "2025-12-31",
      target: 50,
      targetDate: "2027-12-31",
      latest: { value: 30, observedOn: "2026-10-01", note: "Q3 report", recordedBy: { name: "Li Wei" } },
      progress: 0.5,
    });
    expect(b).toMatchObject({ direction: "decrease", latest: { value: 10 }, progress: 0.25 });
    expect(c).toMatchObject({ readings: [], latest: null, progress: null, direction: null, baseline: null });
    expect(await getIndicatorView(h.db, a!.id)).toEqual(a);
    expect(await getIndicatorView(h.db, "00000000-0000-4000-8000-000000000000")).toBeNull();
  });

  it("edits an indicator when the expected values still hold, and records what changed", async () => {
    const { coord } = await who();
    const made = await createIndicator(h.db, coord, szOnly, {
      name: "Joint labs",
      unit: "labs",
      baseline: 0,
      target: 20,
    });
    const edited = await updateIndicator(h.db, coord, made.id, {
      target: 40,
      targetDate: "2028-06-30",
      expected: expectedOf(made),
    });
    expect(edited).toMatchObject({ target: 40, targetDate: "2028-06-30", baseline: 0, name: "Joint labs" });
    const [entry] = await h.db
      .select()
      .from(activityLog)
      .where(and(eq(activityLog.entityId, made.id), eq(activityLog.kind, "update")));
    expect(entry).toMatchObject({
      field: "Joint labs",
      fromValue: { target: 20, targetDate: null },
      toValue: { target: 40, targetDate: "2028-06-30" },
    });
    // Sending the values it already has changes nothing and records nothing.
    await updateIndicator(h.db, coord, made.id, { target: 40, expected: expectedOf(edited) });
    const updates = await h.db
      .select()
      .from(activityLog)
      .where(and(eq(activityLog.entityId, made.id), eq(activityLog.kind, "update")));
    expect(updates).toHaveLength(1);
  });

  it("refuses an edit based on values someone changed meanwhile (409), naming who changed what", async () => {
    const { coord, admin } = await who();
    const made = await createIndicator(h.db, coord, szOnly, { name: "Joint labs", unit: "labs", target: 20 });
    const opened = expectedOf(made);
    // The administrator changes the target while the coordinator's editor is open.
    await updateIndicator(h.db, admin, made.id, { target: 30, expected: opened });
    const stale = await rejection(
      updateIndicator(h.db, coord, made.id, { name: "Joint laboratories", expected: opened }),
    );
    expect(stale.status).toBe(409);
    expect(stale.message).toBe(
      'The indicator "Joint labs" was changed after you opened it: Alex Admin changed the target (20 → 30). Review the current values and apply your change again.',
    );
    expect(stale.details).toMatchObject({
      changed: [{ field: "target", expected: 20, current: 30, by: "Alex Admin" }],
      current: { id: made.id, target: 30, name: "Joint labs" },
    });
    expect((await getIndicatorView(h.db, made.id))!.name).toBe("Joint labs");
    // Based on the current values, the same change goes through.
    const current = (await getIndicatorView(h.db, made.id))!;
    expect(
      await updateIndicator(h.db, coord, made.id, { name: "Joint laboratories", expected: expectedOf(current) }),
    ).toMatchObject({ name: "Joint laboratories", target: 30 });
  });

  it("needs the expected values and at least one change", () => {
    const issueText = (error: { issues: { message: string }[] }) => english(fromZodMessage(error.issues[0]!.message));
    const missing = indicatorPatchInput.safeParse({ target: 3 });
    expect(missing.success).toBe(false);
    expect(issueText(missing.error!)).toMatch(/expected must hold the indicator's name, unit/);
    const nothing = indicatorPatchInput.safeParse({
      expected: { name: "a", unit: "b", baseline: null, baselineDate: null, target: null, targetDate: null },
    });
    expect(issueText(nothing.error!)).toMatch(/Send at least one of name, unit/);
    expect(
      issueText(
        indicatorPatchInput.safeParse({
          target: 1e16,
          expected: { name: "a", unit: "b", baseline: null, baselineDate: null, target: null, targetDate: null },
        }).error!,
      ),
    ).toBe("target must be at most 1000000000000000");
  });

  it("deletes an indicator with its readings and a reading made by mistake, and the history says so", async () => {
    const { coord, sz } = await who();
    const rec = (await getRecommendationByCode(h.db, szOnly))!;
    const made = await createIndicator(h.db, coord, szOnly, { name: "Joint labs", unit: "labs" });
    const mistake = await recordIndicatorReading(h.db, sz, made.id, { value: 1200, observedOn: "2026-11-30" });
    await recordIndicatorReading(h.db, sz, made.id, { value: 12, observedOn: "2026-11-30" });
    // Its recorder takes the mistaken reading back.
    expect(await deleteIndicatorReading(h.db, sz, made.id, mistake.id)).toEqual({ id: mistake.id, deleted: true });
    expect((await getIndicatorView(h.db, made.id))!.readings.map((r) => r.value)).toEqual([12]);
    // A reading is named under its own indicator only.
    const other = await createIndicator(h.db, coord, szOnly, { name: "Other", unit: "n" });
    expect((await rejection(deleteIndicatorReading(h.db, coord, other.id, mistake.id))).status).toBe(404);

    expect(await deleteIndicator(h.db, coord, made.id)).toEqual({ id: made.id, deleted: true, readingsDeleted: 1 });
    expect(await getIndicatorView(h.db, made.id)).toBeNull();
    expect((await rejection(deleteIndicator(h.db, coord, made.id))).status).toBe(404);

    const history = await listRecommendationHistory(h.db, rec.id);
    const labels = history.map((e) => describeHistoryEntry(e, t, format));
    expect(labels).toContain("Indicator removed: Joint labs, with its reading");
    expect(labels).toContain("Reading for Joint labs removed: 1,200 on Nov 30, 2026");
  });

  it("labels an edit in the history with each changed field", async () => {
    const { coord } = await who();
    const rec = (await getRecommendationByCode(h.db, szOnly))!;
    const made = await createIndicator(h.db, coord, szOnly, { name: "Joint labs", unit: "labs", target: 20 });
    await updateIndicator(h.db, coord, made.id, { unit: "centres", target: 25, expected: expectedOf(made) });
    const [latest] = await listRecommendationHistory(h.db, rec.id);
    expect(describeHistoryEntry(latest!, t, format)).toBe(
      "Indicator “Joint labs” changed: unit: labs → centres; target: 20 → 25",
    );
  });

  it("refuses viewers and members of agencies that do not own it, and lets members remove only their own readings", async () => {
    const { coord, sz, hk, viewer } = await who();
    const made = await createIndicator(h.db, coord, szOnly, { name: "Joint labs", unit: "labs", target: 20 });
    const expected = expectedOf(made);
    const byCoordinator = await recordIndicatorReading(h.db, coord, made.id, { value: 3, observedOn: "2026-11-30" });

    for (const actor of [viewer, hk, sz]) {
      const edit = await rejection(updateIndicator(h.db, actor, made.id, { target: 1, expected }));
      expect(edit.status).toBe(403);
      expect(edit.message).toMatch(/Only coordinators and administrators define, change or remove indicators/);
      expect((await rejection(deleteIndicator(h.db, actor, made.id))).status).toBe(403);
      expect((await rejection(createIndicator(h.db, actor, szOnly, { name: "x", unit: "y" }))).status).toBe(403);
    }
    for (const actor of [viewer, hk]) {
      expect(
        (await rejection(recordIndicatorReading(h.db, actor, made.id, { value: 1, observedOn: "2026-11-30" }))).status,
      ).toBe(403);
      const removal = await rejection(deleteIndicatorReading(h.db, actor, made.id, byCoordinator.id));
      expect(removal.message).toMatch(/Only coordinators and members of an owning agency can remove readings/);
    }
    // The owning member records, but takes back only what they recorded.
    const theirs = await recordIndicatorReading(h.db, sz, made.id, { value: 4, observedOn: "2026-12-01" });
    expect((await rejection(deleteIndicatorReading(h.db, sz, made.id, byCoordinator.id))).message).toMatch(
      /remove only readings they recorded themselves/,
    );
    await deleteIndicatorReading(h.db, sz, made.id, theirs.id);
    // A refused edit told them nothing about the values and changed nothing.
    expect(await getIndicatorView(h.db, made.id)).toMatchObject({ target: 20, readings: [{ value: 3 }] });
  });

  it("refuses every indicator change on an archived recommendation until it is restored", async () => {
    const { coord, sz } = await who();
    const made = await createIndicator(h.db, coord, szOnly, { name: "Joint labs", unit: "labs" });
    const reading = await recordIndicatorReading(h.db, sz, made.id, { value: 3, observedOn: "2026-11-30" });
    const rec = (await getRecommendationByCode(h.db, szOnly))!;
    const archived = await setRecommendationArchived(h.db, coord, szOnly, { version: rec.version, archived: true });
    const restoreFirst = { status: 403, message: expect.stringMatching(/archived\. Restore it/) };
    const refused = async (p: Promise<unknown>) => {
      const e = await rejection(p);
      return { status: e.status, message: e.message };
    };
    expect(await refused(updateIndicator(h.db, coord, made.id, { target: 9, expected: expectedOf(made) }))).toEqual(
      restoreFirst,
    );
    expect(await refused(deleteIndicator(h.db, coord, made.id))).toEqual(restoreFirst);
    expect(await refused(deleteIndicatorReading(h.db, sz, made.id, reading.id))).toEqual(restoreFirst);
    expect(await refused(recordIndicatorReading(h.db, sz, made.id, { value: 1, observedOn: "2026-12-01" }))).toEqual(
      restoreFirst,
    );
    await setRecommendationArchived(h.db, coord, szOnly, { version: archived.version, archived: false });
    expect(await updateIndicator(h.db, coord, made.id, { target: 9, expected: expectedOf(made) })).toMatchObject({
      target: 9,
    });
  });
});
