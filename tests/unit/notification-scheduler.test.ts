/** The scheduler with a driven clock, mail through a recording sender, and unsubscribe links, on PGlite. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import type { DatabaseHandle } from "@/db";
import { notifications, roundRequests, rounds } from "@/db/schema";
import { createAction, updateAction } from "@/db/mutations/actions";
import { setNotificationPreferences } from "@/db/mutations/notifications";
import { getRecommendationByCode } from "@/db/queries/recommendations";
import { getNotificationPreferences } from "@/db/queries/notifications";
import { seedRecommendations } from "@/db/seed/data/recommendations";
import { createNotificationScheduler } from "@/lib/notifications/scheduler";
import type { OutgoingMail } from "@/lib/notifications/mail-transport";
import { createUnsubscribeToken, verifyUnsubscribeToken } from "@/lib/notifications/unsubscribe-token";
import { actorFor } from "../helpers/actors";
import { rollBackEachTest } from "../helpers/rolled-back";
import { createTestDb } from "../helpers/test-db";

let shared: DatabaseHandle;
beforeAll(async () => {
  shared = await createTestDb();
});
afterAll(() => shared.close());

const hkCode = seedRecommendations.find((r) => r.owners.some((o) => o.agencyKey === "hk-itib"))!.code;
const SECRET = "a-test-secret-that-is-long-enough-for-hmac";

/** A scheduler whose clock the test sets, sending into `outbox`. */
function driven(h: DatabaseHandle, start: string) {
  let clock = new Date(start);
  const outbox: OutgoingMail[] = [];
  const scheduler = createNotificationScheduler({
    db: async () => h.db,
    now: () => clock,
    mail: {
      sender: { send: async (m) => void outbox.push(m) },
      context: { baseUrl: "http://tracker.test", secret: SECRET },
    },
  });
  return {
    outbox,
    tick: () => scheduler.tick(),
    setDay: (day: string) => (clock = new Date(`${day}T06:00:00Z`)),
    restart: () => driven(h, clock.toISOString()),
  };
}

