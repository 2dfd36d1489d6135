/** Reporting rounds on PGlite: opening over filters, answering, review, closing, and who may do each. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import type { DatabaseHandle } from "@/db";
import { activityLog, noteVersions, recommendationOwners, roundRequests } from "@/db/schema";
import { getRecommendationByCode } from "@/db/queries/recommendations";
import { listRecommendationHistory } from "@/db/queries/history";
import { getRound, listOpenRequests, listRounds } from "@/db/queries/rounds";
import { closeRound, openRound, roundScope } from "@/db/mutations/rounds";
import { reviewAnswer, saveAnswer, withdrawAnswer } from "@/db/mutations/round-answers";
import { freezeNoteVersion } from "@/db/mutations/notes";
import { updateRecommendation } from "@/db/mutations/recommendations";
import { answerInput, roundOpenInput, type AnswerInput } from "@/lib/validation/rounds";
import { seedRecommendations } from "@/db/seed/data/recommendations";
import type { Actor } from "@/lib/permissions";
import { actorFor, rejection } from "../helpers/actors";
import { rollBackEachTest } from "../helpers/rolled-back";
import { createTestDb } from "../helpers/test-db";

let shared: DatabaseHandle;
beforeAll(async () => {
  shared = await createTestDb();
});
afterAll(() => shared.close());
const handle = rollBackEachTest(() => shared);
const db = () => handle.db;

const TODAY = "2026-12-02";
const industryHk = roundOpenInput.shape.filters.parse("theme=industry&agency=hk-itib&sort=code&cols=code");
const expectedIndustryHk = seedRecommendations.filter(
  (r) => r.theme === "industry" && r.owners.some((o) => o.agencyKey === "hk-itib") && r.status !== "closed",
);
/** Owned by Shenzhen's sz-iitb and Hong Kong's hk-itib (and hk-hkstp), in progress, at risk. */
const CODE = "R-002-P5";

let coordinator: Actor, hk: Actor, sz: Actor, admin: Actor, viewer: Actor;
beforeAll(async () => {
  const who = (n: string) => actorFor(shared.db, `${n}@demo.local`);
  [coordinator, hk, sz, admin, viewer] = [
    await who("coordinator"),
    await who("hk.member"),
    await who("sz.member"),
    await who("admin"),
    await who("viewer"),
  ];
});

async function open(name = "2026 Q4 progress report", dueDate = "2026-12-31") {
  return openRound(db(), coordinator, roundOpenInput.parse({ name, dueDate, filters: industryHk }), TODAY);
}
const answer = (a: Partial<AnswerInput> & { version: number }): AnswerInput =>
  answerInput.parse({ statement: "Two joint labs opened in November.", submit: false, ...a });
async function recVersion(code = CODE) {
  return (await getRecommendationByCode(db(), code))!.version;
}
async function hkRequest(roundId: string, code = CODE) {
  const detail = (await getRound(db(), hk, roundId, TODAY))!;
  return detail.requests.find((r) => r.recommendation.code === code && r.agency.key === "hk-itib")!;
}

