/**
 * The server-action wrapper answers in the language of the page that called it (next-intl's request
 * locale), like apiRoute answers in the caller's: the refusal's code stays the same.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { DatabaseHandle } from "@/db";
import { createTestDb } from "../helpers/test-db";

const request = vi.hoisted(() => ({ locale: "en", handle: null as DatabaseHandle | null }));

// What Next provides per request: the reader's locale, the signed-in user and the database.
vi.mock("next-intl/server", () => ({ getLocale: async () => request.locale }));
vi.mock("@/lib/auth/session", () => ({
  getCurrentUser: async () => ({
    id: "00000000-0000-4000-8000-000000000001",
    name: "Viewer",
    email: "viewer@demo.local",
    role: "viewer",
    agencyId: null,
    locale: null,
    sessionId: "00000000-0000-4000-8000-000000000002",
    agency: null,
  }),
}));
vi.mock("@/db", async (original) => ({
  ...(await original<typeof import("@/db")>()),
  getDb: async () => request.handle!.db,
}));

const { serverAction } = await import("@/lib/actions/server-action");
const { requireAllowed } = await import("@/db/mutations/facts");
const { noInput } = await import("@/lib/validation/inputs");
const { recommendationPatchInput } = await import("@/lib/validation/inputs");

describe("server actions answer in the page's language", () => {
  beforeAll(async () => {
    request.handle = await createTestDb();
  });
  afterAll(() => request.handle?.close());

  const create = serverAction(noInput, async (_input, { actor }) => {
    requireAllowed(actor, { action: "recommendation.create" });
    return null;
  });
  const patch = serverAction(recommendationPatchInput, async () => null);

  it.each([
    ["en", "Only coordinators and administrators can do this."],
    ["zh-Hans", "只有协调员和管理员可以执行此操作。"],
    ["zh-Hant", "只有協調員和管理員可以執行此操作。"],
  ])("refuses in %s with the same code", async (locale, message) => {
    request.locale = locale;
    expect(await create({})).toEqual({ ok: false, code: "forbidden", error: message });
  });

  it("names the fields of invalid input in words", async () => {
    request.locale = "zh-Hant";
    const result = await patch({ version: 1, health: "great" } as never);
    expect(result).toMatchObject({
      ok: false,
      code: "bad_request",
      error: "部分欄位無效。",
      fieldErrors: { health: ['健康狀況必須是以下之一：on_track、at_risk、off_track（收到 "great"）'] },
    });
    request.locale = "en";
    expect(await patch({ version: 1, progress: 3 } as never)).toMatchObject({
      error: "Some fields are not valid.",
      fieldErrors: { progress: ["Unknown field"] },
    });
  });
});
