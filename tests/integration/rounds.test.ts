/**
 * A reporting round on the real PostgreSQL: the scope is what the list's filters match there, one
 * request per owning agency; an answer with links is submitted, returned, answered again and
 * accepted into the record (health and history); closing freezes the notes. The SQL (the list's
 * conditions reused for the scope, the counts, the row locks) runs on PostgreSQL as on PGlite.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { openDatabase, type DatabaseHandle } from "@/db";
import { seedDatabase } from "@/db/seed";
import { evidence, noteVersions, recommendations } from "@/db/schema";
import { getRecommendationByCode } from "@/db/queries/recommendations";
import { listRecommendations } from "@/db/queries/recommendation-list";
import { getRound } from "@/db/queries/rounds";
import { closeRound, openRound } from "@/db/mutations/rounds";
import { reviewAnswer, saveAnswer } from "@/db/mutations/round-answers";
import { answerInput, roundOpenInput, reviewInput } from "@/lib/validation/rounds";
import { parseListLink, recommendationListQuery, toListParams } from "@/lib/validation/search-params";
import { actorFor } from "../helpers/actors";
import { createFreshPostgresDatabase, testDatabaseUrl } from "../helpers/test-db";

const baseUrl = testDatabaseUrl();
const TODAY = "2026-12-02";
const CODE = "R-003-P11";

describe.runIf(baseUrl)("a reporting round on PostgreSQL", () => {
  let fresh: Awaited<ReturnType<typeof createFreshPostgresDatabase>>;
  let handle: DatabaseHandle;

  beforeAll(async () => {
    fresh = await createFreshPostgresDatabase(baseUrl!);
    handle = await openDatabase({ url: fresh.url });
    await seedDatabase(handle.db, { demoUsers: true });
  });
  afterAll(async () => {
    await handle?.close();
    await fresh?.drop();
  });

  it("opens over the list's filters, takes an answer with links through return and accept, and closes", async () => {
    const db = handle.db;
    const coordinator = await actorFor(db, "coordinator@demo.local");
    const hk = await actorFor(db, "hk.member@demo.local");
    const filters = roundOpenInput.shape.filters.parse("theme=industry&agency=hk-itib");
    const { round, requests } = await openRound(
      db,
      coordinator,
      roundOpenInput.parse({ name: "PostgreSQL round", dueDate: "2027-01-31", filters }),
      TODAY,
    );

    // The scope is what the list shows for the same filters, less what is closed.
    const listed = await listRecommendations(db, {
      ...toListParams(parseListLink(recommendationListQuery, { theme: ["industry"], agency: ["hk-itib"] }).query),
      pageSize: 500,
    });
    const open = listed.items.filter((r) => r.status !== "closed");
    const detail = (await getRound(db, coordinator, round.id, TODAY))!;
    expect(new Set(detail.requests.map((r) => r.recommendation.code))).toEqual(new Set(open.map((r) => r.code)));
    expect(requests).toBe(open.reduce((n, r) => n + r.owners.length, 0));

    const version = async () => (await getRecommendationByCode(db, CODE))!.version;
    const mine = async () =>
      (await getRound(db, hk, round.id, TODAY))!.requests.find(
        (r) => r.recommendation.code === CODE && r.agency.key === "hk-itib",
      )!;
    await saveAnswer(
      db,
      hk,
      round.id,
      CODE,
      answerInput.parse({
        health: "on_track",
        statement: "The pilot line started.",
        submit: true,
        version: await version(),
        links: [{ url: "https://www.itib.gov.hk/pilot", label: "Pilot line" }],
      }),
      TODAY,
    );
    const submitted = await mine();
    expect(submitted.state).toBe("submitted");
    const links = await db
      .select({ url: evidence.url })
      .from(evidence)
      .where(and(eq(evidence.roundRequestId, submitted.id), eq(evidence.kind, "link")));
    expect(links).toEqual([{ url: "https://www.itib.gov.hk/pilot" }]);

    await reviewAnswer(
      db,
      coordinator,
      round.id,
      CODE,
      reviewInput.parse({ decision: "return", comment: "Name the partners.", agency: "hk-itib" }),
    );
    expect((await mine()).state).toBe("returned");
    await saveAnswer(
      db,
      hk,
      round.id,
      CODE,
      answerInput.parse({
        health: "on_track",
        statement: "The pilot line of ITIB and the Shenzhen bureau started.",
        submit: true,
        version: await version(),
        requestVersion: (await mine()).version,
      }),
      TODAY,
    );
    await reviewAnswer(db, coordinator, round.id, CODE, reviewInput.parse({ decision: "accept", agency: "hk-itib" }));
    expect((await mine()).state).toBe("accepted");
    const [rec] = await db.select().from(recommendations).where(eq(recommendations.code, CODE));
    expect(rec!.health).toBe("on_track");

    const closed = await closeRound(db, coordinator, round.id);
    expect(closed.frozen.length + closed.kept.length).toBe(open.length);
    const frozen = await db.select().from(noteVersions).where(eq(noteVersions.name, "PostgreSQL round"));
    expect(frozen).toHaveLength(closed.frozen.length);
  });
});