describe("opening a round", () => {
  it("makes one request per owning agency of every open recommendation the filters match", async () => {
    const { round, requests, recommendations } = await open();
    expect(recommendations).toBe(expectedIndustryHk.length);
    const owners = expectedIndustryHk.reduce((n, r) => n + r.owners.length, 0);
    expect(requests).toBe(owners);
    const detail = (await getRound(db(), coordinator, round.id, TODAY))!;
    expect(new Set(detail.requests.map((r) => r.recommendation.code))).toEqual(
      new Set(expectedIndustryHk.map((r) => r.code)),
    );
    // The list's view (sort, columns) is not part of the scope; the filters are kept to say how.
    expect(round.filters).toEqual({ theme: ["industry"], agency: ["hk-itib"] });
    expect(detail.requests.every((r) => r.state === "not_started")).toBe(true);
    expect(detail.counts.total).toMatchObject({ total: owners, responded: 0, responseRate: 0 });
    const [entry] = await db().select().from(activityLog).where(eq(activityLog.entityId, round.id));
    expect(entry).toMatchObject({
      kind: "round_opened",
      toValue: { name: round.name, dueDate: "2026-12-31", requests: owners },
    });
  });

  it("covers every open recommendation without filters, never closed or archived ones", async () => {
    const scope = await roundScope(db(), undefined, TODAY);
    const open = seedRecommendations.filter((r) => r.status !== "closed" && r.owners.length);
    expect(scope.recommendations).toBe(open.length);
  });

  it("refuses an empty scope and a name already used, with a sentence", async () => {
    const empty = await rejection(
      openRound(
        db(),
        coordinator,
        roundOpenInput.parse({ name: "Nothing", dueDate: "2026-12-31", filters: "q=zzzz-no-match" }),
      ),
    );
    expect(empty.status).toBe(422);
    expect(empty.message).toMatch(/No open recommendation .* matches these filters/);
    await open();
    const twice = await rejection(open());
    expect(twice.status).toBe(409);
    expect(twice.message).toBe('A round named "2026 Q4 progress report" already exists. Choose another name.');
  });

  it("refuses filters the list does not know", () => {
    const parsed = roundOpenInput.safeParse({ name: "X", dueDate: "2026-12-31", filters: { status: "sleeping" } });
    expect(parsed.success).toBe(false);
  });

  it("is for coordinators and administrators only", async () => {
    for (const who of [hk, viewer]) {
      const err = await rejection(
        openRound(db(), who, roundOpenInput.parse({ name: "Mine", dueDate: "2026-12-31" }), TODAY),
      );
      expect(err.status).toBe(403);
    }
    const { requests } = await openRound(
      db(),
      admin,
      roundOpenInput.parse({ name: "Admin's", dueDate: "2026-12-31", filters: industryHk }),
      TODAY,
    );
    expect(requests).toBeGreaterThan(0);
  });
});

describe("answering", () => {
  it("keeps a draft private to the answering agency, then submits it", async () => {
    const { round } = await open();
    const draft = await saveAnswer(
      db(),
      hk,
      round.id,
      CODE,
      answer({ health: "on_track", version: await recVersion() }),
      TODAY,
    );
    expect(draft).toMatchObject({ state: "draft", answer: { proposedHealth: "on_track" } });
    const seenByCoordinator = (await getRound(db(), coordinator, round.id, TODAY))!.requests.find(
      (r) => r.id === draft!.id,
    )!;
    expect(seenByCoordinator.state).toBe("draft");
    expect(seenByCoordinator.answer).toBeNull();
    const seenBySz = (await getRound(db(), sz, round.id, TODAY))!.requests.find((r) => r.id === draft!.id)!;
    expect(seenBySz.answer).toBeNull();

    const submitted = await saveAnswer(
      db(),
      hk,
      round.id,
      CODE,
      answer({ health: "on_track", submit: true, version: await recVersion(), requestVersion: draft!.version }),
      TODAY,
    );
    expect(submitted!.state).toBe("submitted");
    const nowSeen = (await getRound(db(), coordinator, round.id, TODAY))!.requests.find((r) => r.id === draft!.id)!;
    expect(nowSeen.answer).toMatchObject({
      statement: "Two joint labs opened in November.",
      proposedHealth: "on_track",
    });
    expect(nowSeen.submittedBy).toBe("Chan Ka-yan");
  });

  it("refuses a second writer working from an older version of the answer, naming who saved it", async () => {
    const { round } = await open();
    const version = await recVersion();
    await saveAnswer(db(), hk, round.id, CODE, answer({ version }), TODAY);
    const stale = await rejection(saveAnswer(db(), hk, round.id, CODE, answer({ version, requestVersion: 1 }), TODAY));
    expect(stale.status).toBe(409);
    expect(stale.message).toMatch(/Chan Ka-yan changed the answer for R-002-P5 after you opened it/);
    const unstated = await rejection(saveAnswer(db(), hk, round.id, CODE, answer({ version }), TODAY));
    expect(unstated.status).toBe(409);
  });

  it("refuses coordinators, other agencies and proposals a member may not make", async () => {
    const { round } = await open();
    const version = await recVersion();
    const byCoordinator = await rejection(saveAnswer(db(), coordinator, round.id, CODE, answer({ version }), TODAY));
    expect(byCoordinator.status).toBe(403);
    expect(byCoordinator.message).toMatch(/Coordinators and administrators review answers/);
    // sz.member's agency (sz-stic) does not own R-002-P5.
    expect((await rejection(saveAnswer(db(), sz, round.id, CODE, answer({ version }), TODAY))).status).toBe(403);
    const verify = await rejection(
      saveAnswer(db(), hk, round.id, CODE, answer({ version, status: "verified" }), TODAY),
    );
    expect(verify.status).toBe(422);
    expect(await db().select().from(roundRequests).where(eq(roundRequests.state, "draft"))).toEqual([]);
  });

  it("asks a late item for a revised target date with a reason", async () => {
    const { round } = await open("Late round", "2026-12-31");
    const rec = (await getRecommendationByCode(db(), CODE))!;
    await updateRecommendation(db(), coordinator, CODE, {
      version: rec.version,
      targetDate: "2026-06-30",
      reason: "Set for the test",
    });
    const version = await recVersion();
    const err = await rejection(saveAnswer(db(), hk, round.id, CODE, answer({ version, submit: true }), TODAY));
    expect(err.message).toMatch(/R-002-P5 is past its target date/);
    expect(answerInput.safeParse({ statement: "x", submit: true, version, targetDate: "2027-03-31" }).success).toBe(
      false,
    );
    const ok = await saveAnswer(
      db(),
      hk,
      round.id,
      CODE,
      answer({ version, submit: true, targetDate: "2027-03-31", targetDateReason: "Equipment arrives in Q1." }),
      TODAY,
    );
    expect(ok!.state).toBe("submitted");
  });

  it("withdraws a submitted answer until it is reviewed", async () => {
    const { round } = await open();
    const sent = await saveAnswer(
      db(),
      hk,
      round.id,
      CODE,
      answer({ submit: true, version: await recVersion() }),
      TODAY,
    );
    const back = await withdrawAnswer(db(), hk, round.id, CODE, { requestVersion: sent!.version });
    expect(back!.state).toBe("draft");
    const again = await saveAnswer(
      db(),
      hk,
      round.id,
      CODE,
      answer({ submit: true, version: await recVersion(), requestVersion: back!.version }),
      TODAY,
    );
    await reviewAnswer(db(), coordinator, round.id, CODE, {
      decision: "accept",
      agency: "hk-itib",
      requestVersion: again!.version,
    });
    const late = await rejection(withdrawAnswer(db(), hk, round.id, CODE, {}));
    expect(late.message).toMatch(/already reviewed/);
  });
});

