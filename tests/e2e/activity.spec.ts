/**
 * The activity feed: filtering by agency shows only that agency's people's changes (the same
 * entries the API answers for that filter), a change made since the reader's visit is marked new
 * under a divider, and the page passes axe in both themes and fits a phone's width.
 */
import { expect, test, type APIRequestContext, type Browser, type Page } from "./test";
import { demoAccounts, signInAs } from "./fixtures";
import { seriousViolations } from "./axe";

interface ApiEntry {
  id: number;
  message: string;
  actor: { id: string | null; name: string; agency: string | null; agencyKey: string | null };
  href: string | null;
}

async function signedIn(browser: Browser, email: string, locale = "en-GB"): Promise<Page> {
  const page = await (await browser.newContext({ locale })).newPage();
  await signInAs(page, email, null);
  return page;
}

/** A recommendation the agency owns, as the API lists it. */
async function ownedBy(request: APIRequestContext, agency: string): Promise<string> {
  const { data } = (await (await request.get(`/api/v1/recommendations?pageSize=50&agency=${agency}`)).json()) as {
    data: { code: string }[];
  };
  expect(data.length, `the seed has recommendations ${agency} owns`).toBeGreaterThan(0);
  return data[0]!.code;
}

/** A member flips the health of a recommendation their agency owns: one new entry in the log. */
async function changeHealth(request: APIRequestContext, code: string) {
  const rec = (await (await request.get(`/api/v1/recommendations/${encodeURIComponent(code)}`)).json()).data;
  const res = await request.patch(`/api/v1/recommendations/${encodeURIComponent(code)}`, {
    data: { version: rec.version, health: rec.health === "at_risk" ? "on_track" : "at_risk" },
  });
  expect(res.status(), await res.text()).toBe(200);
}

const entryIds = (page: Page) =>
  page.getByTestId("activity-entry").evaluateAll((els) => els.map((el) => Number(el.getAttribute("data-entry-id"))));

test("the activity feed filters by agency", async ({ browser }) => {
  // Both agencies' members change something, so the unfiltered feed holds both.
  const sz = await signedIn(browser, demoAccounts.szMember.email);
  const hk = await signedIn(browser, demoAccounts.hkMember.email);
  await changeHealth(sz.request, await ownedBy(sz.request, "sz-stic"));
  await changeHealth(hk.request, await ownedBy(hk.request, "hk-itib"));

  const page = await signedIn(browser, demoAccounts.coordinator.email);
  await page.goto("/activity");
  await expect(page.getByRole("heading", { name: "Activity", level: 1 })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Activity" })).toHaveAttribute(
    "aria-current",
    "page",
  );
  const agenciesShown = await page.getByTestId("entry-agency").allTextContents();
  const { data: szAll } = (await (await page.request.get("/api/v1/activity?agency=sz-stic&limit=1")).json()) as {
    data: ApiEntry[];
  };
  const szAbbreviation = szAll[0]!.actor.agency!;
  expect(new Set(agenciesShown).size, "the unfiltered feed shows more than one agency").toBeGreaterThan(1);

  // Filtering by keyboard: choose the agency, apply.
  await page.locator("select[name=agency]").selectOption("sz-stic");
  await page.getByRole("button", { name: "Apply filters" }).press("Enter");
  await expect(page).toHaveURL(/[?&]agency=sz-stic/);
  await expect(page.locator("select[name=agency]")).toHaveValue("sz-stic");
  await expect
    .poll(async () => new Set(await page.getByTestId("entry-agency").allTextContents()))
    .toEqual(new Set([szAbbreviation]));

  // The page shows exactly the API's answer for the same filter, in the same order, with the same words.
  const { data } = (await (await page.request.get("/api/v1/activity?agency=sz-stic")).json()) as { data: ApiEntry[] };
  expect(data.length).toBeGreaterThan(0);
  expect(data.every((e) => e.actor.agencyKey === "sz-stic")).toBe(true);
  expect(await entryIds(page)).toEqual(data.map((e) => e.id));
  const sentences = await page.locator("[data-testid=activity-entry] article > p[id^=entry-]").allTextContents();
  expect(sentences).toEqual(data.map((e) => e.message));
  // Every entry links to its item.
  const first = page.getByTestId("activity-entry").first();
  await expect(first.locator(`a[href="${data[0]!.href}"]`)).toBeVisible();

  // The API refuses a filter it cannot read, with a sentence.
  const bad = await page.request.get("/api/v1/activity?kind=gossip");
  expect(bad.status()).toBe(400);
  expect(JSON.stringify(await bad.json())).toMatch(/kind must be one of agency, assessment, coordination, system/);

  // A filter nothing matches says so.
  await page.goto("/activity?agency=sz-stic&from=2001-01-01&to=2001-01-02");
  await expect(page.getByText("No changes match these filters.")).toBeVisible();
});

