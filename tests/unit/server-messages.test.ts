/**
 * Server messages come from the catalogs: a refusal reads in the caller's language through the
 * same boundary the API answers with, the error `code` stays an English identifier, and the
 * English text is what it always was.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { NextRequest } from "next/server";
import type { DatabaseHandle } from "@/db";
import { recommendationOwners, recommendations } from "@/db/schema";
import { updateRecommendation } from "@/db/mutations/recommendations";
import { setOwners } from "@/db/mutations/owners";
import { apiLocale, errorResponse } from "@/lib/api/handler";
import { badRequest, forbidden } from "@/lib/errors";
import { english, renderMessage } from "@/lib/i18n/render-message";
import { listOf, msg, type Message } from "@/lib/i18n/server-message";
import { authorize, fieldList } from "@/lib/permissions";
import { lifecycleErrors } from "@/lib/lifecycle";
import { recommendationPatchInput } from "@/lib/validation/inputs";
import { ownersPutInput } from "@/lib/validation/owners";
import { parseInput } from "@/lib/validation/parse-input";
import en from "@/messages/en.json";
import zhHans from "@/messages/zh-Hans.json";
import zhHant from "@/messages/zh-Hant.json";
import { actorFor, rejection } from "../helpers/actors";
import { createTestDb } from "../helpers/test-db";

const TARGET_DATE_REFUSAL =
  "Agency members can update status and health only; ask a coordinator to change the target date.";

/** The JSON an API caller gets for `err`, with these headers and this stored language. */
async function answer(err: unknown, acceptLanguage?: string, stored?: string | null) {
  const req = new NextRequest("http://localhost/api/v1/recommendations/R-1", {
    headers: acceptLanguage ? { "accept-language": acceptLanguage } : {},
  });
  const res = errorResponse(err, req, stored);
  return {
    status: res.status,
    body: (await res.json()) as { error: { code: string; message: string; fieldErrors?: Record<string, string[]> } },
  };
}

describe("a refusal in the caller's language", () => {
  let h: DatabaseHandle;
  beforeAll(async () => {
    h = await createTestDb();
  });
  afterAll(() => h.close());

  /** An agency member's refused change of a target date on a recommendation their agency owns. */
  async function targetDateRefusal() {
    const sz = await actorFor(h.db, "sz.member@demo.local");
    const [rec] = await h.db
      .select({ code: recommendations.code, version: recommendations.version })
      .from(recommendations)
      .innerJoin(recommendationOwners, eq(recommendationOwners.recommendationId, recommendations.id))
      .where(eq(recommendationOwners.agencyId, sz.agencyId!))
      .limit(1);
    return rejection(updateRecommendation(h.db, sz, rec!.code, { version: rec!.version, targetDate: "2027-06-30" }));
  }

  it("keeps the English text and code an integration relies on", async () => {
    const err = await targetDateRefusal();
    expect(err.code).toBe("forbidden");
    expect(err.message).toBe(TARGET_DATE_REFUSAL);
    const { status, body } = await answer(err);
    expect(status).toBe(403);
    expect(body.error).toEqual({ code: "forbidden", message: TARGET_DATE_REFUSAL });
  });

  it("answers in Traditional Chinese (Hong Kong usage) and Simplified Chinese, the field named in words", async () => {
    const err = await targetDateRefusal();
    const hant = await answer(err, "zh-HK,zh;q=0.9,en;q=0.8");
    expect(hant.body.error.code).toBe("forbidden");
    expect(hant.body.error.message).toBe("部門成員只能更新狀態和健康狀況；如需更改目標日期，請聯絡協調員。");
    const hans = await answer(err, "zh-CN");
    expect(hans.body.error.code).toBe("forbidden");
    expect(hans.body.error.message).toBe("部门成员只能更新状态和健康状况；如需更改目标日期，请联系协调员。");
    for (const text of [hant.body.error.message, hans.body.error.message]) {
      expect(text).not.toMatch(/targetDate|target date|[A-Za-z]{3,}/);
    }
  });

  it("translates field messages too, naming fields in words rather than ids", async () => {
    const err = await rejection(
      Promise.resolve().then(() => parseInput(recommendationPatchInput, { version: 1, targetDate: "2026-02-30" })),
    );
    expect(err.fieldErrors).toEqual({ targetDate: ["targetDate is not a real calendar date"] });
    const { body } = await answer(err, "zh-Hant");
    expect(body.error).toMatchObject({
      code: "bad_request",
      message: "部分欄位無效。",
      fieldErrors: { targetDate: ["目標日期不是真實存在的日期"] },
    });
  });

  it("renders a mutation's sentences in the caller's language, names and lists included", async () => {
    const coordinator = await actorFor(h.db, "coordinator@demo.local");
    const [rec] = await h.db
      .select({ code: recommendations.code, version: recommendations.version })
      .from(recommendations)
      .limit(1);
    // Two leads on one side is refused with one sentence per side.
    const input = ownersPutInput.parse({
      version: rec!.version,
      owners: [
        { agency: "sz-stic", role: "lead" },
        { agency: "sz-drc", role: "lead" },
      ],
    });
    const err = await rejection(setOwners(h.db, coordinator, rec!.code, input));
    expect(err.message).toMatch(
      /^Only one agency leads on the Shenzhen side, and \S+ and \S+ are both lead\. Make all/,
    );
    const { body } = await answer(err, "zh-Hans");
    expect(body.error.message).toMatch(/^深圳方面只能有一个牵头部门，而 \S+和\S+ 都是牵头部门。/);
    expect(body.error.fieldErrors).toEqual({ "owners.role": ["每一方只能有一个牵头部门（深圳）"] });
  });
});

