/**
 * The dashboard in the browser: a segment (a bar, or the link in its chart's table) opens the table
 * filtered to exactly the rows it counts; changing the selection changes every chart; axe in both
 * themes; a phone's width; screenshots in light, dark, 390 px and Traditional Chinese.
 */
import { expect, test, type Page } from "./test";
import { demoAccounts, signInAs } from "./fixtures";
import { seriousViolations } from "./axe";

interface Api {
  total: number;
  byStatus: { status: string; count: number }[];
  byHealth: { health: string; count: number }[];
  implementation: Record<"byLeadAgency" | "bySide", { accepted: number; implemented: number }[]> & {
    byTheme: { theme: string; accepted: number; implemented: number }[];
    overall: { accepted: number; implemented: number };
  };
  overdueByAgency: { agency: { key: string }; count: number }[];
  age: { bucket: string; count: number }[];
  progress: { accepted: number; months: { month: string; reached: number; cumulative: number }[] };
  round: unknown;
  indicators: { theme: string; indicators: unknown[] }[];
}

async function figures(page: Page, query = ""): Promise<Api> {
  const res = await page.request.get(`/api/v1/dashboard${query ? `?${query}` : ""}`);
  expect(res.status()).toBe(200);
  return (await res.json()).data as Api;
}

/** The count the recommendations table says it holds ("7 recommendations"). */
async function listCount(page: Page): Promise<number> {
  const line = page.getByText(/^(No recommendations|\d[\d,]* recommendations?)/).first();
  await expect(line).toBeVisible();
  const text = (await line.textContent()) ?? "";
  return text.startsWith("No") ? 0 : Number(text.replace(/[^\d].*$/, "").replace(/,/g, ""));
}

const chart = (page: Page, id: string) => page.locator(`[data-chart="${id}"]`);

test("a segment opens the recommendations table filtered to exactly the rows it counts, by click and by keyboard", async ({
  page,
}) => {
  await signInAs(page, demoAccounts.coordinator.email, null);
  const d = await figures(page);
  expect(d.total).toBeGreaterThan(0);
  await page.goto("/dashboard");
  await expect(page.getByRole("heading", { name: "Dashboard", level: 1 })).toBeVisible();

  // The largest status: click its bar.
  const index = d.byStatus.reduce((best, s, i) => (s.count > d.byStatus[best]!.count ? i : best), 0);
  const status = d.byStatus[index]!;
  await chart(page, "status").locator(`[data-segment="${status.status}"] path`).click();
  await expect(page).toHaveURL(new RegExp(`/recommendations\\?status=${status.status}$`));
  expect(await listCount(page)).toBe(status.count);

  // An age bucket through the chart's table, with the keyboard.
  await page.goBack();
  await expect(page).toHaveURL(/\/dashboard/);
  const bucketIndex = d.age.findIndex((a) => a.count > 0);
  const bucket = d.age[bucketIndex]!;
  const ageCard = chart(page, "age");
  await ageCard.getByRole("button", { name: "Show as table" }).click();
  // The table's rows are the buckets in order, under a header row.
  const link = ageCard
    .getByRole("row")
    .nth(bucketIndex + 1)
    .getByRole("link");
  await link.focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`age=${bucket.bucket}`));
  expect(await listCount(page)).toBe(bucket.count);

  // A theme's implemented recommendations.
  await page.goto("/dashboard");
  // The table lists the themes with accepted recommendations, in order: implemented, then accepted.
  const themes = d.implementation.byTheme.filter((t) => t.accepted > 0);
  const themeIndex = themes.findIndex((t) => t.implemented > 0);
  const theme = themes[themeIndex];
  if (theme) {
    const card = chart(page, "rate-theme");
    await card.getByRole("button", { name: "Show as table" }).click();
    await card
      .getByRole("row")
      .nth(themeIndex + 1)
      .getByRole("link")
      .first()
      .click();
    await expect(page).toHaveURL(/implemented=yes/);
    expect(await listCount(page)).toBe(theme.implemented);
  }
});

