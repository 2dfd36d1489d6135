import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "@/db";
import { getRecommendationByCode } from "@/db/queries/recommendations";
import { listRecommendations } from "@/db/queries/recommendation-list";
import { seedAgencies } from "@/db/seed/data/agencies";
import { seedRecommendations } from "@/db/seed/data/recommendations";
import { createTestDb } from "../helpers/test-db";

const sideOf = new Map(seedAgencies.map((a) => [a.key, a.side]));
const searchable = (r: (typeof seedRecommendations)[number]) => [
  r.code,
  r.title.en,
  r.title.zhHans,
  r.title.zhHant,
  r.summary.en,
  r.summary.zhHans,
  r.summary.zhHant,
  r.excerpt,
];
const codes = (recs: { code: string }[]) => recs.map((r) => r.code).sort();
const expectedCodes = (pred: (r: (typeof seedRecommendations)[number]) => boolean) =>
  codes(seedRecommendations.filter(pred));

describe("listing recommendations", () => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await createTestDb();
  });
  afterAll(() => handle.close());

  const all = (params: Parameters<typeof listRecommendations>[1]) =>
    listRecommendations(handle.db, { ...params, pageSize: 200 });

  it("returns every recommendation, ordered by code, with its total", async () => {
    const { items, total } = await all({});
    expect(total).toBe(seedRecommendations.length);
    expect(items.map((r) => r.code)).toEqual(codes(seedRecommendations));
  });

  it("filters by status and by several themes", async () => {
    expect(codes((await all({ status: ["in_progress"] })).items)).toEqual(
      expectedCodes((r) => r.status === "in_progress"),
    );
    expect(codes((await all({ theme: ["finance", "talent"] })).items)).toEqual(
      expectedCodes((r) => r.theme === "finance" || r.theme === "talent"),
    );
  });

  it("filters by owning agency and by side", async () => {
    expect(codes((await all({ agency: ["hk-itib"] })).items)).toEqual(
      expectedCodes((r) => r.owners.some((o) => o.agencyKey === "hk-itib")),
    );
    expect(codes((await all({ side: ["hong_kong"] })).items)).toEqual(
      expectedCodes((r) => r.owners.some((o) => sideOf.get(o.agencyKey) === "hong_kong")),
    );
  });

  it("combines filters with AND", async () => {
    const { items } = await all({ side: ["shenzhen"], status: ["proposed"] });
    expect(codes(items)).toEqual(
      expectedCodes((r) => r.status === "proposed" && r.owners.some((o) => sideOf.get(o.agencyKey) === "shenzhen")),
    );
  });

  it("searches code, titles in any language, summaries and the excerpt, ignoring case", async () => {
    const rec = seedRecommendations.find((r) => r.documentKey.startsWith("004"))!;
    expect(codes((await all({ q: rec.code.toLowerCase() })).items)).toContain(rec.code);
    expect(codes((await all({ q: rec.title.zhHant })).items)).toContain(rec.code);
    expect(codes((await all({ q: rec.title.zhHans })).items)).toContain(rec.code);
    const phrase = rec.excerpt.slice(10, 40);
    expect(codes((await all({ q: phrase.toUpperCase() })).items)).toEqual(
      expectedCodes((r) => searchable(r).some((t) => t.toLowerCase().includes(phrase.toLowerCase()))),
    );
  });

  it("treats % and _ in the search as plain characters", async () => {
    // Unescaped, "%" and "_" would match every row.
    for (const q of ["%", "_"]) {
      expect(codes((await all({ q })).items), q).toEqual(
        expectedCodes((r) => searchable(r).some((t) => t.includes(q))),
      );
    }
  });

  it("pages through the results without gaps or repeats", async () => {
    const seen: string[] = [];
    for (let page = 1; page <= 4; page++) {
      const res = await listRecommendations(handle.db, { page, pageSize: 10 });
      expect(res.items.length).toBeLessThanOrEqual(10);
      seen.push(...res.items.map((r) => r.code));
    }
    expect(seen.slice(0, seedRecommendations.length)).toEqual(codes(seedRecommendations).slice(0, seen.length));
    expect(new Set(seen).size).toBe(seen.length);
  });

  it("caps the page size", async () => {
    const res = await listRecommendations(handle.db, { pageSize: 10_000 });
    expect(res.pageSize).toBe(500);
  });
});

describe("reading one recommendation", () => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await createTestDb();
  });
  afterAll(() => handle.close());

  it("includes its owners, actions, version and source citation", async () => {
    const seed = seedRecommendations.find((r) => r.owners.length > 1 && r.actions.length > 1)!;
    const rec = await getRecommendationByCode(handle.db, seed.code);
    expect(rec).not.toBeNull();
    expect(rec!.version).toBe(1);
    expect(rec!.title).toEqual(seed.title);
    expect(rec!.owners.map((o) => o.agency.key).sort()).toEqual(seed.owners.map((o) => o.agencyKey).sort());
    expect(rec!.actions.map((a) => a.title).sort()).toEqual(seed.actions.map((a) => a.title.en).sort());
    expect(rec!.source).toMatchObject({
      locator: seed.locator,
      excerpt: seed.excerpt,
      document: { key: seed.documentKey },
    });
  });

  it("marks actions overdue when past due and not finished", async () => {
    const today = new Date().toISOString().slice(0, 10);
    const seed = seedRecommendations.find((r) =>
      r.actions.some((a) => a.dueDate < today && a.status !== "done" && a.status !== "cancelled"),
    );
    expect(seed, "the seed has overdue actions to show").toBeDefined();
    const rec = await getRecommendationByCode(handle.db, seed!.code);
    expect(rec!.actions.some((a) => a.overdue)).toBe(true);
    expect(rec!.actions.filter((a) => a.status === "done").every((a) => !a.overdue)).toBe(true);
  });

  it("answers null for an unknown code", async () => {
    expect(await getRecommendationByCode(handle.db, "R-999-nope")).toBeNull();
  });
});