describe("the API's language", () => {
  const refusal = forbidden("permissions.managersOnly");

  it("is Accept-Language when it names a supported language", async () => {
    expect(apiLocale("zh-TW", "zh-Hans")).toBe("zh-Hant");
    expect(apiLocale("en-GB,zh;q=0.5", "zh-Hant")).toBe("en");
    expect((await answer(refusal, "zh-CN", "zh-Hant")).body.error.message).toBe("只有协调员和管理员可以执行此操作。");
  });

  it("is the caller's stored language when Accept-Language names none", async () => {
    expect(apiLocale("fr-FR,de;q=0.8", "zh-Hant")).toBe("zh-Hant");
    expect(apiLocale(null, "zh-Hans")).toBe("zh-Hans");
    expect((await answer(refusal, "fr", "zh-Hant")).body.error.message).toBe("只有協調員和管理員可以執行此操作。");
    expect((await answer(refusal, undefined, "zh-Hans")).body.error.message).toBe("只有协调员和管理员可以执行此操作。");
  });

  it("is English when neither names a supported language", async () => {
    expect(apiLocale(null, null)).toBe("en");
    expect(apiLocale("fr", null)).toBe("en");
    expect((await answer(refusal, "fr", null)).body.error).toEqual({
      code: "forbidden",
      message: "Only coordinators and administrators can do this.",
    });
  });

  it("answers a failure without internals in the same language", async () => {
    const spy = console.error;
    console.error = () => {};
    try {
      const { status, body } = await answer(new Error("boom"), "zh-Hant");
      expect(status).toBe(500);
      expect(body.error).toEqual({ code: "internal", message: "伺服器無法完成此請求，已記錄在日誌中。" });
    } finally {
      console.error = spy;
    }
  });
});