describe("the notification scheduler", () => {
  const h = rollBackEachTest(() => shared);

  async function hkAction(dueDate: string) {
    const coord = await actorFor(h.db, "coordinator@demo.local");
    const hk = await actorFor(h.db, "hk.member@demo.local");
    const action = await createAction(h.db, coord, hkCode, {
      title: "File the quarterly figures",
      agency: "hk-itib",
      assigneeId: hk.id,
      status: "todo",
      progress: 0,
      dueDate,
    });
    return { coord, hk, action };
  }
  const ofAction = async (actionId: string, reason: "action_due_soon" | "action_overdue") =>
    h.db
      .select()
      .from(notifications)
      .where(and(eq(notifications.actionId, actionId), eq(notifications.reason, reason)))
      .orderBy(notifications.id);

  it("tells of an action due in three days once, not on every tick or day before it is due", async () => {
    const { hk, action } = await hkAction("2031-03-13");
    const s = driven(h, "2031-03-09T06:00:00Z");
    await s.tick();
    expect(await ofAction(action.id, "action_due_soon")).toEqual([]); // four days ahead: not yet
    s.setDay("2031-03-10");
    await s.tick();
    await s.tick();
    s.setDay("2031-03-12");
    await s.tick();
    const soon = await ofAction(action.id, "action_due_soon");
    expect(soon.map((n) => n.recipientId)).toEqual([hk.id]);
    expect(soon[0]!.detail).toMatchObject({ dueDate: "2031-03-13", days: 3 });
  });

  it("tells of a new due date again, since that is a new deadline", async () => {
    const { coord, action } = await hkAction("2031-03-13");
    const s = driven(h, "2031-03-11T06:00:00Z");
    await s.tick();
    await updateAction(h.db, coord, action.id, {
      version: action.version,
      dueDate: "2031-03-14",
      reason: "Later data",
    });
    await s.tick();
    expect((await ofAction(action.id, "action_due_soon")).map((n) => n.detail.dueDate)).toEqual([
      "2031-03-13",
      "2031-03-14",
    ]);
  });

  it("tells of an overdue action once, then once a week, and a restart neither skips nor repeats", async () => {
    const { action } = await hkAction("2031-03-13");
    let s = driven(h, "2031-03-14T06:00:00Z");
    await s.tick();
    expect(await ofAction(action.id, "action_overdue")).toHaveLength(1);
    for (const day of ["2031-03-15", "2031-03-20"]) {
      s.setDay(day);
      await s.tick();
    }
    expect(await ofAction(action.id, "action_overdue")).toHaveLength(1); // still the first week
    // The instance restarts; the next week's reminder comes from the state, not from a memory of ticks.
    s.setDay("2031-03-21");
    s = s.restart();
    await s.tick();
    await s.restart().tick();
    const overdue = await ofAction(action.id, "action_overdue");
    expect(overdue).toHaveLength(2);
    expect(overdue.map((n) => n.detail.days)).toEqual([1, 8]);
  });

  it("stops telling once the action is done", async () => {
    const { coord, action } = await hkAction("2031-03-13");
    await updateAction(h.db, coord, action.id, {
      version: action.version,
      status: "done",
      progress: 100,
      completionNote: "Filed",
    });
    const s = driven(h, "2031-03-12T06:00:00Z");
    await s.tick();
    s.setDay("2031-03-20");
    await s.tick();
    expect(await ofAction(action.id, "action_due_soon")).toEqual([]);
    expect(await ofAction(action.id, "action_overdue")).toEqual([]);
  });

  it("tells agencies that still owe an answer of a round due soon, and not those that submitted", async () => {
    const coord = await actorFor(h.db, "coordinator@demo.local");
    const hk = await actorFor(h.db, "hk.member@demo.local");
    const sz = await actorFor(h.db, "sz.member@demo.local");
    const rec = (await getRecommendationByCode(h.db, hkCode))!;
    const [round] = await h.db
      .insert(rounds)
      .values({ name: "2031 Q1 progress report", dueDate: "2031-03-31", openedById: coord.id })
      .returning();
    await h.db.insert(roundRequests).values([
      { roundId: round!.id, recommendationId: rec.id, agencyId: hk.agencyId!, state: "draft" },
      { roundId: round!.id, recommendationId: rec.id, agencyId: sz.agencyId!, state: "submitted" },
    ]);
    const s = driven(h, "2031-03-28T06:00:00Z");
    await s.tick();
    await s.tick();
    const told = await h.db.select().from(notifications).where(eq(notifications.roundId, round!.id));
    expect(told.map((n) => [n.reason, n.recipientId])).toEqual([["round_due_soon", hk.id]]);
  });

  it("mails at once who chose it, once, with a link to the item and an unsubscribe link", async () => {
    const hk = await actorFor(h.db, "hk.member@demo.local");
    await setNotificationPreferences(h.db, hk.id, { action_assigned: "immediate" });
    const { action } = await hkAction("2031-06-30");
    const s = driven(h, "2031-03-01T06:00:00Z");
    await s.tick();
    await s.tick();
    const mails = s.outbox.filter((m) => m.subject.includes("File the quarterly figures"));
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({ to: "hk.member@demo.local" });
    expect(mails[0]!.subject).toMatch(/^.+ assigned the action “File the quarterly figures” on .+ to you\.$/);
    expect(mails[0]!.text).toContain(
      `http://tracker.test/recommendations/${encodeURIComponent(hkCode)}#action-${action.id}-title`,
    );
    const token = new URL(/http:\/\/tracker\.test\/unsubscribe\?token=\S+/.exec(mails[0]!.text)![0]).searchParams.get(
      "token",
    )!;
    expect(verifyUnsubscribeToken(token, SECRET)).toEqual({
      ok: true,
      scope: { userId: hk.id, reason: "action_assigned" },
    });
  });

  it("sends each person one digest a day of what is waiting, in their language, and not again", async () => {
    await h.db.execute(`update users set locale = 'zh-Hant' where email = 'hk.member@demo.local'`);
    await hkAction("2031-06-30");
    // Created today (real time); the digest of tomorrow carries it.
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    const s = driven(h, `${tomorrow}T00:05:00Z`);
    await s.tick();
    await s.tick();
    await s.restart().tick();
    const digests = s.outbox.filter((m) => m.to === "hk.member@demo.local");
    expect(digests).toHaveLength(1);
    expect(digests[0]!.subject).toMatch(/^Twin City Tracker 的 \d+ 則通知$/);
    expect(digests[0]!.text).toContain("分配給了你");
    expect(digests[0]!.text).toContain("http://tracker.test/unsubscribe?token=");
  });

  it("sends no mail for a reason set to none, and keeps the in-app notification", async () => {
    const hk = await actorFor(h.db, "hk.member@demo.local");
    await setNotificationPreferences(h.db, hk.id, { action_assigned: "none" });
    const { action } = await hkAction("2031-06-30");
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    const s = driven(h, `${tomorrow}T00:05:00Z`);
    await s.tick();
    // The digest still carries the other reasons (the seeded overdue actions), not this one.
    expect(s.outbox.some((m) => m.text.includes("File the quarterly figures"))).toBe(false);
    expect(await h.db.select().from(notifications).where(eq(notifications.actionId, action.id))).toHaveLength(1);
    expect((await getNotificationPreferences(h.db, hk.id)).action_assigned).toBe("none");
    expect((await getNotificationPreferences(h.db, hk.id)).mentioned).toBe("daily");
  });
});

describe("unsubscribe links", () => {
  const scope = { userId: "7f0c6f43-3f7e-4c43-9a39-3b0f0a3f2f10", reason: "action_overdue" } as const;

  it("accepts its own signature and says what it stops", () => {
    expect(verifyUnsubscribeToken(createUnsubscribeToken(scope, SECRET), SECRET)).toEqual({ ok: true, scope });
  });

  it("refuses a forged, altered or differently signed link", () => {
    const token = createUnsubscribeToken(scope, SECRET);
    const [payload, signature] = token.split(".");
    const altered = Buffer.from(JSON.stringify({ u: scope.userId, r: "all", e: 4102444800 })).toString("base64url");
    expect(verifyUnsubscribeToken(`${altered}.${signature}`, SECRET)).toEqual({ ok: false, why: "invalid" });
    expect(verifyUnsubscribeToken(`${payload}.${signature!.slice(0, -2)}xx`, SECRET).ok).toBe(false);
    expect(verifyUnsubscribeToken(token, `${SECRET}-other`)).toEqual({ ok: false, why: "invalid" });
    expect(verifyUnsubscribeToken("nonsense", SECRET)).toEqual({ ok: false, why: "invalid" });
  });

  it("refuses an expired link as expired", () => {
    const token = createUnsubscribeToken(scope, SECRET, new Date("2026-01-01T00:00:00Z"));
    expect(verifyUnsubscribeToken(token, SECRET, new Date("2026-02-01T00:00:00Z")).ok).toBe(true);
    expect(verifyUnsubscribeToken(token, SECRET, new Date("2026-03-15T00:00:00Z"))).toEqual({
      ok: false,
      why: "expired",
    });
  });
});
