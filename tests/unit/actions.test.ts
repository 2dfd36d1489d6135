/** The rules of working in a recommendation's list of actions, on PGlite. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import type { DatabaseHandle } from "@/db";
import { activityLog, users } from "@/db/schema";
import { getRecommendationByCode } from "@/db/queries/recommendations";
import { getActionView, listRecommendationActions } from "@/db/queries/actions";
import { listRecommendations } from "@/db/queries/recommendation-list";
import { createAction, updateAction } from "@/db/mutations/actions";
import { seedRecommendations } from "@/db/seed/data/recommendations";
import { actorFor, rejection } from "../helpers/actors";
import { rollBackEachTest } from "../helpers/rolled-back";
import { createTestDb } from "../helpers/test-db";

let shared: DatabaseHandle;
beforeAll(async () => {
  shared = await createTestDb();
});
afterAll(() => shared.close());

// Owned by both demo members' agencies, and one owned by Shenzhen's alone.
const both = seedRecommendations.find(
  (r) => r.owners.some((o) => o.agencyKey === "sz-stic") && r.owners.some((o) => o.agencyKey === "hk-itib"),
)!.code;
const szOnly = seedRecommendations.find(
  (r) => r.owners.some((o) => o.agencyKey === "sz-stic") && !r.owners.some((o) => o.agencyKey === "hk-itib"),
)!.code;

describe("actions as a list you work in", () => {
  const h = rollBackEachTest(() => shared);
  const who = async () => ({
    coord: await actorFor(h.db, "coordinator@demo.local"),
    hk: await actorFor(h.db, "hk.member@demo.local"),
    sz: await actorFor(h.db, "sz.member@demo.local"),
  });
  const newAction = { status: "todo", progress: 0 } as const;

  it("lets a member add an action for their own agency only, on recommendations their agency owns", async () => {
    const { hk, sz } = await who();
    const added = await createAction(h.db, hk, both, {
      ...newAction,
      title: "Draft the data-sharing agreement",
      agency: "hk-itib",
      assigneeId: hk.id,
      dueDate: "2027-03-31",
    });
    expect(added).toMatchObject({ agency: "hk-itib", assigneeId: hk.id, dueDate: "2027-03-31", version: 1 });
    const other = await rejection(createAction(h.db, hk, both, { ...newAction, title: "x", agency: "sz-stic" }));
    expect(other.status).toBe(403);
    expect(other.message).toMatch(/only for their own agency/);
    const notOwned = await rejection(createAction(h.db, hk, szOnly, { ...newAction, title: "x", agency: "hk-itib" }));
    expect(notOwned.status).toBe(403);
    expect(notOwned.message).toMatch(/recommendations their agency owns/);
    // A coordinator assigns any agency, here one that is not even an owner.
    const { coord } = await who();
    expect(
      await createAction(h.db, coord, szOnly, {
        ...newAction,
        title: "Brief Hong Kong",
        agency: "hk-itib",
        assigneeId: hk.id,
      }),
    ).toMatchObject({ agency: "hk-itib" });
    expect(sz.agencyId).not.toBe(hk.agencyId);
  });

  it("refuses a member's reassignment with the reason, and an assignee from another agency", async () => {
    const { coord, hk, sz } = await who();
    const a = await createAction(h.db, coord, both, { ...newAction, title: "Joint pilot", agency: "hk-itib" });
    const byMember = await rejection(updateAction(h.db, hk, a.id, { version: a.version, assigneeId: hk.id }));
    expect(byMember.status).toBe(403);
    expect(byMember.message).toMatch(/Only coordinators and administrators can reassign/);
    const toSz = await rejection(updateAction(h.db, hk, a.id, { version: a.version, agency: "sz-stic" }));
    expect(toSz.message).toMatch(/reassign/);

    const wrongPerson = await rejection(updateAction(h.db, coord, a.id, { version: a.version, assigneeId: sz.id }));
    expect(wrongPerson.status).toBe(422);
    expect(wrongPerson.fieldErrors?.assigneeId).toBeDefined();
    expect(wrongPerson.message).toMatch(/does not belong to/);
    const coordinatorAsAssignee = await rejection(
      updateAction(h.db, coord, a.id, { version: a.version, assigneeId: coord.id }),
    );
    expect(coordinatorAsAssignee.status).toBe(422);

    const assigned = await updateAction(h.db, coord, a.id, { version: a.version, assigneeId: hk.id });
    expect(assigned.assigneeId).toBe(hk.id);
    // Moving it to another agency while its assignee stays behind would break the rule too.
    const moved = await rejection(updateAction(h.db, coord, a.id, { version: assigned.version, agency: "sz-stic" }));
    expect(moved.fieldErrors?.assigneeId).toBeDefined();
    const reassigned = await updateAction(h.db, coord, a.id, {
      version: assigned.version,
      agency: "sz-stic",
      assigneeId: sz.id,
    });
    expect(reassigned).toMatchObject({ agency: "sz-stic", assigneeId: sz.id });
    const [inactive] = await h.db.update(users).set({ active: false }).where(eq(users.id, sz.id)).returning();
    expect(inactive!.active).toBe(false);
    expect(
      (
        await rejection(
          createAction(h.db, coord, both, { ...newAction, title: "y", agency: "sz-stic", assigneeId: sz.id }),
        )
      ).status,
    ).toBe(422);
  });

  it("refuses a due-date change without a reason and counts the revisions from the history", async () => {
    const { hk } = await who();
    const a = await createAction(h.db, hk, both, {
      ...newAction,
      title: "Survey",
      agency: "hk-itib",
      dueDate: "2027-01-31",
    });
    const bare = await rejection(updateAction(h.db, hk, a.id, { version: a.version, dueDate: "2027-02-28" }));
    expect(bare.status).toBe(422);
    expect(bare.fieldErrors?.reason).toBeDefined();
    const once = await updateAction(h.db, hk, a.id, { version: a.version, dueDate: "2027-02-28", reason: "Late data" });
    const twice = await updateAction(h.db, hk, a.id, {
      version: once.version,
      dueDate: "2027-04-30",
      reason: "Vendor delay",
    });
    expect(twice.dueDateRevisions).toBe(2);
    const rec = (await getRecommendationByCode(h.db, both))!;
    const listed = (await listRecommendationActions(h.db, rec.id)).find((x) => x.id === a.id)!;
    expect(listed.dueDateRevisions).toBe(2);
    const reasons = await h.db
      .select({ reason: activityLog.reason })
      .from(activityLog)
      .where(and(eq(activityLog.entityId, a.id), eq(activityLog.field, "dueDate")));
    expect(reasons.map((r) => r.reason).sort()).toEqual(["Late data", "Vendor delay"]);
  });

  it("asks for a completion note to mark an action done, and sets progress to 100 in the history", async () => {
    const { hk } = await who();
    const a = await createAction(h.db, hk, both, { ...newAction, title: "Publish", agency: "hk-itib", progress: 40 });
    const bare = await rejection(updateAction(h.db, hk, a.id, { version: a.version, status: "done" }));
    expect(bare.status).toBe(422);
    expect(bare.fieldErrors?.completionNote).toBeDefined();
    const at60 = await rejection(
      updateAction(h.db, hk, a.id, { version: a.version, status: "done", progress: 60, completionNote: "Report" }),
    );
    expect(at60.fieldErrors?.progress).toBeDefined();
    const done = await updateAction(h.db, hk, a.id, {
      version: a.version,
      status: "done",
      completionNote: "Published on the bureau's site on 2 December",
    });
    expect(done).toMatchObject({
      status: "done",
      progress: 100,
      completionNote: "Published on the bureau's site on 2 December",
    });
    expect(done.completedAt).toBeInstanceOf(Date);
    const progress = await h.db
      .select()
      .from(activityLog)
      .where(and(eq(activityLog.entityId, a.id), eq(activityLog.field, "progress")));
    expect(progress).toMatchObject([{ fromValue: 40, toValue: 100 }]);
    // Reopening drops the completion: the note belonged to the done state (the history keeps it).
    const reopened = await updateAction(h.db, hk, a.id, { version: done.version, status: "in_progress" });
    expect(reopened).toMatchObject({ status: "in_progress", completionNote: null, completedAt: null });
    const noteOnOpen = await rejection(
      updateAction(h.db, hk, a.id, { version: reopened.version, completionNote: "Not yet" }),
    );
    expect(noteOnOpen.fieldErrors?.completionNote).toBeDefined();
    // An action done before completion notes existed stays editable without one.
    const { coord } = await who();
    const seededCode = seedRecommendations.find((r) => r.actions.some((x) => x.status === "done"))!.code;
    const seeded = (await getRecommendationByCode(h.db, seededCode))!.actions.find((x) => x.status === "done")!;
    expect(
      await updateAction(h.db, coord, seeded.id, { version: seeded.version, description: "Evidence filed" }),
    ).toMatchObject({ status: "done", description: "Evidence filed", completionNote: null });
    // The API's create follows the same rule.
    expect(
      (await rejection(createAction(h.db, hk, both, { title: "z", agency: "hk-itib", status: "done", progress: 0 })))
        .fieldErrors?.completionNote,
    ).toBeDefined();
  });

  it("asks for a reason to cancel an action and keeps it", async () => {
    const { hk } = await who();
    const a = await createAction(h.db, hk, both, { ...newAction, title: "Hold a forum", agency: "hk-itib" });
    const bare = await rejection(updateAction(h.db, hk, a.id, { version: a.version, status: "cancelled" }));
    expect(bare.status).toBe(422);
    expect(bare.fieldErrors?.cancellationReason).toBeDefined();
    const cancelled = await updateAction(h.db, hk, a.id, {
      version: a.version,
      status: "cancelled",
      cancellationReason: "Merged into the joint summit",
    });
    expect(cancelled).toMatchObject({ status: "cancelled", cancellationReason: "Merged into the joint summit" });
    const [entry] = await h.db
      .select()
      .from(activityLog)
      .where(and(eq(activityLog.entityId, a.id), eq(activityLog.field, "status")));
    expect(entry).toMatchObject({ toValue: "cancelled", reason: "Merged into the joint summit" });
  });

  it("reorders the list: the moved action gets a new version and a history entry, the others keep theirs", async () => {
    const { coord, hk } = await who();
    const rec = (await getRecommendationByCode(h.db, both))!;
    const added = await createAction(h.db, coord, both, { ...newAction, title: "Last one", agency: "hk-itib" });
    const before = await listRecommendationActions(h.db, rec.id);
    expect(before.at(-1)!.id).toBe(added.id);
    const top = await updateAction(h.db, hk, added.id, { version: added.version, position: 0 });
    expect(top).toMatchObject({ position: 0, version: added.version + 1 });
    const after = await listRecommendationActions(h.db, rec.id);
    expect(after.map((a) => a.id)).toEqual([added.id, ...before.slice(0, -1).map((a) => a.id)]);
    expect(after.slice(1).map((a) => a.version)).toEqual(before.slice(0, -1).map((a) => a.version));
    const [entry] = await h.db
      .select()
      .from(activityLog)
      .where(and(eq(activityLog.entityId, added.id), eq(activityLog.field, "position")));
    expect(entry).toMatchObject({ fromValue: before.length - 1, toValue: 0 });
    // Down one, then past the end: it lands last.
    const second = await updateAction(h.db, coord, added.id, { version: top.version, position: 1 });
    expect((await listRecommendationActions(h.db, rec.id))[1]!.id).toBe(added.id);
    const last = await updateAction(h.db, coord, added.id, { version: second.version, position: 999 });
    expect(last.position).toBe(before.length - 1);
    // A move based on an old version is a conflict like any other edit.
    expect((await rejection(updateAction(h.db, coord, added.id, { version: top.version, position: 0 }))).status).toBe(
      409,
    );
    // Inserting at a place in the list.
    const inserted = await createAction(h.db, coord, both, {
      ...newAction,
      title: "Second",
      agency: "hk-itib",
      position: 1,
    });
    expect(inserted.position).toBe(1);
    // A member moves only their own agency's actions.
    const szAction = after.find((a) => a.agency.key === "sz-stic")!;
    expect(
      (await rejection(updateAction(h.db, hk, szAction.id, { version: szAction.version, position: 0 }))).status,
    ).toBe(403);
    expect((await getActionView(h.db, szAction.id))!.version).toBe(szAction.version);
  });

  it("gives the recommendation's view (API, list items) its actions in list order, with the list's fields", async () => {
    const { coord, hk } = await who();
    const rec = (await getRecommendationByCode(h.db, both))!;
    const late = await createAction(h.db, coord, both, {
      ...newAction,
      title: "Moved first",
      agency: "hk-itib",
      dueDate: "2030-01-31",
    });
    const moved = await updateAction(h.db, hk, late.id, { version: late.version, position: 0 });
    await updateAction(h.db, hk, late.id, { version: moved.version, dueDate: "2030-02-28", reason: "Data late" });
    const dropped = await createAction(h.db, coord, both, { ...newAction, title: "Dropped", agency: "hk-itib" });
    await updateAction(h.db, hk, dropped.id, {
      version: dropped.version,
      status: "cancelled",
      cancellationReason: "Folded into the first",
    });
    const finished = await createAction(h.db, coord, both, { ...newAction, title: "Finished", agency: "hk-itib" });
    await updateAction(h.db, hk, finished.id, { version: finished.version, status: "done", completionNote: "Filed" });

    const listed = await listRecommendationActions(h.db, rec.id);
    const view = (await getRecommendationByCode(h.db, both))!;
    const [item] = (await listRecommendations(h.db, { q: both, pageSize: 10 })).items.filter((r) => r.code === both);
    for (const actionsOf of [view.actions, item!.actions]) {
      expect(actionsOf.map((a) => a.id)).toEqual(listed.map((a) => a.id));
      expect(actionsOf.map((a) => a.position)).toEqual(listed.map((_, i) => i));
      expect(
        actionsOf.map(({ dueDateRevisions, completionNote, cancellationReason }) => ({
          dueDateRevisions,
          completionNote,
          cancellationReason,
        })),
      ).toEqual(
        listed.map(({ dueDateRevisions, completionNote, cancellationReason }) => ({
          dueDateRevisions,
          completionNote,
          cancellationReason,
        })),
      );
    }
    expect(view.actions[0]).toMatchObject({ id: late.id, position: 0, dueDateRevisions: 1 });
    expect(view.actions.find((a) => a.id === dropped.id)).toMatchObject({
      cancellationReason: "Folded into the first",
    });
    expect(view.actions.find((a) => a.id === finished.id)).toMatchObject({ completionNote: "Filed", progress: 100 });
    // Each action's position is the one its own API answer gives.
    for (const a of view.actions) expect((await getActionView(h.db, a.id))!.position).toBe(a.position);
  });
});
