import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq, sql } from "drizzle-orm";
import * as OpenCC from "opencc-js";
import type { DatabaseHandle } from "@/db";
import { selectRows } from "@/db/rows";
import { seedDatabase } from "@/db/seed";
import { seedAgencies } from "@/db/seed/data/agencies";
import { seedDocuments } from "@/db/seed/data/documents";
import { seedRecommendations } from "@/db/seed/data/recommendations";
import type { LocalizedText } from "@/db/seed/data/types";
import { demoUsers } from "@/db/seed/demo-users";
import { actions, agencies, recommendations, users } from "@/db/schema";
import { themes } from "@/db/schema/enums";
import { createTestDb, databaseChecksum } from "../helpers/test-db";

const documentText = (key: string) => readFileSync(path.join(process.cwd(), "db/seed/documents", `${key}.txt`), "utf8");

const toHongKong = OpenCC.Converter({ from: "cn", to: "hk" });
const toMainland = OpenCC.Converter({ from: "hk", to: "cn" });

/**
 * Where opencc-js's Hong Kong conversion writes a form the seed does not, and the seed's form is the
 * one Hong Kong government text uses: [what opencc writes, what the seed writes]. Anything else a
 * Traditional field contains must survive the Simplified-to-Hong-Kong conversion unchanged.
 */
const hongKongForms: [opencc: string, seed: string][] = [
  // opencc follows the Education Bureau's character list (羣 户 税 兑); government text and the
  // bureaux' own names use the Big5 forms: 產業集群, 落戶, 租戶, 開戶, 稅務 (as in 稅務局), 兌換.
  ["羣", "群"],
  ["户", "戶"],
  ["税", "稅"],
  ["兑", "兌"],
  // opencc's phrase table prefers these spellings; the seed keeps the ones common in Hong Kong
  // government usage (借助 as in R-002-P6's title, 公布 as in press releases, 周期, 儀表板).
  ["藉助", "借助"],
  ["公佈", "公布"],
  ["週期", "周期"],
  ["儀錶板", "儀表板"],
];
const usedHongKongForms = new Set<string>();

function inHongKongForm(text: string): string {
  let converted = toHongKong(text);
  for (const [opencc, seed] of hongKongForms) {
    if (!converted.includes(opencc)) continue;
    converted = converted.replaceAll(opencc, seed);
    if (text.includes(seed)) usedHongKongForms.add(opencc);
  }
  return converted;
}

/** Present in all three languages, each Chinese text its own translation in its own script. */
function expectTranslated(where: string, text: LocalizedText) {
  expect(text.en.trim(), `${where}: English`).not.toBe("");
  for (const [field, value] of [
    ["zhHans", text.zhHans],
    ["zhHant", text.zhHant],
  ] as const) {
    expect(value?.trim(), `${where}: ${field} is missing`).toBeTruthy();
    expect(value, `${where}: ${field} is in Chinese`).toMatch(/\p{Script=Han}/u);
    expect(value, `${where}: ${field} is the English text`).not.toBe(text.en);
  }
  expect(toMainland(text.zhHans), `${where}: zhHans is written in Simplified characters`).toBe(text.zhHans);
  expect(inHongKongForm(text.zhHant), `${where}: zhHant is written in Traditional characters`).toBe(text.zhHant);
}

describe("seed data drawn from the source documents", () => {
  it("has at least 30 recommendations with unique codes", () => {
    expect(seedRecommendations.length).toBeGreaterThanOrEqual(30);
    expect(new Set(seedRecommendations.map((r) => r.code)).size).toBe(seedRecommendations.length);
  });

  it("cites every one of the five documents", () => {
    const cited = new Set(seedRecommendations.map((r) => r.documentKey));
    expect([...cited].sort()).toEqual(seedDocuments.map((d) => d.key).sort());
  });

  it.each(seedRecommendations.map((r) => [r.code, r] as const))("%s quotes its document verbatim", (_code, rec) => {
    expect(rec.excerpt.length).toBeGreaterThanOrEqual(40);
    expect(documentText(rec.documentKey)).toContain(rec.excerpt);
    expect(rec.locator.trim()).not.toBe("");
  });

  it("gives every recommendation a title and summary in English, Simplified and Traditional Chinese", () => {
    for (const rec of seedRecommendations) {
      expectTranslated(`${rec.code} title`, rec.title);
      expectTranslated(`${rec.code} summary`, rec.summary);
      expect(themes, rec.code).toContain(rec.theme);
    }
  });

  it("gives every action a title and description in English, Simplified and Traditional Chinese", () => {
    const seeded = seedRecommendations.flatMap((r) =>
      r.actions.map((a, i) => [`${r.code} action ${i + 1}`, a] as const),
    );
    expect(seeded.length).toBeGreaterThanOrEqual(100);
    for (const [where, action] of seeded) {
      expectTranslated(`${where} title`, action.title);
      expectTranslated(`${where} description`, action.description);
    }
  });

  it("names every agency in English, Simplified and Traditional Chinese", () => {
    for (const a of seedAgencies) expectTranslated(a.key, a.name);
  });

  it("allows only Hong Kong forms the seed actually uses", () => {
    for (const rec of seedRecommendations) {
      inHongKongForm(rec.title.zhHant);
      inHongKongForm(rec.summary.zhHant);
      for (const a of rec.actions) {
        inHongKongForm(a.title.zhHant);
        inHongKongForm(a.description.zhHant);
      }
    }
    for (const a of seedAgencies) inHongKongForm(a.name.zhHant);
    expect([...usedHongKongForms].sort()).toEqual(hongKongForms.map(([opencc]) => opencc).sort());
  });

  it("covers the sub-sections of section 4 of the Jian Peng article", () => {
    const codes = seedRecommendations.filter((r) => r.documentKey.startsWith("004")).map((r) => r.code);
    for (const section of ["4.1.1", "4.2.1.1", "4.2.2.1", "4.3.1", "4.3.2", "4.4.1.1", "4.4.2.3", "4.4.3.3"]) {
      expect(
        codes.some((c) => c.startsWith(`R-004-${section}`)),
        section,
      ).toBe(true);
    }
  });

  it("has about 15 agencies on both sides", () => {
    expect(seedAgencies.length).toBeGreaterThanOrEqual(15);
    const sides = new Set(seedAgencies.map((a) => a.side));
    expect(sides).toContain("shenzhen");
    expect(sides).toContain("hong_kong");
  });

  it("only starts work on recommendations that were accepted", () => {
    for (const rec of seedRecommendations.filter((r) => r.status !== "proposed")) {
      expect(["accepted", "partially_accepted"], rec.code).toContain(rec.acceptance);
    }
  });
});

