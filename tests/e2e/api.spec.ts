import { expect, test } from "./test";
import { demoAccounts, signInAs } from "./fixtures";
import { callServerAction, serverActionIds } from "./http-session";

test("GET /api/health answers ok with the embedded database", async ({ request }) => {
  const res = await request.get("/api/health");
  expect(res.status()).toBe(200);
  expect(await res.json()).toEqual({ status: "ok", database: "pglite" });
});

test("the recommendations API needs a session", async ({ request }) => {
  for (const path of ["/api/v1/recommendations", "/api/v1/recommendations/R-004-4.2.2.1", "/api/v1/agencies"]) {
    const res = await request.get(path);
    expect(res.status(), path).toBe(401);
    expect((await res.json()).error.code).toBe("unauthorized");
  }
});

test.describe("signed in", () => {
  test.beforeEach(async ({ page }) => {
    await signInAs(page, demoAccounts.coordinator.email);
  });

  test("lists recommendations with version, owners, actions and source", async ({ page }) => {
    const res = await page.request.get("/api/v1/recommendations?pageSize=100");
    expect(res.status()).toBe(200);
    const body = await res.json();
    expect(body.total).toBeGreaterThanOrEqual(30);
    expect(body.data).toHaveLength(body.total);
    for (const rec of body.data) {
      expect(rec).toMatchObject({ code: expect.stringMatching(/^R-\d{3}-/), version: expect.any(Number) });
      expect(rec.owners.length).toBeGreaterThan(0);
      expect(rec.actions.length).toBeGreaterThan(0);
      expect(rec.source).toMatchObject({
        document: { key: expect.any(String) },
        locator: expect.any(String),
        excerpt: expect.any(String),
      });
    }
  });

  test("filters by status, theme, agency, side and text, and pages", async ({ page }) => {
    const all = (await (await page.request.get("/api/v1/recommendations?pageSize=200")).json()).data as {
      code: string;
      status: string;
      theme: string;
      owners: { agency: { key: string; side: string } }[];
      title: { en: string };
    }[];
    const get = async (qs: string) =>
      (await (await page.request.get(`/api/v1/recommendations?pageSize=200&${qs}`)).json()).data.map(
        (r: { code: string }) => r.code,
      );
    const codes = (pred: (r: (typeof all)[number]) => boolean) => all.filter(pred).map((r) => r.code);

    expect(await get("status=proposed")).toEqual(codes((r) => r.status === "proposed"));
    expect(await get("theme=talent,finance")).toEqual(codes((r) => ["talent", "finance"].includes(r.theme)));
    expect(await get("agency=hk-hkma")).toEqual(codes((r) => r.owners.some((o) => o.agency.key === "hk-hkma")));
    expect(await get("side=shenzhen&status=in_progress")).toEqual(
      codes((r) => r.status === "in_progress" && r.owners.some((o) => o.agency.side === "shenzhen")),
    );
    expect(await get("q=SANDBOX")).toEqual(expect.arrayContaining(codes((r) => /sandbox/i.test(r.title.en))));

    const page2 = await (await page.request.get("/api/v1/recommendations?page=2&pageSize=10")).json();
    expect(page2).toMatchObject({ page: 2, pageSize: 10, total: all.length, pageCount: Math.ceil(all.length / 10) });
    expect(page2.data.map((r: { code: string }) => r.code)).toEqual(all.slice(10, 20).map((r) => r.code));
  });

  test("explains bad filters with 400 and names the field", async ({ page }) => {
    const bad = await page.request.get("/api/v1/recommendations?status=finished&pageSize=0");
    expect(bad.status()).toBe(400);
    const { error } = await bad.json();
    expect(error.code).toBe("bad_request");
    expect(error.fieldErrors.status[0]).toMatch(/"finished" is not one of/);
    expect(error.fieldErrors.pageSize).toBeDefined();

    const agency = await page.request.get("/api/v1/recommendations?agency=no-such-agency");
    expect(agency.status()).toBe(400);
    expect((await agency.json()).error.message).toMatch(/Unknown agency: no-such-agency/);
  });

  test("answers 404, not 500, for a code that is a lone percent sign (found by the fuzz test)", async ({ page }) => {
    const res = await page.request.get("/api/v1/recommendations/%25");
    expect(res.status()).toBe(404);
    const pageRes = await page.request.get("/recommendations/%25");
    expect(pageRes.status()).toBe(404);
  });

  test("answers the NUL character with 400 or 404, never 500 (found by the fuzz test)", async ({ page }) => {
    expect((await page.request.get("/api/v1/recommendations?agency=%00%01&q=")).status()).toBe(400);
    expect((await page.request.get("/api/v1/recommendations/R-004%00")).status()).toBe(404);
    expect((await page.request.get("/recommendations/R-004%00")).status()).toBe(404);
    const rec = (await (await page.request.get("/api/v1/recommendations/R-004-4.2.2.1")).json()).data;
    const patch = await page.request.patch("/api/v1/recommendations/R-004-4.2.2.1", {
      data: { version: rec.version, rationale: "bad\u0000text" },
    });
    expect(patch.status()).toBe(400);
    expect((await patch.json()).error.fieldErrors.rationale[0]).toMatch(/NUL character/);
  });

  test("refuses a server-action call whose arguments are not JSON with 400 (found by the fuzz test)", async ({
    page,
  }) => {
    const res = await page.request.post("/recommendations/R-004-4.2.2.1", {
      headers: { "Next-Action": "0".repeat(42), "Content-Type": "text/plain;charset=UTF-8" },
      data: "not json",
    });
    expect(res.status()).toBe(400);
  });

  test("refuses a server-action call from another site with 403 and an oversized one with 413, not 500", async ({
    page,
  }) => {
    const call = (headers: Record<string, string>, data: string) =>
      page.request.post("/recommendations/R-004-4.2.2.1", {
        headers: { "Next-Action": "0".repeat(42), "Content-Type": "text/plain;charset=UTF-8", ...headers },
        data,
      });
    expect((await call({ Origin: "http://evil.example" }, "[]")).status()).toBe(403);
    expect((await call({ Origin: "null" }, "[]")).status()).toBe(403);
    expect((await call({}, JSON.stringify(["x".repeat(300 * 1024)]))).status()).toBe(413);
  });

  test("answers a path with a malformed percent escape with 400, not 500 (found by the attack review)", async ({
    page,
  }) => {
    for (const [method, path] of [
      ["GET", "/api/v1/actions/%"],
      ["GET", "/api/v1/recommendations/%E0%A4%A"],
      ["DELETE", "/api/v1/tokens/%"],
      ["GET", "/recommendations/%"],
    ]) {
      const res = await page.request.fetch(path!, { method });
      expect(res.status(), `${method} ${path}`).toBe(400);
      expect((await res.json()).error.message).toMatch(/malformed percent escape/);
    }
  });

  test("refuses body keys named like Object's own members with 400 on each key (found by the attack review)", async ({
    page,
  }) => {
    const rec = (await (await page.request.get("/api/v1/recommendations/R-004-4.2.2.1")).json()).data;
    const res = await page.request.patch("/api/v1/recommendations/R-004-4.2.2.1", {
      headers: { "Content-Type": "application/json" },
      // Raw text: JSON.parse makes "__proto__" an ordinary key, as the server sees it.
      data: `{"version": ${rec.version}, "toString": 1, "constructor": 2, "__proto__": {"admin": true}}`,
    });
    expect(res.status()).toBe(400);
    const { error } = await res.json();
    expect(error.code).toBe("bad_request");
    expect(error.fieldErrors.toString).toEqual(["Unknown field"]);
    expect(error.fieldErrors.constructor).toEqual(["Unknown field"]);
    expect(Object.getOwnPropertyDescriptor(error.fieldErrors, "__proto__")?.value).toEqual(["Unknown field"]);
  });

  test("refuses text with a lone surrogate with 400 naming the field, instead of storing U+FFFD", async ({ page }) => {
    const before = (await (await page.request.get("/api/v1/recommendations/R-004-4.2.2.1")).json()).data;
    const patch = await page.request.patch("/api/v1/recommendations/R-004-4.2.2.1", {
      headers: { "Content-Type": "application/json" },
      data: `{"version": ${before.version}, "rationale": "broken \\ud800 paste", "title": {"en": "\\udc00"}}`,
    });
    expect(patch.status()).toBe(400);
    const { error } = await patch.json();
    expect(error.fieldErrors.rationale[0]).toMatch(/invalid character/);
    expect(error.fieldErrors["title.en"][0]).toMatch(/invalid character/);
    const after = (await (await page.request.get("/api/v1/recommendations/R-004-4.2.2.1")).json()).data;
    expect(after.version).toBe(before.version);

    // The same rule at the server-action boundary.
    const actionId = serverActionIds().get(
      "app/(workspace)/recommendations/[code]/note-actions.ts#freezeNoteVersionAction",
    )!;
    const call = await callServerAction(
      page.request,
      "/recommendations/R-004-4.2.2.1",
      actionId,
      '[{"code": "R-004-4.2.2.1", "name": "Q3 \\ud83d report"}]',
    );
    expect(call.status).toBe(200);
    expect(call.body).toContain('"code":"bad_request"');
    expect(call.body).toMatch(/"name":\["This text has an invalid character/);
  });

  test("returns one recommendation by code, and 404 for an unknown one", async ({ page }) => {
    const ok = await page.request.get("/api/v1/recommendations/R-004-4.2.2.1");
    expect(ok.status()).toBe(200);
    const { data } = await ok.json();
    expect(data.code).toBe("R-004-4.2.2.1");
    expect(data.source.document.key).toBe("004_7d5a100826662ce7");
    const missing = await page.request.get("/api/v1/recommendations/R-000-none");
    expect(missing.status()).toBe(404);
    expect((await missing.json()).error.message).toMatch(/No recommendation has the code "R-000-none"/);
  });
});
