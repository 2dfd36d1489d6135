import { expect, test } from "./test";
import { demoAccounts, signInAs } from "./fixtures";

test.beforeEach(async ({ page }) => {
  await signInAs(page, demoAccounts.viewer.email);
});

test("lists the seeded recommendations with their leads", async ({ page }) => {
  await expect(page.getByText(/^\d+ recommendations$/)).toBeVisible();
  const count = Number((await page.getByText(/^\d+ recommendations$/).textContent())!.split(" ")[0]);
  expect(count).toBeGreaterThanOrEqual(30);
  await page.goto("/recommendations?pageSize=25");
  const rows = page.getByRole("table").getByRole("row");
  await expect(rows).toHaveCount(26); // header + first page of 25
  await expect(page.getByRole("navigation", { name: "Pages" })).toContainText("Page 1 of 2");
  await page.getByRole("navigation", { name: "Pages" }).getByRole("button", { name: "Next" }).click();
  await expect(page).toHaveURL(/page=2/);
  await expect(rows).toHaveCount(count - 25 + 1);
});

test("filters by theme and search, and the URL holds the view", async ({ page }) => {
  await page.getByRole("group", { name: "Filters" }).getByRole("button", { name: "Theme" }).click();
  await page
    .getByRole("dialog", { name: "Theme" })
    .getByLabel(/^Finance/)
    .check();
  await page.keyboard.press("Escape");
  await page.getByLabel("Search").fill("sandbox");
  await expect(page).toHaveURL(/theme=finance/);
  await expect(page).toHaveURL(/q=sandbox/);
  const titles = page.getByRole("table").getByRole("link");
  await expect(titles.first()).toBeVisible();
  await expect(titles).toContainText([/sandbox/i]);
  // The same link in a fresh page shows the same view.
  const url = page.url();
  const other = await page.context().newPage();
  await other.goto(url);
  await expect(other.getByLabel("Search")).toHaveValue("sandbox");
  await expect(other.getByRole("table").getByRole("link")).toHaveCount(await titles.count());
});

test("says so when nothing matches", async ({ page }) => {
  await page.goto("/recommendations?q=zzzz-no-such-thing");
  await expect(page.getByText("No recommendation matches these filters.")).toBeVisible();
  await page.getByRole("button", { name: "Clear filters" }).click();
  await expect(page).not.toHaveURL(/q=/);
  await expect(page.getByRole("table").getByRole("row").nth(1)).toBeVisible();
});

test("the detail page shows owners, actions and the verbatim source excerpt", async ({ page }) => {
  await page.goto("/recommendations?q=R-004-4.2.2.1");
  await expect(page.getByRole("table").getByRole("link")).toHaveCount(1);
  await page.getByRole("table").getByRole("link").first().click();
  await expect(page).toHaveURL(/\/recommendations\/R-004-4\.2\.2\.1/);
  await expect(page.getByText("R-004-4.2.2.1", { exact: true })).toBeVisible();
  const api = await page.request.get("/api/v1/recommendations/R-004-4.2.2.1");
  const { data } = await api.json();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(data.title.en);
  await expect(page.locator("blockquote")).toHaveText(data.source.excerpt);
  await expect(page.getByRole("region", { name: "Source" })).toContainText(data.source.locator);
  const owners = page.getByRole("complementary").getByRole("region", { name: "Owners" });
  for (const o of data.owners) await expect(owners).toContainText(o.agency.name.en);
  const actions = page.getByRole("region", { name: "Actions" });
  for (const a of data.actions) await expect(actions).toContainText(a.title);
});

test("an unknown code shows a not-found page", async ({ page }) => {
  const res = await page.goto("/recommendations/R-999-none");
  expect(res?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
});

test("on a phone the pages fit the screen: nothing but the tables scrolls sideways", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  for (const path of ["/recommendations", "/recommendations/R-004-4.3.1-a"]) {
    await page.goto(path);
    await page.waitForLoadState("networkidle");
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});
