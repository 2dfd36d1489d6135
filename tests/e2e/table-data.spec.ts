/**
 * The tables fetch their rows as data: a change to the view (a keystroke, a filter, a sort, a page)
 * updates the rows without rendering the page on the server, the previous rows stay while the new
 * ones load, back and forward restore the view, and a fetch that fails says so in a sentence.
 */
import { expect, test, type Page, type Route } from "./test";
import { axeViolations } from "./axe";
import { demoAccounts, signInAs } from "./fixtures";

const table = (page: Page, name = "Recommendations") => page.getByRole("table", { name });
const rowsOf = (page: Page, name?: string) => table(page, name).locator("tbody tr[data-row-index]");
const busyBox = (page: Page) => page.locator('[aria-busy="true"]');

/** Row codes, top to bottom. */
async function codes(page: Page) {
  return rowsOf(page).evaluateAll((rows) => rows.map((r) => r.querySelectorAll("td")[1]?.textContent ?? ""));
}

/** Waits until the page's scripts run: the "/" shortcut is attached only once React has hydrated. */
async function waitUntilInteractive(page: Page) {
  const search = page.locator("#table-search");
  await expect(async () => {
    // Once the box has focus, another "/" would be typed into it.
    if (!(await search.evaluate((el) => el === document.activeElement))) await page.locator("body").press("/");
    await expect(search).toBeFocused({ timeout: 500 });
  }).toPass();
  await search.blur();
  await expect(search).toHaveValue("");
}

/**
 * Counts what the browser asks the server for after this point: documents (a full navigation), React
 * server component requests for the list page itself (a server render of it; prefetches of the rows'
 * links are not) and the table's row fetches.
 */
function watchRequests(page: Page, list = "/recommendations", endpoint = "/api/table/recommendations") {
  const seen = { documents: 0, serverRenders: 0, rowFetches: 0 };
  page.on("request", (req) => {
    const path = new URL(req.url()).pathname;
    if (req.resourceType() === "document") seen.documents++;
    else if (req.headers()["rsc"] === "1" && path === list) seen.serverRenders++;
    else if (path === endpoint) seen.rowFetches++;
  });
  return seen;
}

async function firstCode(page: Page) {
  const res = await page.request.get("/api/v1/recommendations?pageSize=1&sort=-code");
  return ((await res.json()).data as { code: string }[])[0]!.code;
}

test("a keystroke updates the rows from a fetch, without a navigation or a server render of the page", async ({
  page,
}) => {
  await signInAs(page, demoAccounts.viewer.email, "/recommendations");
  await waitUntilInteractive(page);
  const code = await firstCode(page);
  expect((await codes(page)).length).toBeGreaterThan(1);
  await page.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true));
  const seen = watchRequests(page);

  await page.getByLabel("Search").pressSequentially(code);
  await expect(page).toHaveURL(new RegExp(`q=${encodeURIComponent(code).replace(/\./g, "\\.")}`));
  await expect.poll(() => codes(page)).toEqual([code]);
  await expect(busyBox(page)).toHaveCount(0);

  expect(seen.rowFetches).toBeGreaterThan(0);
  expect(seen.documents).toBe(0);
  expect(seen.serverRenders).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
  // Typing is one history entry: back returns to the list before the search.
  await page.goBack();
  await expect(page).not.toHaveURL(/q=/);
  await expect.poll(async () => (await codes(page)).length).toBeGreaterThan(1);
  await expect(page.getByLabel("Search")).toHaveValue("");
});

test("the previous rows stay on screen, marked busy, while the new ones load", async ({ page }) => {
  await signInAs(page, demoAccounts.viewer.email, "/recommendations");
  await waitUntilInteractive(page);
  const before = await codes(page);

  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route("**/api/table/recommendations?*", async (route: Route) => {
    await held;
    await route.continue();
  });
  await table(page).getByRole("button", { name: "Title", exact: true }).click();
  await expect(page).toHaveURL(/sort=title/);
  await expect(busyBox(page)).toHaveCount(1);
  await expect(page.getByText("Updating the table…")).toBeVisible();
  expect(await codes(page)).toEqual(before);

  release();
  await expect(busyBox(page)).toHaveCount(0);
  await expect.poll(() => codes(page)).not.toEqual(before);
  await expect(table(page).getByRole("columnheader", { name: /Title/ })).toHaveAttribute("aria-sort", "ascending");
});

