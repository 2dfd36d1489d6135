/**
 * The interface in three languages: chosen from the browser's languages before sign-in, switched in
 * the account menu, kept on the account; search across both Chinese scripts and English.
 */
import { expect, test, type Page } from "./test";
import * as OpenCC from "opencc-js";
import en from "../../messages/en.json";
import zhHans from "../../messages/zh-Hans.json";
import zhHant from "../../messages/zh-Hant.json";
import { seriousViolations } from "./axe";
import { demoAccounts, LoginPage, openAccountMenu, signInAs } from "./fixtures";

/** The seeded regulatory sandbox recommendation (R-001-P6 of the source reports). */
async function sandbox(page: Page) {
  const res = await page.request.get("/api/v1/recommendations?pageSize=200");
  const { data } = (await res.json()) as {
    data: { code: string; title: { en: string; zhHans: string; zhHant: string }; targetDate: string | null }[];
  };
  const rec = data.find((r) => r.title.zhHans.includes("监管沙盒"));
  expect(rec, "the seed has the regulatory sandbox recommendation").toBeDefined();
  return rec!;
}

test("a browser asking for zh-CN gets Simplified Chinese on the sign-in page, zh-HK Traditional", async ({
  browser,
}) => {
  for (const [locale, messages, lang] of [
    ["zh-CN", zhHans, "zh-Hans"],
    ["zh-HK", zhHant, "zh-Hant"],
  ] as const) {
    const context = await browser.newContext({ locale });
    const page = await context.newPage();
    await page.goto("/login");
    await expect(page.locator("html")).toHaveAttribute("lang", lang);
    await expect(page.getByRole("heading", { name: messages.login.title })).toBeVisible();
    await expect(page.getByLabel(messages.login.email)).toBeVisible();
    await context.close();
  }
});

