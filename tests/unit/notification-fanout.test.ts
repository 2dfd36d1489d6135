/** Who is told of what: notifications derived from the history entries mutations record, on PGlite. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import * as Y from "yjs";
import type { DatabaseHandle, DbOrTx } from "@/db";
import { agencies, notifications, roundRequests, rounds, users } from "@/db/schema";
import { createAction, updateAction } from "@/db/mutations/actions";
import { updateRecommendation } from "@/db/mutations/recommendations";
import { recordActivity } from "@/db/mutations/activity";
import { storeDerivedNote } from "@/db/mutations/note-derived";
import { NOTE_FRAGMENT } from "@/lib/notes/document-name";
import { getRecommendationByCode } from "@/db/queries/recommendations";
import { seedRecommendations } from "@/db/seed/data/recommendations";
import { actorFor } from "../helpers/actors";
import { rollBackEachTest } from "../helpers/rolled-back";
import { createTestDb } from "../helpers/test-db";

let shared: DatabaseHandle;
beforeAll(async () => {
  shared = await createTestDb();
});
afterAll(() => shared.close());

// Owned by both demo members' agencies.
const both = seedRecommendations.find(
  (r) => r.owners.some((o) => o.agencyKey === "sz-stic") && r.owners.some((o) => o.agencyKey === "hk-itib"),
)!.code;

async function agencyId(db: DbOrTx, key: string) {
  const [a] = await db.select().from(agencies).where(eq(agencies.key, key));
  return a!.id;
}

/** A second member of Hong Kong's agency, and one deactivated, to see who is and is not told. */
async function addHkColleagues(db: DbOrTx) {
  const hk = await agencyId(db, "hk-itib");
  const [colleague] = await db
    .insert(users)
    .values({ name: "HK Colleague", email: "hk.colleague@test.local", role: "member", agencyId: hk })
    .returning();
  const [gone] = await db
    .insert(users)
    .values({ name: "HK Gone", email: "hk.gone@test.local", role: "member", agencyId: hk, active: false })
    .returning();
  return { colleague: colleague!, gone: gone! };
}

const told = async (db: DbOrTx, reason: string) =>
  (
    await db
      .select()
      .from(notifications)
      .where(eq(notifications.reason, reason as never))
  ).map((n) => n.recipientId);

