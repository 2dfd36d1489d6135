import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createFormatter, createTranslator } from "next-intl";
import type { DatabaseHandle } from "@/db";
import { getRecommendationByCode } from "@/db/queries/recommendations";
import { listRecommendationHistory, type HistoryEntry } from "@/db/queries/history";
import { updateRecommendation } from "@/db/mutations/recommendations";
import { updateAction } from "@/db/mutations/actions";
import { createIndicator, recordIndicatorReading } from "@/db/mutations/indicators";
import { recordActivity } from "@/db/mutations/activity";
import { freezeNoteVersion } from "@/db/mutations/notes";
import { seedDocuments } from "@/db/seed/data/documents";
import { seedRecommendations } from "@/db/seed/data/recommendations";
import { describeHistoryEntry, type Translate } from "@/components/recommendations/history-labels";
import messages from "@/messages/en.json";
import { actorFor } from "../helpers/actors";
import { rollBackEachTest } from "../helpers/rolled-back";
import { createTestDb } from "../helpers/test-db";

let shared: DatabaseHandle;
beforeAll(async () => {
  shared = await createTestDb();
});
afterAll(() => shared.close());
const h = rollBackEachTest(() => shared);
const actor = (email: string) => actorFor(h.db, email);

const t = createTranslator({ locale: "en", messages }) as unknown as Translate;
const format = createFormatter({ locale: "en", timeZone: "UTC" });
const label = (e: HistoryEntry) => describeHistoryEntry(e, t, format);

/** A recommendation in progress that SZSTI owns, with an open SZSTI action. */
function szInProgress(skip: string[] = []) {
  return seedRecommendations.find(
    (r) =>
      !skip.includes(r.code) &&
      r.owners.some((o) => o.agencyKey === "sz-stic") &&
      r.actions.some((a) => a.agencyKey === "sz-stic" && a.status !== "done") &&
      r.status === "in_progress",
  )!;
}

describe("a recommendation's history", () => {
  it("lists every change newest first, tells agency updates from assessments, and filters by them", async () => {
    const seed = szInProgress();
    const rec = (await getRecommendationByCode(h.db, seed.code))!;
    const sz = await actorFor(h.db, "sz.member@demo.local");
    const coord = await actorFor(h.db, "coordinator@demo.local");
    const after = await updateRecommendation(h.db, sz, seed.code, {
      version: rec.version,
      health: rec.health === "off_track" ? "at_risk" : "off_track",
    });
    const assessed = await updateRecommendation(h.db, coord, seed.code, {
      version: after.version,
      health: "on_track",
      reason: "Board review",
    });
    await updateRecommendation(h.db, coord, seed.code, {
      version: assessed.version,
      priority: rec.priority === "low" ? "high" : "low",
    });
    const action = rec.actions.find((a) => a.agency.key === "sz-stic" && a.status !== "done")!;
    await updateAction(h.db, sz, action.id, { version: action.version, progress: 65 });

    const all = await listRecommendationHistory(h.db, rec.id);
    expect(all.map((e) => [e.source, e.field])).toEqual([
      ["agency", "progress"],
      ["coordination", "priority"],
      ["assessment", "health"],
      ["agency", "health"],
      ["system", null],
    ]);
    expect(all[0]).toMatchObject({ actionTitle: action.title, to: 65, actor: { name: "Li Wei", agency: "SZSTI" } });
    expect(all[2]).toMatchObject({ reason: "Board review", actor: { name: "Casey Coordinator", agency: null } });
    expect(all[4]).toMatchObject({ kind: "create", actor: { name: "seed" } });

    const agency = await listRecommendationHistory(h.db, rec.id, { filter: "agency" });
    expect(agency.map((e) => e.field)).toEqual(["progress", "health"]);
    const assessment = await listRecommendationHistory(h.db, rec.id, { filter: "assessment" });
    expect(assessment.map((e) => [e.field, e.to])).toEqual([["health", "on_track"]]);
  });

  it("labels indicators, readings, notes and a coordinator's work as what they are", async () => {
    const seed = szInProgress([szInProgress().code]);
    const rec = (await getRecommendationByCode(h.db, seed.code))!;
    const sz = await actor("sz.member@demo.local");
    const coord = await actor("coordinator@demo.local");
    const indicator = await createIndicator(h.db, coord, seed.code, { name: "Joint labs", unit: "labs" });
    await recordIndicatorReading(h.db, sz, indicator.id, { value: 1250, observedOn: "2026-11-30" });
    const action = rec.actions[0]!;
    await updateAction(h.db, coord, action.id, { version: action.version, progress: 40 });
    // A live note edit is recorded by the collaboration server exactly like this.
    await recordActivity(h.db, {
      actor: { id: coord.id },
      entityType: "note",
      entityId: rec.id,
      recommendationId: rec.id,
      kind: "edit",
    });
    await freezeNoteVersion(h.db, coord, { code: seed.code, name: "Q4 report" });
    const current = (await getRecommendationByCode(h.db, seed.code))!;
    await updateRecommendation(h.db, coord, seed.code, {
      version: current.version,
      status: "implemented",
    });
    const afterImplemented = (await getRecommendationByCode(h.db, seed.code))!;
    await updateRecommendation(h.db, coord, seed.code, { version: afterImplemented.version, status: "verified" });

    const entries = await listRecommendationHistory(h.db, rec.id);
    expect(entries.map((e) => [label(e), e.source])).toEqual([
      ["Status: Implemented → Verified", "assessment"],
      ["Status: In progress → Implemented", "coordination"],
      ["Report version frozen: Q4 report", "coordination"],
      ["Notes edited", "coordination"],
      [
        `Progress: ${format.number(action.progress / 100, { style: "percent" })} → 40% (action: ${action.title})`,
        "coordination",
      ],
      ["Reading for Joint labs: 1,250 on Nov 30, 2026", "agency"],
      ["Indicator added: Joint labs (labs)", "coordination"],
      ["Recommendation created", "system"],
    ]);

    // The seed's entry names the source document by its title, not by its file name.
    const document = seedDocuments.find((d) => d.key === seed.documentKey)!;
    expect(entries.at(-1)!.reason).toBe(`Imported from “${document.title}”, ${seed.locator}`);
    expect(entries.at(-1)!.reason).not.toContain(seed.documentKey);
  });
});