describe("review", () => {
  it("returns with a comment the agency sees, and the agency answers again", async () => {
    const { round } = await open();
    await saveAnswer(db(), hk, round.id, CODE, answer({ submit: true, version: await recVersion() }), TODAY);
    const noAgency = await rejection(
      reviewAnswer(db(), coordinator, round.id, CODE, { decision: "return", comment: "x" }),
    );
    expect(noAgency.message).toMatch(/Several agencies answer for R-002-P5/);
    await reviewAnswer(db(), coordinator, round.id, CODE, {
      decision: "return",
      agency: "hk-itib",
      comment: "Say which labs opened.",
    });
    const returned = await hkRequest(round.id);
    expect(returned).toMatchObject({
      state: "returned",
      reviewComment: "Say which labs opened.",
      reviewedBy: "Casey Coordinator",
    });
    const mine = await listOpenRequests(db(), hk, { agencyId: hk.agencyId! }, TODAY);
    expect(mine.find((r) => r.id === returned.id)?.reviewComment).toBe("Say which labs opened.");
    const resent = await saveAnswer(
      db(),
      hk,
      round.id,
      CODE,
      answer({
        statement: "The Shenzhen–HK AI lab and the chip lab opened.",
        submit: true,
        version: await recVersion(),
        requestVersion: returned.version,
      }),
      TODAY,
    );
    expect(resent!.state).toBe("submitted");
    const kinds = await db()
      .select({ kind: activityLog.kind, to: activityLog.toValue })
      .from(activityLog)
      .where(eq(activityLog.entityId, returned.id));
    expect(kinds.map((k) => k.kind)).toEqual(["answer_submitted", "answer_returned", "answer_submitted"]);
    expect(kinds[1]!.to).toEqual({
      round: round.name,
      agency: returned.agency.abbreviation,
      comment: "Say which labs opened.",
    });
  });

  it("accepts: the proposed health goes through the normal update, with both people in the history", async () => {
    const { round } = await open();
    const before = (await getRecommendationByCode(db(), CODE))!;
    await saveAnswer(
      db(),
      hk,
      round.id,
      CODE,
      answer({ health: "on_track", status: "in_progress", submit: true, version: before.version }),
      TODAY,
    );
    await reviewAnswer(db(), coordinator, round.id, CODE, { decision: "accept", agency: "hk-itib" });
    const after = (await getRecommendationByCode(db(), CODE))!;
    expect(after.health).toBe("on_track");
    expect(after.version).toBe(before.version + 1);
    const history = await listRecommendationHistory(db(), after.id);
    const recent = history.slice(0, 3).map((e) => ({ kind: e.kind, field: e.field, actor: e.actor.name }));
    expect(recent).toEqual(
      expect.arrayContaining([
        { kind: "update", field: "health", actor: "Casey Coordinator" },
        { kind: "answer_accepted", field: null, actor: "Casey Coordinator" },
        { kind: "answer_submitted", field: null, actor: "Chan Ka-yan" },
      ]),
    );
    expect((await hkRequest(round.id)).state).toBe("accepted");
  });

  it("refuses to accept an answer whose proposal someone changed since it was written", async () => {
    const { round } = await open();
    const before = (await getRecommendationByCode(db(), CODE))!;
    await saveAnswer(
      db(),
      hk,
      round.id,
      CODE,
      answer({ health: "on_track", submit: true, version: before.version }),
      TODAY,
    );
    await updateRecommendation(db(), coordinator, CODE, { version: before.version, health: "off_track" });
    const err = await rejection(
      reviewAnswer(db(), coordinator, round.id, CODE, { decision: "accept", agency: "hk-itib" }),
    );
    expect(err.status).toBe(409);
    expect(err.message).toMatch(/Casey Coordinator changed health/);
    expect((await getRecommendationByCode(db(), CODE))!.health).toBe("off_track");
  });

  it("is refused to members", async () => {
    const { round } = await open();
    await saveAnswer(db(), hk, round.id, CODE, answer({ submit: true, version: await recVersion() }), TODAY);
    const err = await rejection(reviewAnswer(db(), hk, round.id, CODE, { decision: "accept", agency: "hk-itib" }));
    expect(err.status).toBe(403);
  });
});