describe("English messages read as before", () => {
  const member = { id: "s", role: "member" as const, agencyId: "agency-sz" };
  const owned = { ownerAgencyIds: ["agency-sz"] };
  const reason = (fields: string[]) => {
    const d = authorize(member, { action: "recommendation.update", recommendation: owned, fields });
    return d.allowed ? null : english(d.reason);
  };

  it.each<[string, Message, string]>([
    [
      "a field list of three",
      msg("permissions.memberStatusHealthOnly", {
        fields: fieldList(["acceptance", "acceptanceReason", "closureReason"]),
      }),
      "Agency members can update status and health only; ask a coordinator to change the acceptance decision, its reason and the closure reason.",
    ],
    [
      "a field without words of its own",
      msg("permissions.coordinatorActionFields", { fields: fieldList(["someNewField"]) }),
      "Only coordinators can change the some new field of an action.",
    ],
    [
      "literal braces",
      msg("validation.contactShape"),
      "contact must be { userId }, { name, email }, or null for no contact",
    ],
    [
      "one open action",
      msg("owners.openActions", { agency: "ITIB", count: 1 }),
      "ITIB still has 1 open action on this recommendation. Reassign, finish or cancel it before removing ITIB as an owner.",
    ],
    [
      "three open actions",
      msg("owners.openActions", { agency: "ITIB", count: 3 }),
      "ITIB still has 3 open actions on this recommendation. Reassign, finish or cancel them before removing ITIB as an owner.",
    ],
    [
      "a large number, not grouped",
      msg("validation.tooLong", { field: { field: "summary.en" }, max: 4000 }),
      "summary (English) is limited to 4000 characters",
    ],
    [
      "a bulk row around a nested message",
      msg("errors.bulkRow", { row: "R-004-1", message: msg("permissions.archived") }),
      "R-004-1: This recommendation is archived. Restore it before changing it. Nothing was changed.",
    ],
    [
      "a stale version, fields as the API names them",
      msg("errors.stale.changed", {
        entity: "R-004-1",
        base: 3,
        current: 5,
        summary: listOf(
          [
            msg("errors.stale.personChanged", {
              who: "Chan Tai Man",
              fields: listOf([{ field: "status" }, { field: "targetDate" }], "comma"),
            }),
          ],
          "semicolon",
        ),
      }),
      "R-004-1 was changed after you opened it (you had version 3, it is now 5). Chan Tai Man changed status, targetDate. Review the current values and apply your change again.",
    ],
  ])("%s", (_name, message, text) => {
    expect(english(message)).toBe(text);
  });

  it("for refusals, lifecycle rules and schemas", () => {
    expect(reason(["targetDate"])).toBe(TARGET_DATE_REFUSAL);
    expect(reason(["priority", "targetDate"])).toBe(
      "Agency members can update status and health only; ask a coordinator to change the priority and the target date.",
    );
    const errors = lifecycleErrors(
      { id: "c", role: "coordinator", agencyId: null },
      owned,
      { status: "proposed", acceptance: "pending", acceptanceReason: null, closureReason: null },
      { status: "closed", acceptance: "pending", acceptanceReason: null, closureReason: null },
    );
    expect(english(errors.closureReason![0]!)).toBe(
      "Say why the recommendation is closed: implemented, not implemented or superseded.",
    );
    const parsed = recommendationPatchInput.safeParse({ version: 1, status: "later", title: { en: " " } });
    expect(parsed.success).toBe(false);
    const err = badRequest("errors.invalidFields");
    expect(err.message).toBe("Some fields are not valid.");
    const fields = (() => {
      try {
        parseInput(recommendationPatchInput, { version: 1, status: "later", title: { en: " " } });
      } catch (e) {
        return (e as { fieldErrors: Record<string, string[]> }).fieldErrors;
      }
    })();
    expect(fields).toEqual({
      status: ['status must be one of: proposed, accepted, in_progress, implemented, verified, closed (got "later")'],
      "title.en": ["title (English) cannot be empty"],
    });
  });
});

describe("the catalogs", () => {
  type Tree = { [key: string]: string | Tree };
  const leaves = (tree: Tree, prefix = ""): [string, string][] =>
    Object.entries(tree).flatMap(([k, v]) =>
      typeof v === "string" ? [[prefix + k, v] as [string, string]] : leaves(v, `${prefix}${k}.`),
    );
  /** The ICU arguments a message uses: `{name}` and `{count, plural, …}` alike. */
  const argumentsOf = (text: string) =>
    [
      ...new Set(
        [
          ...text
            .replace(/'[^']*'/g, "")
            .replace(/\b(?:zero|one|two|few|many|other|=\d+)\s*\{[^{}]*\}/g, "")
            .matchAll(/\{\s*(\w+)\s*[,}]/g),
        ].map((m) => m[1]),
      ),
    ].sort();
  const english = new Map(leaves(en.server as Tree));

  it.each([
    ["zh-Hans", zhHans],
    ["zh-Hant", zhHant],
  ])("%s has every server message, with the same placeholders", (_locale, catalog) => {
    const translated = new Map(leaves(catalog.server as Tree));
    expect([...translated.keys()].sort()).toEqual([...english.keys()].sort());
    for (const [key, text] of english) expect(argumentsOf(translated.get(key)!), key).toEqual(argumentsOf(text));
  });

  it("renders every message in every language without falling back to its key", () => {
    for (const [key, text] of english) {
      const values = Object.fromEntries(argumentsOf(text).map((name) => [name, "1"]));
      for (const locale of ["en", "zh-Hans", "zh-Hant"] as const) {
        const rendered = renderMessage({ key: key as Message["key"], values }, locale);
        expect(rendered, `${locale} ${key}`).not.toContain(`server.${key}`);
        expect(rendered, `${locale} ${key}`).not.toMatch(/\{\w+\}/);
      }
    }
  });
});
