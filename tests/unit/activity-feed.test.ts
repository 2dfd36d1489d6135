import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createFormatter, createTranslator } from "next-intl";
import { eq } from "drizzle-orm";
import type { DatabaseHandle, DbOrTx } from "@/db";
import {
  listActivityFeed,
  openActivityVisit,
  SITTING_MINUTES,
  type ActivityFeedParams,
  type FeedReader,
} from "@/db/queries/activity-feed";
import { listRecommendationHistory } from "@/db/queries/history";
import { getRecommendationByCode } from "@/db/queries/recommendations";
import { recordActivity } from "@/db/mutations/activity";
import { updateRecommendation } from "@/db/mutations/recommendations";
import { activityLog, agencies, roundRequests, rounds } from "@/db/schema";
import { seedRecommendations } from "@/db/seed/data/recommendations";
import { describeHistoryEntry, type Translate } from "@/components/recommendations/history-labels";
import { activityQuery } from "@/lib/validation/activity";
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

const t = createTranslator({ locale: "en", messages }) as unknown as Translate;
const format = createFormatter({ locale: "en", timeZone: "Asia/Hong_Kong" });

const reader = (db: DbOrTx, email: string): Promise<FeedReader> => actorFor(db, email);

/** Every entry a reader sees under these filters, paging through to the end. */
async function all(db: DbOrTx, r: FeedReader, params: ActivityFeedParams = {}) {
  const out = [];
  let before: number | undefined;
  for (;;) {
    const page = await listActivityFeed(db, r, { ...params, before, limit: 100 });
    out.push(...page.entries);
    if (page.nextBefore === null) return out;
    before = page.nextBefore;
  }
}

const szOwned = seedRecommendations.find((r) => r.owners.some((o) => o.agencyKey === "sz-stic"))!;

/** One entry of each visibility class, written as the app writes them. */
async function writeEachKind(db: DbOrTx) {
  const admin = await actorFor(db, "admin@demo.local");
  const coord = await actorFor(db, "coordinator@demo.local");
  const sz = await actorFor(db, "sz.member@demo.local");
  const rec = (await getRecommendationByCode(db, szOwned.code))!;
  const [szAgency] = await db.select().from(agencies).where(eq(agencies.key, "sz-stic"));
  const [round] = await db
    .insert(rounds)
    .values({ name: "Feed test round", dueDate: "2027-01-31", openedById: coord.id })
    .returning();
  const [request] = await db
    .insert(roundRequests)
    .values({ roundId: round!.id, recommendationId: rec.id, agencyId: szAgency!.id, state: "draft" })
    .returning();
  await updateRecommendation(db, sz, szOwned.code, {
    version: rec.version,
    health: rec.health === "off_track" ? "at_risk" : "off_track",
  });
  await recordActivity(db, [
    {
      actor: { id: coord.id },
      entityType: "round",
      entityId: round!.id,
      kind: "round_opened",
      to: { name: round!.name, dueDate: round!.dueDate, requests: 1 },
    },
    {
      actor: { id: admin.id },
      entityType: "agency",
      entityId: szAgency!.id,
      kind: "agency_renamed",
      from: { abbreviation: "SZSTI" },
      to: { abbreviation: "SZ-STI" },
    },
    {
      actor: { id: admin.id },
      entityType: "user",
      entityId: sz.id,
      kind: "role_changed",
      from: "viewer",
      to: "member",
    },
    { actor: { id: sz.id }, entityType: "auth", entityId: sz.id, kind: "sign_in" },
    {
      actor: { id: sz.id },
      entityType: "evidence",
      entityId: crypto.randomUUID(),
      kind: "evidence_added",
      recommendationId: null,
      to: { kind: "link", name: "Draft minutes", on: "answer", roundRequestId: request!.id },
    },
  ]);
  return { rec, round: round!, sz, coord, admin };
}

const kindsOf = (entries: { entityType: string; kind: string }[]) =>
  new Set(entries.map((e) => `${e.entityType}.${e.kind}`));