describe("seeding a database", () => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await createTestDb();
  });
  afterAll(() => handle.close());

  it("stores every recommendation with its owners and actions, and the excerpt is found in the stored document", async () => {
    const rows = await selectRows<{ code: string; found: boolean; owners: number; actions: number }>(
      handle.db,
      sql`select r.code,
            position(r.source_excerpt in d.body) > 0 as found,
            (select count(*)::int from recommendation_owners o where o.recommendation_id = r.id) as owners,
            (select count(*)::int from actions a where a.recommendation_id = r.id) as actions
          from recommendations r join source_documents d on d.id = r.source_document_id`,
    );
    expect(rows).toHaveLength(seedRecommendations.length);
    for (const r of rows) {
      expect(r.found, r.code).toBe(true);
      expect(r.owners, r.code).toBeGreaterThan(0);
      expect(r.actions, r.code).toBeGreaterThan(0);
    }
  });

  it("stores every action's title and description in all three languages", async () => {
    const rows = await handle.db
      .select({
        code: recommendations.code,
        title: actions.title,
        titleZhHans: actions.titleZhHans,
        titleZhHant: actions.titleZhHant,
        description: actions.description,
        descriptionZhHans: actions.descriptionZhHans,
        descriptionZhHant: actions.descriptionZhHant,
      })
      .from(actions)
      .innerJoin(recommendations, eq(recommendations.id, actions.recommendationId));
    const expected = seedRecommendations.flatMap((r) =>
      r.actions.map((a) => ({
        code: r.code,
        title: a.title.en,
        titleZhHans: a.title.zhHans,
        titleZhHant: a.title.zhHant,
        description: a.description.en,
        descriptionZhHans: a.description.zhHans,
        descriptionZhHant: a.description.zhHant,
      })),
    );
    const order = (x: { code: string; title: string }) => `${x.code} ${x.title}`;
    const sorted = <T extends { code: string; title: string }>(xs: T[]) =>
      [...xs].sort((a, b) => order(a).localeCompare(order(b)));
    expect(sorted(rows)).toEqual(sorted(expected));
    for (const r of rows) {
      expect(r.titleZhHans, r.title).not.toBe("");
      expect(r.titleZhHant, r.title).not.toBe("");
    }
  });

  it("creates the five demo accounts in their agencies", async () => {
    const rows = await handle.db
      .select({ email: users.email, role: users.role, agency: agencies.key })
      .from(users)
      .leftJoin(agencies, eq(agencies.id, users.agencyId));
    expect(rows.map((r) => r.email).sort()).toEqual(demoUsers.map((u) => u.email).sort());
    expect(rows.find((r) => r.email === "sz.member@demo.local")?.agency).toBe("sz-stic");
    expect(rows.find((r) => r.email === "hk.member@demo.local")?.agency).toBe("hk-itib");
  });

  it("makes each demo member the contact and assignee for their agency's seeded work", async () => {
    const rows = await selectRows<{
      email: string;
      owners: number;
      contacts: number;
      actions: number;
      assigned: number;
    }>(
      handle.db,
      sql`select u.email,
            (select count(*)::int from recommendation_owners o where o.agency_id = u.agency_id) as owners,
            (select count(*)::int from recommendation_owners o where o.contact_user_id = u.id) as contacts,
            (select count(*)::int from actions a where a.agency_id = u.agency_id) as actions,
            (select count(*)::int from actions a where a.assignee_id = u.id) as assigned
          from users u where u.role = 'member'`,
    );
    expect(rows).toHaveLength(2);
    for (const r of rows) {
      expect(r.owners, r.email).toBeGreaterThan(0);
      expect(r.contacts, r.email).toBe(r.owners);
      expect(r.actions, r.email).toBeGreaterThan(0);
      expect(r.assigned, r.email).toBe(r.actions);
    }
  });

  it("is idempotent: a second run inserts nothing and changes no row", async () => {
    const before = await databaseChecksum(handle);
    const report = await seedDatabase(handle.db, { demoUsers: true });
    expect(report).toEqual({ documents: 0, agencies: 0, recommendations: 0, actions: 0, users: 0 });
    expect(await databaseChecksum(handle)).toBe(before);
  });

  it("never overwrites an edit made in the app", async () => {
    const code = seedRecommendations[0]!.code;
    await handle.db
      .update(recommendations)
      .set({ titleEn: "Edited by a coordinator" })
      .where(eq(recommendations.code, code));
    await seedDatabase(handle.db, { demoUsers: true });
    const [row] = await handle.db.select().from(recommendations).where(eq(recommendations.code, code));
    expect(row?.titleEn).toBe("Edited by a coordinator");
  });
});