test("a change made since the previous visit is marked new, under a divider", async ({ browser }) => {
  const reader = await signedIn(browser, demoAccounts.viewer.email);
  await reader.goto("/activity");
  await expect(reader.getByRole("heading", { name: "Activity", level: 1 })).toBeVisible();
  const before = (await entryIds(reader))[0]!;

  const sz = await signedIn(browser, demoAccounts.szMember.email);
  await changeHealth(sz.request, await ownedBy(sz.request, "sz-stic"));

  await reader.reload();
  const divider = reader.getByTestId("new-since-divider");
  await expect(divider).toHaveText("New since your last visit");
  const ids = await entryIds(reader);
  expect(ids[0]).toBeGreaterThan(before);
  const newest = reader.getByTestId("activity-entry").first();
  await expect(newest.getByText("New", { exact: true })).toBeVisible();
  await expect(newest.getByTestId("entry-actor")).toHaveText(demoAccounts.szMember.name);
  // The divider sits on the first entry the previous visit already showed.
  await expect(reader.locator(`[data-entry-id="${before}"]`).getByTestId("new-since-divider")).toBeVisible();

  // Paging to older changes and back keeps the same marker within the sitting.
  const older = reader.getByRole("link", { name: "Older changes" });
  if (await older.count()) {
    await older.click();
    await expect(reader).toHaveURL(/before=\d+/);
    await reader.getByRole("link", { name: "Back to the newest" }).click();
  } else {
    await reader.reload();
  }
  await expect(reader.locator(`[data-entry-id="${before}"]`).getByTestId("new-since-divider")).toBeVisible();
});

test("the feed passes axe in both themes, fits 390 px, and reads in Chinese", async ({ browser }) => {
  const page = await signedIn(browser, demoAccounts.admin.email);
  await page.goto("/activity");
  await expect(page.getByTestId("activity-entry").first()).toBeVisible();
  for (const scheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await expect(page.locator("html")).toHaveClass(scheme === "dark" ? /\bdark\b/ : /^(?!.*\bdark\b)/);
    expect(await seriousViolations(page, ["main", "nav[aria-label=Main]"]), `axe in the ${scheme} theme`).toEqual([]);
    await page.screenshot({ path: test.info().outputPath(`activity-${scheme}.png`) });
  }

  await page.emulateMedia({ colorScheme: "light" });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/activity?kind=agency");
  await expect(page.getByRole("heading", { name: "Activity", level: 1 })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.screenshot({ path: test.info().outputPath("activity-390.png"), fullPage: true });

  // Every filter and link is reachable from the keyboard: Tab reaches the apply button and an entry's item link.
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto("/activity?kind=agency");
  const reached = new Set<string>();
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press("Tab");
    reached.add(await page.evaluate(() => (document.activeElement?.textContent ?? "").trim()));
  }
  expect([...reached]).toContain("Apply filters");
  expect([...reached].some((text) => /^R-\d{3}-/.test(text))).toBe(true);

  const zh = await signedIn(browser, demoAccounts.coordinator.email, "zh-CN");
  await zh.goto("/activity");
  await expect(zh.getByRole("heading", { name: "动态", level: 1 })).toBeVisible();
  await expect(zh.getByRole("button", { name: "应用筛选" })).toBeVisible();
  await zh.screenshot({ path: test.info().outputPath("activity-zh-Hans.png") });
});