describe("who sees which entries of the workspace feed", () => {
  it("shows the timelines' entries, rounds and agencies to everyone, accounts and sign-ins to administrators, an answer's evidence to its agency", async () => {
    await writeEachKind(h.db);
    const seen = async (email: string) =>
      kindsOf((await listActivityFeed(h.db, await reader(h.db, email), { limit: 20 })).entries);

    const everyone = ["recommendation.update", "round.round_opened", "agency.agency_renamed"];
    const viewer = await seen("viewer@demo.local");
    const hk = await seen("hk.member@demo.local");
    const coord = await seen("coordinator@demo.local");
    const sz = await seen("sz.member@demo.local");
    const admin = await seen("admin@demo.local");
    for (const k of everyone) for (const s of [viewer, hk, coord, sz, admin]) expect(s).toContain(k);

    for (const s of [viewer, hk, coord, sz]) {
      expect(s).not.toContain("user.role_changed");
      expect(s).not.toContain("auth.sign_in");
    }
    expect(admin).toContain("user.role_changed");
    expect(admin).toContain("auth.sign_in");
    // A member's sign-in or an administrator's account change is bookkeeping, not an agency update or
    // a coordinator's (both were labelled by the person's role before).
    const adminEntries = (await listActivityFeed(h.db, await reader(h.db, "admin@demo.local"), { limit: 20 })).entries;
    for (const kind of ["sign_in", "role_changed"])
      expect(adminEntries.find((e) => e.kind === kind)).toMatchObject({ source: "system" });

    // The draft's evidence: the answering agency's own, off everyone else's feed (administrators' too).
    expect(sz).toContain("evidence.evidence_added");
    for (const s of [viewer, hk, coord, admin]) expect(s).not.toContain("evidence.evidence_added");
  });

  it("says what the recommendation timeline says about the same entry, and links it to its item", async () => {
    const { rec, round } = await writeEachKind(h.db);
    const r = await reader(h.db, "viewer@demo.local");
    const feed = (await listActivityFeed(h.db, r, { item: szOwned.code, limit: 5 })).entries;
    const timeline = await listRecommendationHistory(h.db, rec.id, { limit: 5 });
    expect(feed.map((e) => e.id)).toEqual(timeline.map((e) => e.id));
    expect(feed.map((e) => describeHistoryEntry(e, t, format))).toEqual(
      timeline.map((e) => describeHistoryEntry(e, t, format)),
    );
    expect(feed.map((e) => e.source)).toEqual(timeline.map((e) => e.source));
    expect(feed[0]!.item).toMatchObject({ type: "recommendation", code: szOwned.code });
    expect(feed[0]!.actor).toMatchObject({ name: "Li Wei", agency: expect.any(String), agencyKey: "sz-stic" });

    const roundEntry = (await listActivityFeed(h.db, r, { limit: 10 })).entries.find((e) => e.entityType === "round")!;
    expect(roundEntry.item).toEqual({ type: "round", id: round.id, name: "Feed test round" });
    expect(describeHistoryEntry(roundEntry, t, format)).toBe(
      "Reporting round opened: Feed test round, answers due Jan 31, 2027",
    );
  });
});

describe("the feed's filters", () => {
  it("filters by person, by the acting person's agency, by kind and by item", async () => {
    const { sz, coord } = await writeEachKind(h.db);
    const r = await reader(h.db, "admin@demo.local");

    const byPerson = await all(h.db, r, { person: sz.id });
    expect(byPerson.length).toBeGreaterThan(0);
    expect(byPerson.every((e) => e.actor.id === sz.id)).toBe(true);

    const bySz = await all(h.db, r, { agency: "sz-stic" });
    expect(bySz.map((e) => e.id)).toContain(byPerson[0]!.id);
    expect(bySz.every((e) => e.actor.agencyKey === "sz-stic")).toBe(true);
    const byHk = await all(h.db, r, { agency: "hk-itib" });
    expect(byHk.every((e) => e.actor.agencyKey === "hk-itib")).toBe(true);
    expect(byHk.some((e) => e.actor.id === sz.id)).toBe(false);

    const agencyUpdates = await all(h.db, r, { kind: "agency" });
    expect(agencyUpdates.length).toBeGreaterThan(0);
    expect(agencyUpdates.every((e) => e.source === "agency")).toBe(true);
    const coordination = await all(h.db, r, { kind: "coordination", person: coord.id });
    expect(coordination.map((e) => e.entityType)).toContain("round");
    expect(coordination.every((e) => e.source === "coordination")).toBe(true);

    const rec = (await getRecommendationByCode(h.db, szOwned.code))!;
    const byItem = await all(h.db, r, { item: szOwned.code });
    const timeline = await listRecommendationHistory(h.db, rec.id, { limit: 500 });
    expect(new Set(byItem.map((e) => e.id))).toEqual(new Set(timeline.map((e) => e.id)));
    expect(await all(h.db, r, { item: "R-999-NONE" })).toEqual([]);
  });

  it("reads dates as days in the workspace's time zone (Hong Kong), both ends included", async () => {
    const sz = await actorFor(h.db, "sz.member@demo.local");
    const rec = (await getRecommendationByCode(h.db, szOwned.code))!;
    // 2026-03-01 16:30 UTC is 00:30 on 2 March in Hong Kong; 15:59 UTC is still 1 March there.
    const [late, early] = await h.db
      .insert(activityLog)
      .values([
        {
          at: new Date("2026-03-01T16:30:00Z"),
          actorId: sz.id,
          entityType: "note",
          kind: "edit",
          recommendationId: rec.id,
        },
        {
          at: new Date("2026-03-01T15:59:00Z"),
          actorId: sz.id,
          entityType: "note",
          kind: "edit",
          recommendationId: rec.id,
        },
      ])
      .returning({ id: activityLog.id });
    const r = await reader(h.db, "viewer@demo.local");
    const ids = async (from: string, to: string) => (await all(h.db, r, { from, to })).map((e) => e.id);
    expect(await ids("2026-03-02", "2026-03-02")).toEqual([late!.id]);
    expect(await ids("2026-03-01", "2026-03-01")).toEqual([early!.id]);
    expect(await ids("2026-03-01", "2026-03-02")).toEqual([early!.id, late!.id].sort((a, b) => b - a));
    expect(await ids("2026-03-03", "2026-03-31")).toEqual(expect.not.arrayContaining([late!.id, early!.id]));
  });

  it("refuses filters it cannot use with a sentence naming what to fix", () => {
    const problems = (q: Record<string, string>) => {
      const parsed = activityQuery.safeParse(q);
      return parsed.success ? [] : parsed.error.issues.map((i) => i.path.join("."));
    };
    expect(problems({ kind: "gossip" })).toEqual(["kind"]);
    expect(problems({ person: "li-wei" })).toEqual(["person"]);
    expect(problems({ before: "-3" })).toEqual(["before"]);
    expect(problems({ limit: "500" })).toEqual(["limit"]);
    expect(problems({ from: "2026-05-02", to: "2026-05-01" })).toEqual(["to"]);
    expect(problems({ from: "2026-02-30" })).toEqual(["from"]);
    expect(problems({ page: "2" })).toEqual([""]);
    expect(problems({ kind: "assessment", agency: "sz-stic", item: szOwned.code, before: "12" })).toEqual([]);
  });
});