test("back and forward restore each view's rows", async ({ page }) => {
  await signInAs(page, demoAccounts.viewer.email, "/recommendations");
  await waitUntilInteractive(page);
  const start = await codes(page);

  await table(page).getByRole("button", { name: "Title", exact: true }).click();
  await expect(page).toHaveURL(/sort=title/);
  await expect.poll(() => codes(page)).not.toEqual(start);
  await expect(busyBox(page)).toHaveCount(0);
  const sorted = await codes(page);

  await page.getByRole("group", { name: "Filters" }).getByRole("button", { name: "Priority" }).click();
  await page.getByRole("dialog", { name: "Priority" }).getByLabel(/^High/).check();
  await page.keyboard.press("Escape");
  await expect(page).toHaveURL(/priority=high/);
  await expect.poll(async () => (await codes(page)).length).toBeLessThan(sorted.length);
  await expect(busyBox(page)).toHaveCount(0);
  const filtered = await codes(page);

  await page.goBack();
  await expect(page).not.toHaveURL(/priority=/);
  await expect.poll(() => codes(page)).toEqual(sorted);
  await page.goBack();
  await expect(page).not.toHaveURL(/sort=/);
  await expect.poll(() => codes(page)).toEqual(start);
  await page.goForward();
  await expect.poll(() => codes(page)).toEqual(sorted);
  await page.goForward();
  await expect(page).toHaveURL(/priority=high/);
  await expect.poll(() => codes(page)).toEqual(filtered);
  // The restored view is the one a fresh load of the same link shows.
  await page.reload();
  await expect.poll(() => codes(page)).toEqual(filtered);
});

test("a fetch that fails says so, keeps the previous rows, and can be tried again; axe and 390 px", async ({
  page,
}) => {
  await signInAs(page, demoAccounts.viewer.email, "/recommendations");
  await waitUntilInteractive(page);
  const before = await codes(page);
  await page.route("**/api/table/recommendations?*", (route) =>
    route.fulfill({
      status: 503,
      contentType: "application/json",
      body: JSON.stringify({ error: { code: "unavailable", message: "The database cannot be reached right now." } }),
    }),
  );
  await page.getByLabel("Search").pressSequentially("zzzz-no-such-row");
  const alert = page.getByRole("alert").filter({ hasText: "could not be updated" });
  await expect(alert).toHaveText(
    /The rows could not be updated: The database cannot be reached right now\. The table still shows the previous rows\./,
  );
  expect(await codes(page)).toEqual(before);
  await expect(busyBox(page)).toHaveCount(0);

  expect(await axeViolations(page, "main", ["serious", "critical"])).toEqual([]);
  await page.screenshot({ path: test.info().outputPath("table-fetch-failed-light.png") });
  await page.emulateMedia({ colorScheme: "dark" });
  await page.evaluate(() => document.documentElement.classList.add("dark"));
  expect(await axeViolations(page, "main", ["serious", "critical"])).toEqual([]);
  await page.screenshot({ path: test.info().outputPath("table-fetch-failed-dark.png") });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  await page.screenshot({ path: test.info().outputPath("table-fetch-failed-390.png") });

  await page.unroute("**/api/table/recommendations?*");
  await alert.getByRole("button", { name: "Try again" }).click();
  await expect(alert).toHaveCount(0);
  await expect(page.getByText("No recommendation matches these filters.")).toBeVisible();
});

test("the All actions table fetches its rows the same way", async ({ page }) => {
  await signInAs(page, demoAccounts.coordinator.email, "/actions");
  await waitUntilInteractive(page);
  const seen = watchRequests(page, "/actions", "/api/table/actions");
  const count = page.locator('p[aria-live="polite"]');
  const before = await count.textContent();
  await table(page, "All actions").getByRole("button", { name: "Due", exact: true }).click();
  await expect(page).toHaveURL(/sort=due/);
  await page.locator("#table-search").pressSequentially("zzzz-no-such-action");
  await expect(page.getByText("No action matches these filters.")).toBeVisible();
  await page.locator("#table-search").fill("");
  await expect(count).toHaveText(before!);
  expect(seen.rowFetches).toBeGreaterThan(0);
  expect(seen.documents + seen.serverRenders).toBe(0);
});
