import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import type { DatabaseHandle } from "@/db";
import { users } from "@/db/schema";
import { getRecommendationByCode } from "@/db/queries/recommendations";
import { listRecommendationHistory } from "@/db/queries/history";
import { updateRecommendation } from "@/db/mutations/recommendations";
import { updateAction } from "@/db/mutations/actions";
import { seedRecommendations } from "@/db/seed/data/recommendations";
import type { Actor } from "@/lib/permissions";
import { createTestDb } from "../helpers/test-db";

let h: DatabaseHandle;
beforeAll(async () => {
  h = await createTestDb();
});
afterAll(() => h.close());

async function actor(email: string): Promise<Actor> {
  const [u] = await h.db.select().from(users).where(eq(users.email, email));
  return { id: u!.id, role: u!.role, agencyId: u!.agencyId };
}

describe("a recommendation's history", () => {
  it("lists every change newest first, tells agency updates from assessments, and filters by them", async () => {
    const seed = seedRecommendations.find(
      (r) =>
        r.owners.some((o) => o.agencyKey === "sz-stic") &&
        r.actions.some((a) => a.agencyKey === "sz-stic" && a.status !== "done") &&
        r.status === "in_progress",
    )!;
    const rec = (await getRecommendationByCode(h.db, seed.code))!;
    const sz = await actor("sz.member@demo.local");
    const coord = await actor("coordinator@demo.local");
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