describe("paging the feed", () => {
  it("pages by a cursor that new entries do not shift, and never returns more than a page", async () => {
    await writeEachKind(h.db);
    const r = await reader(h.db, "coordinator@demo.local");
    const first = await listActivityFeed(h.db, r, { limit: 3 });
    expect(first.entries).toHaveLength(3);
    const expectedSecond = (await listActivityFeed(h.db, r, { limit: 6 })).entries.slice(3);

    // Someone changes something while the reader looks at page one.
    const sz = await actorFor(h.db, "sz.member@demo.local");
    const rec = (await getRecommendationByCode(h.db, szOwned.code))!;
    await updateRecommendation(h.db, sz, szOwned.code, {
      version: rec.version,
      health: rec.health === "on_track" ? "at_risk" : "on_track",
    });

    const second = await listActivityFeed(h.db, r, { limit: 3, before: first.nextBefore! });
    expect(second.entries.map((e) => e.id)).toEqual(expectedSecond.map((e) => e.id));
    const ids = [...first.entries, ...second.entries].map((e) => e.id);
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
    expect(new Set(ids).size).toBe(6);
    // The new entry is on top of a fresh first page, not on page two.
    expect((await listActivityFeed(h.db, r, { limit: 1 })).entries[0]!.id).toBeGreaterThan(first.entries[0]!.id);
    expect((await listActivityFeed(h.db, r, { limit: 10_000 })).entries.length).toBeLessThanOrEqual(100);
  });

  it("answers no older page after the last entry", async () => {
    const r = await reader(h.db, "viewer@demo.local");
    const oldest = await h.db.select({ id: activityLog.id }).from(activityLog).orderBy(activityLog.id).limit(1);
    const page = await listActivityFeed(h.db, r, { before: oldest[0]!.id });
    expect(page).toEqual({ entries: [], nextBefore: null });
  });
});

describe("the since-my-last-visit marker", () => {
  it("keeps one marker through a sitting and moves it to what the last sitting showed when a new one starts", async () => {
    const viewer = await actorFor(h.db, "viewer@demo.local");
    const r = await reader(h.db, "viewer@demo.local");
    const newest = async () => (await listActivityFeed(h.db, r, { limit: 1 })).entries[0]!.id;
    const t0 = new Date("2026-12-01T09:00:00Z");
    const later = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);

    // A first visit: nothing is new yet.
    const shownFirst = await newest();
    expect(await openActivityVisit(h.db, viewer.id, shownFirst, t0)).toBe(shownFirst);

    await writeEachKind(h.db);
    const shownSecond = await newest();
    expect(shownSecond).toBeGreaterThan(shownFirst);
    // Reloading 10 minutes later, then paging: the same marker, so the change is marked new.
    expect(await openActivityVisit(h.db, viewer.id, shownSecond, later(10))).toBe(shownFirst);
    expect(await openActivityVisit(h.db, viewer.id, 0, later(20))).toBe(shownFirst);
    const fresh = (await listActivityFeed(h.db, r, { limit: 20 })).entries.filter((e) => e.id > shownFirst);
    expect(fresh.map((e) => e.entityType)).toContain("recommendation");

    // Back after a pause longer than a sitting: what the last visit showed is no longer new.
    expect(await openActivityVisit(h.db, viewer.id, shownSecond, later(20 + SITTING_MINUTES + 1))).toBe(shownSecond);
  });
});