test("changing the selection changes every chart, and it stays in the URL", async ({ page }) => {
  await signInAs(page, demoAccounts.coordinator.email, null);
  const before = await figures(page);
  await page.goto("/dashboard");
  const ids = ["status", "health", "rate-theme", "rate-agency", "rate-side", "overdue", "age", "progress", "round"];
  const texts = async () =>
    Object.fromEntries(await Promise.all(ids.map(async (id) => [id, await chart(page, id).innerText()] as const)));
  const shown = await texts();

  // A theme (every seeded recommendation has a Hong Kong owner, so a side would not narrow them).
  const theme = before.implementation.byTheme[0]!.theme;
  await page.getByRole("combobox", { name: "Theme" }).selectOption(theme);
  await expect(page).toHaveURL(new RegExp(`theme=${theme}`));
  const after = await figures(page, `theme=${theme}`);
  expect(after.total).toBeLessThan(before.total);
  await expect(page.getByTestId("selection-list")).toHaveText(`Open these ${after.total} recommendations in the table`);
  // What each chart draws, from the API: every chart whose figures differ must show something else.
  const data: Record<string, (d: Api) => unknown> = {
    status: (d) => d.byStatus,
    health: (d) => d.byHealth,
    "rate-theme": (d) => d.implementation.byTheme,
    "rate-agency": (d) => d.implementation.byLeadAgency,
    "rate-side": (d) => d.implementation.bySide,
    overdue: (d) => d.overdueByAgency,
    age: (d) => d.age,
    progress: (d) => d.progress,
    round: (d) => d.round,
  };
  const changed = ids.filter((id) => JSON.stringify(data[id]!(before)) !== JSON.stringify(data[id]!(after)));
  expect(changed.length).toBeGreaterThanOrEqual(6);
  const now = await texts();
  for (const id of changed) expect(now[id], `chart ${id} follows the selection`).not.toBe(shown[id]);

  // The link holds the selection: opened again, it shows the same figures.
  await page.reload();
  await expect(page.getByRole("combobox", { name: "Theme" })).toHaveValue(theme);
  await expect(page.getByTestId("selection-list")).toHaveText(`Open these ${after.total} recommendations in the table`);

  // A selection nothing matches says so.
  await page.goto("/dashboard?q=no-such-recommendation-anywhere");
  await expect(page.getByTestId("dashboard-empty")).toHaveText(/No recommendations match this selection/);
  await expect(page.getByText("The link also filters by: Search “no-such-recommendation-anywhere”.")).toBeVisible();
  await expect(page.locator("[data-chart]")).toHaveCount(0);
});

test("the dashboard passes axe in both themes, fits 390 px and reads in Traditional Chinese", async ({ page }) => {
  await signInAs(page, demoAccounts.coordinator.email, null);
  await page.goto("/dashboard");
  await expect(chart(page, "status").locator("[data-segment] path").first()).toBeVisible();
  for (const card of await page.locator("[data-chart]").all()) {
    const toggle = card.getByRole("button", { name: "Show as table" });
    if (await toggle.count()) await toggle.click();
  }
  for (const scheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await expect(page.locator("html")).toHaveClass(scheme === "dark" ? /\bdark\b/ : /^(?!.*\bdark\b)/);
    expect(await seriousViolations(page, ["main", "nav[aria-label=Main]"]), `axe in the ${scheme} theme`).toEqual([]);
    await page.screenshot({ path: test.info().outputPath(`dashboard-${scheme}.png`), fullPage: true });
  }
  await page.emulateMedia({ colorScheme: "light" });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/dashboard");
  await expect(chart(page, "status").locator("[data-segment] path").first()).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  await page.screenshot({ path: test.info().outputPath("dashboard-390.png"), fullPage: true });

  const me = await page.request.patch("/api/v1/me", { data: { locale: "zh-Hant" } });
  expect(me.status()).toBe(200);
  try {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto("/dashboard");
    await expect(page.getByRole("heading", { name: "儀錶板", level: 1 })).toBeVisible();
    await expect(chart(page, "status")).toContainText("按狀態劃分的建議");
    await page.screenshot({ path: test.info().outputPath("dashboard-zh-Hant.png"), fullPage: true });
  } finally {
    await page.request.patch("/api/v1/me", { data: { locale: null } });
  }
});

test("the API answers a selection, refuses a value the list does not take, and asks who is calling", async ({
  page,
  playwright,
}) => {
  await signInAs(page, demoAccounts.viewer.email, null);
  const all = await figures(page);
  const theme = await figures(page, "theme=innovation");
  expect(theme.total).toBeLessThanOrEqual(all.total);
  const bad = await page.request.get("/api/v1/dashboard?side=mars");
  expect(bad.status()).toBe(400);
  expect(JSON.stringify(await bad.json())).toContain("shenzhen, hong_kong, joint, national");
  const noView = await page.request.get("/api/v1/dashboard?view=00000000-0000-0000-0000-000000000000");
  expect(noView.status()).toBe(400);
  const anonymous = await playwright.request.newContext({ baseURL: test.info().project.use.baseURL });
  expect((await anonymous.get("/api/v1/dashboard")).status()).toBe(401);
  await anonymous.dispose();
});
