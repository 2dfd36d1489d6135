/** Actions written in any of the three languages: what is stored, refused, recorded and found. */
import { zodFieldErrors } from "@/lib/validation/field-errors";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { createFormatter, createTranslator } from "next-intl";
import type { DatabaseHandle } from "@/db";
import { actions, activityLog } from "@/db/schema";
import { listActions } from "@/db/queries/action-list";
import { listRecommendationHistory } from "@/db/queries/history";
import { describeHistoryEntry, type Translate } from "@/components/recommendations/history-labels";
import messages from "@/messages/en.json";
import { getActionView } from "@/db/queries/actions";
import { createAction, updateAction } from "@/db/mutations/actions";
import { seedRecommendations } from "@/db/seed/data/recommendations";
import { actionCreateInput, actionPatchInput } from "@/lib/validation/inputs";
import { actorFor, rejection } from "../helpers/actors";
import { rollBackEachTest } from "../helpers/rolled-back";
import { createTestDb } from "../helpers/test-db";

let shared: DatabaseHandle;
beforeAll(async () => {
  shared = await createTestDb();
});
afterAll(() => shared.close());

const code = seedRecommendations.find((r) => r.owners.some((o) => o.agencyKey === "hk-itib"))!.code;

describe("actions in three languages", () => {
  const h = rollBackEachTest(() => shared);
  const getActionRecommendationId = async (id: string) =>
    (await h.db.select({ r: actions.recommendationId }).from(actions).where(eq(actions.id, id)))[0]?.r;
  const coordinator = () => actorFor(h.db, "coordinator@demo.local");
  const add = async (fields: Record<string, unknown>) =>
    createAction(h.db, await coordinator(), code, actionCreateInput.parse({ agency: "hk-itib", ...fields }));

  it("takes an action with a Chinese title only, and answers all three titles", async () => {
    const added = await add({ titleZhHant: "設立聯合實驗室", descriptionZhHans: "先做可行性研究" });
    expect(added).toMatchObject({
      title: "",
      description: null,
      titles: { en: "", zhHans: "", zhHant: "設立聯合實驗室" },
      descriptions: { en: null, zhHans: "先做可行性研究", zhHant: null },
    });
    const [created] = await h.db
      .select()
      .from(activityLog)
      .where(and(eq(activityLog.entityId, added.id), eq(activityLog.kind, "create")));
    expect(created!.toValue).toMatchObject({ titleZhHant: "設立聯合實驗室" });
    expect(created!.toValue).not.toHaveProperty("title");
  });

  it("refuses an action with no title in any language, in a sentence naming the fields", () => {
    const parsed = actionCreateInput.safeParse({ agency: "hk-itib", title: " ", titleZhHans: "" });
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues[0]).toMatchObject({ path: ["title"] });
    expect(zodFieldErrors(parsed.error!).title?.[0]).toMatch(
      /^Give the action a title in at least one language: .+\.$/,
    );
  });

  it("refuses, from code that skips validation too, an action created without any title", async () => {
    const refused = await rejection(
      createAction(h.db, await coordinator(), code, { agency: "hk-itib", status: "todo", progress: 0 }),
    );
    expect(refused.status).toBe(422);
    expect(refused.fieldErrors?.title?.[0]).toMatch(/at least one language/);
  });

  it("refuses a change that would leave an action without any title, and keeps the title", async () => {
    const added = await add({ title: "Set up a joint lab" });
    const refused = await rejection(
      updateAction(h.db, await coordinator(), added.id, actionPatchInput.parse({ version: 1, title: "" })),
    );
    expect(refused.status).toBe(422);
    expect((await getActionView(h.db, added.id))!.title).toBe("Set up a joint lab");
    // With a Chinese title given in the same change, the English one may go.
    const changed = await updateAction(
      h.db,
      await coordinator(),
      added.id,
      actionPatchInput.parse({ version: 1, title: "", titleZhHans: "设立联合实验室" }),
    );
    expect(changed.titles).toEqual({ en: "", zhHans: "设立联合实验室", zhHant: "" });
  });

  it("records a change of each translation in the history, by field", async () => {
    const added = await add({ title: "Set up a joint lab" });
    await updateAction(
      h.db,
      await coordinator(),
      added.id,
      actionPatchInput.parse({ version: 1, titleZhHant: "設立聯合實驗室", descriptionZhHans: "先做研究" }),
    );
    const entries = await h.db
      .select({ field: activityLog.field, from: activityLog.fromValue, to: activityLog.toValue })
      .from(activityLog)
      .where(and(eq(activityLog.entityId, added.id), eq(activityLog.kind, "update")));
    expect(entries).toEqual(
      expect.arrayContaining([
        { field: "titleZhHant", from: "", to: "設立聯合實驗室" },
        { field: "descriptionZhHans", from: null, to: "先做研究" },
      ]),
    );
    // The timeline names each translation by its language.
    const t = createTranslator({ locale: "en", messages }) as unknown as Translate;
    const format = createFormatter({ locale: "en", timeZone: "UTC" });
    const labels = (await listRecommendationHistory(h.db, (await getActionRecommendationId(added.id))!))
      .filter((e) => e.entityType === "action" && e.kind === "update")
      .map((e) => describeHistoryEntry(e, t, format));
    expect(labels).toEqual(
      expect.arrayContaining([
        "Title (Traditional Chinese): none → 設立聯合實驗室 (action: Set up a joint lab)",
        "Description (Simplified Chinese): none → 先做研究 (action: Set up a joint lab)",
      ]),
    );
  });

  it("finds an action by all six texts, a Traditional title by its Simplified form", async () => {
    const added = await add({
      title: "Harbour survey",
      titleZhHant: "維港測量計劃",
      description: "Sounding",
      descriptionZhHans: "水深测绘",
      descriptionZhHant: "海床樣本",
    });
    const found = async (q: string) => (await listActions(h.db, { q, pageSize: 500 })).items.map((i) => i.id);
    // The Traditional title, searched in Simplified characters.
    expect(await found("维港测量")).toContain(added.id);
    for (const q of ["harbour survey", "sounding", "水深测绘", "海床样本", "維港測量"])
      expect(await found(q)).toContain(added.id);
    // A later change to another field keeps every text searchable.
    await updateAction(h.db, await coordinator(), added.id, actionPatchInput.parse({ version: 1, progress: 20 }));
    expect(await found("维港测量")).toContain(added.id);
    await updateAction(
      h.db,
      await coordinator(),
      added.id,
      actionPatchInput.parse({ version: 2, titleZhHans: "深圳湾" }),
    );
    expect(await found("深圳湾")).toContain(added.id);
    expect(await found("harbour survey")).toContain(added.id);
    const [row] = await h.db.select({ s: actions.searchText }).from(actions).where(eq(actions.id, added.id));
    expect(row!.s).toContain("维港测量计划");
  });
});
