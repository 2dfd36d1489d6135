/** An answer's `links` (PUT …/answers/{code}): they become the answer's link evidence, in the answer's transaction. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import type { DatabaseHandle } from "@/db";
import { activityLog, evidence } from "@/db/schema";
import { getRecommendationByCode } from "@/db/queries/recommendations";
import { getRound } from "@/db/queries/rounds";
import { openRound } from "@/db/mutations/rounds";
import { saveAnswer } from "@/db/mutations/round-answers";
import { answerInput, roundOpenInput, type AnswerInput } from "@/lib/validation/rounds";
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
/** Owned by hk-itib among others; open. */
const CODE = "R-002-P5";
let coordinator: Actor, hk: Actor;
beforeAll(async () => {
  coordinator = await actorFor(shared.db, "coordinator@demo.local");
  hk = await actorFor(shared.db, "hk.member@demo.local");
});

async function openOne() {
  const filters = roundOpenInput.shape.filters.parse(`q=${CODE}`);
  const { round } = await openRound(
    db(),
    coordinator,
    roundOpenInput.parse({ name: "Links round", dueDate: "2026-12-31", filters }),
    TODAY,
  );
  return round.id;
}
const answer = async (a: Partial<AnswerInput>): Promise<AnswerInput> =>
  answerInput.parse({
    statement: "Two joint labs opened.",
    submit: false,
    version: (await getRecommendationByCode(db(), CODE))!.version,
    ...a,
  });
async function linksOf(roundId: string) {
  const detail = (await getRound(db(), hk, roundId, TODAY))!;
  const request = detail.requests.find((r) => r.recommendation.code === CODE && r.agency.key === "hk-itib")!;
  const rows = await db()
    .select({ url: evidence.url, label: evidence.label })
    .from(evidence)
    .where(and(eq(evidence.roundRequestId, request.id), eq(evidence.kind, "link")));
  return { request, links: rows.sort((a, b) => a.url!.localeCompare(b.url!)) };
}

describe("an answer's links", () => {
  it("are attached with the answer, kept when unchanged and removed when left out, each in the history", async () => {
    const roundId = await openOne();
    await saveAnswer(
      db(),
      hk,
      roundId,
      CODE,
      await answer({
        links: [{ url: "https://example.org/a", label: "Lab opening" }, { url: "https://example.org/b" }],
      }),
      TODAY,
    );
    let { request, links } = await linksOf(roundId);
    expect(links).toEqual([
      { url: "https://example.org/a", label: "Lab opening" },
      { url: "https://example.org/b", label: null },
    ]);

    await saveAnswer(
      db(),
      hk,
      roundId,
      CODE,
      await answer({
        requestVersion: request.version,
        links: [{ url: "https://example.org/a", label: "Lab opening" }, { url: "https://example.org/c" }],
      }),
      TODAY,
    );
    ({ request, links } = await linksOf(roundId));
    expect(links.map((l) => l.url)).toEqual(["https://example.org/a", "https://example.org/c"]);
    const kinds = (
      await db().select({ kind: activityLog.kind }).from(activityLog).where(eq(activityLog.entityType, "evidence"))
    ).map((e) => e.kind);
    // a and b added, then b removed and c added; a untouched.
    expect(kinds.sort()).toEqual(["evidence_added", "evidence_added", "evidence_added", "evidence_removed"]);

    // Without `links` the answer's links stay as they are.
    await saveAnswer(db(), hk, roundId, CODE, await answer({ requestVersion: request.version }), TODAY);
    expect((await linksOf(roundId)).links).toHaveLength(2);
  });

  it("refuse a link that is not a web address, with a sentence, and store nothing", async () => {
    const roundId = await openOne();
    const parsed = answerInput.safeParse({
      statement: "x",
      submit: false,
      version: 1,
      links: [{ url: "javascript:alert(1)" }],
    });
    expect(parsed.success).toBe(false);
    expect(JSON.stringify(parsed.error?.issues)).toMatch(/links/);
    expect((await linksOf(roundId)).links).toEqual([]);
  });

  it("are not changed once the answer is submitted (the save is refused)", async () => {
    const roundId = await openOne();
    await saveAnswer(db(), hk, roundId, CODE, await answer({ submit: true }), TODAY);
    const { request } = await linksOf(roundId);
    const refused = await rejection(
      saveAnswer(
        db(),
        hk,
        roundId,
        CODE,
        await answer({ requestVersion: request.version, links: [{ url: "https://example.org/late" }] }),
        TODAY,
      ),
    );
    expect(refused).toBeTruthy();
    expect((await linksOf(roundId)).links).toEqual([]);
  });
});
