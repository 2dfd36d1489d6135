/**
 * The properties panel moves a pending recommendation into work and records the acceptance in the
 * same step: one update carrying the decision, its reason and the new status, judged on the result.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq, gt } from "drizzle-orm";
import type { DatabaseHandle } from "@/db";
import { activityLog } from "@/db/schema";
import { getRecommendationByCode } from "@/db/queries/recommendations";
import { updateRecommendation } from "@/db/mutations/recommendations";
import { seedRecommendations } from "@/db/seed/data/recommendations";
import { actorFor, rejection } from "../helpers/actors";
import { rollBackEachTest } from "../helpers/rolled-back";
import { createTestDb } from "../helpers/test-db";

let shared: DatabaseHandle;
beforeAll(async () => {
  shared = await createTestDb();
});
afterAll(() => shared.close());

const proposed = seedRecommendations.find((r) => r.status === "proposed" && r.acceptance === "pending")!.code;

describe("accepting and starting work in one update", () => {
  const h = rollBackEachTest(() => shared);
  const coordinator = () => actorFor(h.db, "coordinator@demo.local");
  const changesSince = async (id: string, version: number) =>
    h.db
      .select()
      .from(activityLog)
      .where(and(eq(activityLog.entityId, id), gt(activityLog.entityVersion, version)));

  it("lands the acceptance and the status together, in one version, with both in the history", async () => {
    const coord = await coordinator();
    const before = (await getRecommendationByCode(h.db, proposed))!;
    const after = await updateRecommendation(h.db, coord, proposed, {
      version: before.version,
      acceptance: "accepted",
      acceptanceReason: "Agreed at the joint committee",
      status: "in_progress",
    });
    expect(after).toMatchObject({
      status: "in_progress",
      acceptance: "accepted",
      acceptanceReason: "Agreed at the joint committee",
      version: before.version + 1,
    });
    const log = await changesSince(before.id, before.version);
    const byField = new Map(log.map((l) => [l.field, l]));
    expect(byField.get("acceptance")).toMatchObject({
      fromValue: "pending",
      toValue: "accepted",
      reason: "Agreed at the joint committee",
    });
    expect(byField.get("status")).toMatchObject({ fromValue: "proposed", toValue: "in_progress" });
    expect(log.every((l) => l.entityVersion === before.version + 1)).toBe(true);
  });

  it("refuses the pair without a reason with 422 that says what to give, and writes neither", async () => {
    const coord = await coordinator();
    const before = (await getRecommendationByCode(h.db, proposed))!;
    const err = await rejection(
      updateRecommendation(h.db, coord, proposed, {
        version: before.version,
        acceptance: "accepted",
        status: "in_progress",
      }),
    );
    expect(err.status).toBe(422);
    expect(err.message).toMatch(/Give the reason for this acceptance decision/);
    expect(err.fieldErrors?.acceptanceReason?.[0]).toMatch(/reason/);
    expect(err.fieldErrors?.status).toBeUndefined();
    const now = (await getRecommendationByCode(h.db, proposed))!;
    expect(now).toMatchObject({ status: "proposed", acceptance: "pending", version: before.version });
    expect(await changesSince(before.id, before.version)).toHaveLength(0);
  });

  it("refuses the status alone while acceptance is pending, saying to accept first", async () => {
    const coord = await coordinator();
    const before = (await getRecommendationByCode(h.db, proposed))!;
    const err = await rejection(
      updateRecommendation(h.db, coord, proposed, { version: before.version, status: "in_progress" }),
    );
    expect(err.status).toBe(422);
    expect(err.fieldErrors?.status?.[0]).toMatch(/Accept the recommendation \(fully or partially, with a reason\)/);
  });

  it("refuses a refusal's reason standing in for the reason of a later acceptance", async () => {
    const coord = await coordinator();
    const base = (await getRecommendationByCode(h.db, proposed))!;
    const rejected = await updateRecommendation(h.db, coord, proposed, {
      version: base.version,
      acceptance: "not_accepted",
      acceptanceReason: "Out of scope for this plan",
    });
    // A new decision without a new reason: the old reason explained the refusal, not this.
    const err = await rejection(
      updateRecommendation(h.db, coord, proposed, {
        version: rejected.version,
        acceptance: "accepted",
        status: "in_progress",
      }),
    );
    expect(err.status).toBe(422);
    expect(err.fieldErrors?.acceptanceReason?.[0]).toMatch(/Give the reason/);
    expect((await getRecommendationByCode(h.db, proposed))!).toMatchObject({
      acceptance: "not_accepted",
      acceptanceReason: "Out of scope for this plan",
      status: "proposed",
    });
    // Withdrawing the decision (back to pending) clears the reason instead of keeping a stale one.
    const pending = await updateRecommendation(h.db, coord, proposed, {
      version: rejected.version,
      acceptance: "pending",
    });
    expect(pending).toMatchObject({ acceptance: "pending", acceptanceReason: null });
  });

  it("lets a member not record an acceptance, even together with a status they could otherwise set", async () => {
    const member = await actorFor(h.db, "sz.member@demo.local");
    const before = (await getRecommendationByCode(h.db, proposed))!;
    const err = await rejection(
      updateRecommendation(h.db, member, proposed, {
        version: before.version,
        acceptance: "accepted",
        acceptanceReason: "We agree",
        status: "in_progress",
      }),
    );
    expect(err.status).toBe(403);
  });
});