test("choosing a language on the sign-in page speaks it there, with axe clean and no sideways scroll", async ({
  page,
}) => {
  await page.goto("/login");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  const languages = page.getByRole("navigation", { name: en.language.label });
  await languages.getByRole("button", { name: "繁體中文" }).click();
  await expect(page.getByRole("heading", { name: zhHant.login.title })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-Hant");
  await expect(
    page.getByRole("navigation", { name: zhHant.language.label }).getByRole("button", { name: "繁體中文" }),
  ).toHaveAttribute("aria-current", "true");
  for (const theme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme: theme });
    expect(await seriousViolations(page, "main"), theme).toEqual([]);
  }
  await page.setViewportSize({ width: 390, height: 800 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});

test("switching to 繁體中文 changes the navigation, a table header, a title and a date, and survives signing out and in", async ({
  page,
  browser,
}) => {
  const account = demoAccounts.coordinator;
  await signInAs(page, account.email, "/recommendations");
  const rec = await sandbox(page);
  try {
    const menu = await openAccountMenu(page);
    await menu.getByRole("menuitemradio", { name: "繁體中文" }).click();
    const nav = page.getByRole("navigation", { name: zhHant.nav.main });
    await expect(nav.getByRole("link", { name: zhHant.nav.recommendations })).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("lang", "zh-Hant");
    await expect(page.getByRole("columnheader", { name: new RegExp(`^${zhHant.list.status}`) })).toBeVisible();

    // A rule the server enforces, said in Traditional Chinese.
    const proposed = (
      (await (await page.request.get("/api/v1/recommendations?status=proposed&pageSize=1")).json()) as {
        data: { code: string }[];
      }
    ).data[0]!.code;
    await page.goto(`/recommendations?q=${encodeURIComponent(proposed)}`);
    await page
      .getByLabel(zhHant.table.editField.replace("{code}", proposed).replace("{field}", zhHant.list.status))
      .selectOption("in_progress");
    await expect(page.getByRole("alert").filter({ hasText: proposed })).toContainText(
      zhHant.server.rules.acceptBeforeWork,
    );

    // The seeded title in Traditional Chinese, and a date written the Chinese way.
    await page.goto(`/recommendations/${rec.code}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(rec.title.zhHant);
    await expect(page.getByText(/\d{4}年\d{1,2}月\d{1,2}日/).first()).toBeVisible();

    // Signed out: the sign-in page keeps the language; signed in again from a browser that never
    // chose one, the account brings it.
    const signOut = await openAccountMenu(
      page,
      page.getByRole("button", { name: zhHant.userMenu.open.replace("{name}", account.name) }),
    );
    await signOut.getByRole("menuitem", { name: zhHant.userMenu.signOut, exact: true }).click();
    await expect(page.getByRole("heading", { name: zhHant.login.title })).toBeVisible();
    const fresh = await browser.newContext({ locale: "en-GB" });
    const other = await fresh.newPage();
    await other.goto("/login");
    await expect(other.getByRole("heading", { name: en.login.title })).toBeVisible();
    await new LoginPage(other).signIn(account.email);
    await expect(other.getByRole("navigation", { name: zhHant.nav.main })).toBeVisible();
    await expect(other.locator("html")).toHaveAttribute("lang", "zh-Hant");
    await fresh.close();
  } finally {
    // The demo account goes back to following the browser, as the other specs expect.
    await signInAs(page, account.email, null);
    expect((await page.request.patch("/api/v1/me", { data: { locale: null } })).status()).toBe(200);
  }
});

test("the account's language through the API: read, set, refused when not offered", async ({ page }) => {
  await signInAs(page, demoAccounts.viewer.email, null);
  try {
    expect((await (await page.request.get("/api/v1/me")).json()).data).toMatchObject({
      email: demoAccounts.viewer.email,
      locale: null,
    });
    const set = await page.request.patch("/api/v1/me", { data: { locale: "zh-Hans" } });
    expect(set.status()).toBe(200);
    expect((await set.json()).data.locale).toBe("zh-Hans");
    await page.goto("/recommendations");
    await expect(page.locator("html")).toHaveAttribute("lang", "zh-Hans");

    // A refusal is in the account's language, unless the request asks for another.
    const refused = await page.request.patch("/api/v1/me", { data: { locale: "fr" } });
    expect(refused.status()).toBe(400);
    expect((await refused.json()).error.fieldErrors.locale).toEqual([zhHans.server.validation.chooseLanguage]);
    const inEnglish = await page.request.patch("/api/v1/me", {
      data: { locale: "fr" },
      headers: { "Accept-Language": "en-GB" },
    });
    expect((await inEnglish.json()).error.fieldErrors.locale).toEqual([en.server.validation.chooseLanguage]);
  } finally {
    await page.request.patch("/api/v1/me", { data: { locale: null } });
  }
});

test("search finds the sandbox recommendation in either Chinese script and in English", async ({ page }) => {
  await signInAs(page, demoAccounts.viewer.email, null);
  const rec = await sandbox(page);
  for (const q of ["监管沙盒", "監管沙盒", "regulatory sandbox"]) {
    await page.goto(`/recommendations?q=${encodeURIComponent(q)}`);
    await expect(page.getByRole("table").getByText(rec.code, { exact: true }), q).toBeVisible();
    const api = (await (await page.request.get(`/api/v1/recommendations?q=${encodeURIComponent(q)}`)).json()) as {
      data: { code: string }[];
    };
    expect(
      api.data.map((r) => r.code),
      q,
    ).toContain(rec.code);
  }
});

test("the API finds the same recommendations for every seeded Chinese title in Simplified and in its Traditional conversion", async ({
  page,
}) => {
  await signInAs(page, demoAccounts.viewer.email, null);
  const { data } = (await (await page.request.get("/api/v1/recommendations?pageSize=200")).json()) as {
    data: { code: string; title: { zhHans: string } }[];
  };
  expect(data.length).toBeGreaterThanOrEqual(40);
  const toTraditional = OpenCC.Converter({ from: "cn", to: "hk" });
  const codes = async (q: string) =>
    (
      (await (await page.request.get(`/api/v1/recommendations?pageSize=200&q=${encodeURIComponent(q)}`)).json()) as {
        data: { code: string }[];
      }
    ).data.map((r) => r.code);
  for (const rec of data) {
    const simplified = await codes(rec.title.zhHans);
    expect(simplified, rec.code).toContain(rec.code);
    expect(await codes(toTraditional(rec.title.zhHans)), rec.code).toEqual(simplified);
  }
});
