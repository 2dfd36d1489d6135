import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "@/db";
import { getRecommendationByCode } from "@/db/queries/recommendations";
import { listRecommendationHistory } from "@/db/queries/history";
import { updateRecommendation } from "@/db/mutations/recommendations";
import { updateAction } from "@/db/mutations/actions";
import { seedRecommendations } from "@/db/seed/data/recommendations";
import { actorFor } from "../helpers/actors";
import { rollBackEachTest } from "../helpers/rolled-back";
import { createTestDb } from "../helpers/test-db";

let shared: DatabaseHandle;
beforeAll(async () => {
  shared = await createTestDb();
});
afterAll(() => shared.close());
const h = rollBackEachTest(() => shared);

describe("a recommendation's history", () => {
  it("lists every change newest first, tells agency updates from assessments, and filters by them", async () => {
    const seed = seedRecommendations.find(
      (r) =>
        r.owners.some((o) => o.agencyKey === "sz-stic") &&
        r.actions.some((a) => a.agencyKey === "sz-stic" && a.status !== "done") &&
        r.status === "in_progress",
    )!;
    const rec = (await getRecommendationByCode(h.db, seed.code))!;
    const sz = await actorFor(h.db, "sz.member@demo.local");
    const coord = await actorFor(h.db, "coordinator@demo.local");
    const after = await updateRecommendation(h.db, sz, seed.code, {
      version: rec.version,
      health: rec.health === "off_track" ? "at_risk" : "off_track",
    });
    await updateRecommendation(h.db, coord, seed.code, {
      version: after.version,
      priority: rec.priority === "low" ? "high" : "low",
      reason: "Board review",
    });
    const action = rec.actions.find((a) => a.agency.key === "sz-stic" && a.status !== "done")!;
    await updateAction(h.db, sz, action.id, { version: action.version, progress: 65 });

    const all = await listRecommendationHistory(h.db, rec.id);
    expect(all.map((e) => [e.source, e.field])).toEqual([
      ["agency", "progress"],
      ["assessment", "priority"],
      ["agency", "health"],
      ["system", null],
    ]);
    expect(all[0]).toMatchObject({ actionTitle: action.title, to: 65, actor: { name: "Li Wei", agency: "SZSTI" } });
    expect(all[1]).toMatchObject({ reason: "Board review", actor: { name: "Casey Coordinator", agency: null } });
    expect(all[3]).toMatchObject({ kind: "create", actor: { name: "seed" } });

    const agency = await listRecommendationHistory(h.db, rec.id, { filter: "agency" });
    expect(agency.map((e) => e.field)).toEqual(["progress", "health"]);
    const assessment = await listRecommendationHistory(h.db, rec.id, { filter: "assessment" });
    expect(assessment.map((e) => e.field)).toEqual(["priority"]);
  });
});
