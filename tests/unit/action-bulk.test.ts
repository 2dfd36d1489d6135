/**
 * Bulk edit from All actions: every row changes or none does, each change is checked like a single
 * edit (permission, version, due-date reason), recorded in the history, and a refusal names the row.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq, inArray } from "drizzle-orm";
import type { DatabaseHandle } from "@/db";
import { actions, activityLog, agencies, recommendations } from "@/db/schema";
import { bulkUpdateActions } from "@/db/mutations/bulk";
import { actionBulkInput } from "@/lib/validation/inputs";
import { actorFor, rejection } from "../helpers/actors";
import { rollBackEachTest } from "../helpers/rolled-back";
import { createTestDb } from "../helpers/test-db";

let shared: DatabaseHandle;
beforeAll(async () => {
  shared = await createTestDb();
});
afterAll(() => shared.close());

const handle = rollBackEachTest(() => shared);

/** Open actions of an agency on non-archived recommendations, with their versions. */
async function actionsOf(agencyKey: string, n: number) {
  const rows = await handle.db
    .select({ id: actions.id, version: actions.version, dueDate: actions.dueDate, title: actions.title })
    .from(actions)
    .innerJoin(agencies, eq(agencies.id, actions.agencyId))
    .innerJoin(recommendations, eq(recommendations.id, actions.recommendationId))
    .where(and(eq(agencies.key, agencyKey), inArray(actions.status, ["todo", "in_progress", "blocked"])))
    .orderBy(actions.id)
    .limit(n);
  expect(rows.length, `the seed has ${n} open actions of ${agencyKey}`).toBe(n);
  return rows;
}

async function current(ids: string[]) {
  const rows = await handle.db.select().from(actions).where(inArray(actions.id, ids));
  return new Map(rows.map((r) => [r.id, r]));
}

describe("bulk edit of actions", () => {
  it("sets a due date on every selected action, with the reason in each one's history", async () => {
    const coord = await actorFor(handle.db, "coordinator@demo.local");
    const rows = await actionsOf("sz-stic", 3);
    const input = actionBulkInput.parse({
      items: rows.map((r) => ({ id: r.id, version: r.version })),
      changes: { dueDate: "2027-03-17", reason: "Budget approved later than planned" },
    });
    const result = await bulkUpdateActions(handle.db, coord, input);
    expect(result.updated).toBe(3);
    const after = await current(rows.map((r) => r.id));
    for (const r of rows) {
      expect(after.get(r.id)).toMatchObject({ dueDate: "2027-03-17", version: r.version + 1 });
      expect(result.versions[r.id]).toBe(r.version + 1);
    }
    const history = await handle.db
      .select()
      .from(activityLog)
      .where(
        and(
          inArray(
            activityLog.entityId,
            rows.map((r) => r.id),
          ),
          eq(activityLog.field, "dueDate"),
        ),
      );
    expect(history.map((h) => h.entityId).sort()).toEqual(rows.map((r) => r.id).sort());
    expect(history.every((h) => h.reason === "Budget approved later than planned" && h.actorId === coord.id)).toBe(
      true,
    );
  });

  it("refuses a due date without a reason, naming the row, and changes nothing", async () => {
    const coord = await actorFor(handle.db, "coordinator@demo.local");
    const rows = await actionsOf("sz-stic", 2);
    const err = await rejection(
      bulkUpdateActions(handle.db, coord, {
        items: rows.map((r) => ({ id: r.id, version: r.version })),
        changes: { dueDate: "2027-04-30" },
      }),
    );
    expect(err.code).toBe("unprocessable");
    expect(err.message).toContain(rows[0]!.title);
    expect(err.message).toContain("Nothing was changed");
    const after = await current(rows.map((r) => r.id));
    for (const r of rows) expect(after.get(r.id)).toMatchObject({ version: r.version, dueDate: r.dueDate });
  });

  it("is all or nothing: a member's change to another agency's action undoes the rows before it", async () => {
    const member = await actorFor(handle.db, "sz.member@demo.local");
    const own = await actionsOf("sz-stic", 2);
    const [other] = await actionsOf("hk-itib", 1);
    const items = [...own, other!].map((r) => ({ id: r.id, version: r.version }));
    const err = await rejection(bulkUpdateActions(handle.db, member, { items, changes: { status: "blocked" } }));
    expect(err.code).toBe("forbidden");
    expect(err.message).toContain(other!.title);
    expect(err.details).toMatchObject({ id: other!.id });
    const after = await current(items.map((i) => i.id));
    for (const r of [...own, other!]) expect(after.get(r.id)!.version).toBe(r.version);
    // Their own agency's actions alone go through.
    const ok = await bulkUpdateActions(handle.db, member, {
      items: own.map((r) => ({ id: r.id, version: r.version })),
      changes: { status: "blocked" },
    });
    expect(ok.updated).toBe(2);
  });

  it("refuses a stale version with a conflict that names the row", async () => {
    const coord = await actorFor(handle.db, "coordinator@demo.local");
    const rows = await actionsOf("sz-stic", 2);
    const err = await rejection(
      bulkUpdateActions(handle.db, coord, {
        items: [
          { id: rows[0]!.id, version: rows[0]!.version },
          { id: rows[1]!.id, version: rows[1]!.version - 1 },
        ],
        changes: { status: "in_progress" },
      }),
    );
    expect(err.code).toBe("conflict");
    expect(err.message).toContain(rows[1]!.title);
    expect((await current([rows[0]!.id])).get(rows[0]!.id)!.version).toBe(rows[0]!.version);
  });

  it("reassigns to another agency for coordinators; members may not reassign", async () => {
    const coord = await actorFor(handle.db, "coordinator@demo.local");
    const member = await actorFor(handle.db, "sz.member@demo.local");
    const rows = await actionsOf("sz-stic", 2);
    const items = rows.map((r) => ({ id: r.id, version: r.version }));
    const refused = await rejection(
      bulkUpdateActions(handle.db, member, { items, changes: { agency: "sz-drc", assigneeId: null } }),
    );
    expect(refused.code).toBe("forbidden");
    await bulkUpdateActions(handle.db, coord, { items, changes: { agency: "sz-drc", assigneeId: null } });
    const [drc] = await handle.db.select().from(agencies).where(eq(agencies.key, "sz-drc"));
    const after = await current(rows.map((r) => r.id));
    for (const r of rows) expect(after.get(r.id)).toMatchObject({ agencyId: drc!.id, assigneeId: null });
  });

  it("validates the input: at least one change, no row twice", () => {
    const id = "00000000-0000-4000-8000-000000000000";
    expect(actionBulkInput.safeParse({ items: [{ id, version: 1 }], changes: {} }).success).toBe(false);
    expect(
      actionBulkInput.safeParse({
        items: [
          { id, version: 1 },
          { id, version: 2 },
        ],
        changes: { status: "todo" },
      }).success,
    ).toBe(false);
  });
});