describe("notifications from what people do", () => {
  const h = rollBackEachTest(() => shared);

  it("tells the assignee of a new action, and nobody else", async () => {
    const coord = await actorFor(h.db, "coordinator@demo.local");
    const hk = await actorFor(h.db, "hk.member@demo.local");
    await addHkColleagues(h.db);
    const action = await createAction(h.db, coord, both, {
      title: "Draft the data-sharing protocol",
      agency: "hk-itib",
      assigneeId: hk.id,
      status: "todo",
      progress: 0,
    });
    const rows = await h.db.select().from(notifications).where(eq(notifications.reason, "action_assigned"));
    expect(rows.map((r) => r.recipientId)).toEqual([hk.id]);
    expect(rows[0]).toMatchObject({ actionId: action.id, actorId: coord.id, detail: { toAgency: false } });
  });

  it("tells every active member of the agency when nobody is assigned, but not the one who did it", async () => {
    const hk = await actorFor(h.db, "hk.member@demo.local");
    const { colleague, gone } = await addHkColleagues(h.db);
    await createAction(h.db, hk, both, { title: "Unassigned work", agency: "hk-itib", status: "todo", progress: 0 });
    const recipients = await told(h.db, "action_assigned");
    expect(recipients).toEqual([colleague.id]);
    expect(recipients).not.toContain(gone.id);
    expect(recipients).not.toContain(hk.id);
  });

  it("tells the new assignee when an action is reassigned, once per change, and nothing for other edits", async () => {
    const coord = await actorFor(h.db, "coordinator@demo.local");
    const hk = await actorFor(h.db, "hk.member@demo.local");
    const { colleague } = await addHkColleagues(h.db);
    const a = await createAction(h.db, coord, both, {
      title: "Reassigned",
      agency: "hk-itib",
      assigneeId: hk.id,
      status: "todo",
      progress: 0,
    });
    const retitled = await updateAction(h.db, coord, a.id, { version: a.version, title: "Retitled" });
    expect(await told(h.db, "action_assigned")).toEqual([hk.id]);
    await updateAction(h.db, coord, a.id, { version: retitled.version, assigneeId: colleague.id });
    expect((await told(h.db, "action_assigned")).sort()).toEqual([hk.id, colleague.id].sort());
  });

  it("tells the owning agencies' members of a status or health change, not of other fields", async () => {
    const coord = await actorFor(h.db, "coordinator@demo.local");
    const hk = await actorFor(h.db, "hk.member@demo.local");
    const sz = await actorFor(h.db, "sz.member@demo.local");
    const rec = (await getRecommendationByCode(h.db, both))!;
    const v = (
      await updateRecommendation(h.db, coord, both, {
        version: rec.version,
        priority: rec.priority === "high" ? "low" : "high",
      })
    ).version;
    expect(await told(h.db, "recommendation_changed")).toEqual([]);
    await updateRecommendation(h.db, hk, both, {
      version: v,
      health: rec.health === "at_risk" ? "on_track" : "at_risk",
    });
    const rows = await h.db.select().from(notifications).where(eq(notifications.reason, "recommendation_changed"));
    // The member who changed it is not told; Shenzhen's member is.
    expect(rows.map((r) => r.recipientId)).toEqual([sz.id]);
    expect(rows[0]!.detail).toMatchObject({ changes: [{ field: "health" }] });
  });

  it("tells agencies of a round opened for them, an answer returned, and coordinators of one submitted", async () => {
    const coord = await actorFor(h.db, "coordinator@demo.local");
    const admin = await actorFor(h.db, "admin@demo.local");
    const hk = await actorFor(h.db, "hk.member@demo.local");
    const sz = await actorFor(h.db, "sz.member@demo.local");
    const rec = (await getRecommendationByCode(h.db, both))!;
    const [round] = await h.db
      .insert(rounds)
      .values({ name: "2026 Q4 progress report", dueDate: "2026-12-31", openedById: coord.id })
      .returning();
    const [request] = await h.db
      .insert(roundRequests)
      .values({ roundId: round!.id, recommendationId: rec.id, agencyId: hk.agencyId! })
      .returning();
    const base = { actor: { id: coord.id }, recommendationId: rec.id } as const;
    await recordActivity(h.db, {
      ...base,
      entityType: "round",
      kind: "round_opened",
      entityId: round!.id,
      to: { name: round!.name },
    });
    expect(await told(h.db, "round_opened")).toEqual([hk.id]);

    const answer = { round: round!.name, agency: "HK ITIB" };
    await recordActivity(h.db, {
      ...base,
      actor: { id: hk.id },
      entityType: "round_request",
      kind: "answer_submitted",
      entityId: request!.id,
      to: answer,
    });
    expect((await told(h.db, "answer_submitted")).sort()).toEqual([coord.id, admin.id].sort());

    await recordActivity(h.db, {
      ...base,
      entityType: "round_request",
      kind: "answer_returned",
      entityId: request!.id,
      to: { ...answer, comment: "Add the figures" },
    });
    const returned = await h.db.select().from(notifications).where(eq(notifications.reason, "answer_returned"));
    expect(returned.map((r) => r.recipientId)).toEqual([hk.id]);
    expect(returned[0]).toMatchObject({
      roundId: round!.id,
      recommendationId: rec.id,
      detail: { comment: "Add the figures" },
    });
    expect(await told(h.db, "answer_returned")).not.toContain(sz.id);
  });

  it("makes mail due at once only while the person chooses immediate delivery for the reason", async () => {
    const coord = await actorFor(h.db, "coordinator@demo.local");
    const hk = await actorFor(h.db, "hk.member@demo.local");
    const { setNotificationPreferences } = await import("@/db/mutations/notifications");
    await setNotificationPreferences(h.db, hk.id, { action_assigned: "immediate" });
    const make = (title: string) =>
      createAction(h.db, coord, both, { title, agency: "hk-itib", assigneeId: hk.id, status: "todo", progress: 0 });
    const mailDue = async () =>
      (
        await h.db.select().from(notifications).where(eq(notifications.recipientId, hk.id)).orderBy(notifications.id)
      ).map((r) => r.emailDueAt !== null);
    await make("Mailed at once");
    expect(await mailDue()).toEqual([true]);
    // Choosing the digest instead takes back the mail not yet sent, and the next one goes in the digest.
    await setNotificationPreferences(h.db, hk.id, { action_assigned: "daily" });
    await make("In the digest");
    expect(await mailDue()).toEqual([false, false]);
  });
});

describe("mentions in progress notes", () => {
  const h = rollBackEachTest(() => shared);

  /** A note whose one paragraph mentions these people (as Tiptap's Mention node stores them). */
  function noteMentioning(people: { id: string; name: string }[]) {
    const doc = new Y.Doc();
    const paragraph = new Y.XmlElement("paragraph");
    doc.getXmlFragment(NOTE_FRAGMENT).insert(0, [paragraph]);
    paragraph.insert(0, [new Y.XmlText("Please check, ")]);
    for (const p of people) {
      const mention = new Y.XmlElement("mention");
      mention.setAttribute("id", p.id);
      mention.setAttribute("label", p.name);
      paragraph.insert(paragraph.length, [mention]);
    }
    return doc;
  }

  it("tells each person mentioned once, not on the next derivation, and again for a new mention", async () => {
    const hkUser = (await h.db.select().from(users).where(eq(users.email, "hk.member@demo.local")))[0]!;
    const szUser = (await h.db.select().from(users).where(eq(users.email, "sz.member@demo.local")))[0]!;
    const rec = (await getRecommendationByCode(h.db, both))!;
    const hk = { id: hkUser.id, name: hkUser.name };
    const derive = (people: { id: string; name: string }[]) =>
      storeDerivedNote(h.db, { recommendationId: rec.id, doc: noteMentioning(people), editorIds: [szUser.id] });
    const stored = await derive([hk]);
    expect(stored.text).toContain(`@${hk.name}`);
    await derive([hk]);
    const first = await h.db.select().from(notifications).where(eq(notifications.reason, "mentioned"));
    expect(first.map((n) => [n.recipientId, n.actorId, n.recommendationId])).toEqual([[hk.id, szUser.id, rec.id]]);
    // A second mention of the same person is a new one; mentioning oneself tells nobody.
    await derive([hk, hk, { id: szUser.id, name: szUser.name }]);
    expect(await told(h.db, "mentioned")).toEqual([hk.id, hk.id]);
  });
});