describe("closing", () => {
  it("freezes every note in scope under the round's name, keeps an existing one, and makes answers read-only", async () => {
    const { round } = await open();
    const [first, second] = expectedIndustryHk.map((r) => r.code);
    await freezeNoteVersion(db(), coordinator, { code: second!, name: round.name });
    const result = await closeRound(db(), coordinator, round.id);
    expect(result.kept).toEqual([second]);
    expect(result.frozen).toHaveLength(expectedIndustryHk.length - 1);
    expect(result.frozen).toContain(first);
    const versions = await db().select().from(noteVersions).where(eq(noteVersions.name, round.name));
    expect(versions).toHaveLength(expectedIndustryHk.length);
    const err = await rejection(saveAnswer(db(), hk, round.id, CODE, answer({ version: await recVersion() }), TODAY));
    expect(err.message).toBe('The round "2026 Q4 progress report" is closed: its answers are read-only.');
    expect((await rejection(closeRound(db(), coordinator, round.id))).message).toMatch(/already closed/);
    const [listed] = await listRounds(db(), TODAY);
    expect(listed).toMatchObject({ status: "closed", closedById: coordinator.id });
    expect((await rejection(closeRound(db(), hk, round.id))).status).toBe(403);
  });

  it("counts late requests once the due date passes", async () => {
    const { round } = await open("Past due", "2026-11-30");
    const detail = (await getRound(db(), coordinator, round.id, TODAY))!;
    expect(detail.counts.total.byState.late).toBe(detail.requests.length);
    const hkSide = detail.counts.sides.find((s) => s.side === "hong_kong")!;
    expect(hkSide.counts.total).toBeGreaterThan(0);
    const owners = await db()
      .select()
      .from(recommendationOwners)
      .where(and(eq(recommendationOwners.recommendationId, detail.requests[0]!.recommendation.id)));
    expect(owners.length).toBe(
      detail.requests.filter((r) => r.recommendation.id === detail.requests[0]!.recommendation.id).length,
    );
  });
});
