/**
 * The recommendations table in Chromium: the view lives in the URL, inline and bulk edits are saved and
 * recorded, concurrent edits are refused as conflicts, and other people's changes arrive live.
 */
import { expect, test, type Page } from "./test";
import { demoAccounts, signInAs } from "./fixtures";

const table = (page: Page) => page.getByRole("table", { name: "Recommendations" });
/** Row codes and group headers, top to bottom: what a person sees of the view. */
async function visibleView(page: Page) {
  return table(page)
    .locator("tbody tr[data-row-index]")
    .evaluateAll((rows) =>
      rows.map((r) =>
        r.querySelector("th") ? `# ${r.textContent?.trim()}` : r.querySelectorAll("td")[1]?.textContent,
      ),
    );
}

/** Waits until the page's scripts run: the "/" shortcut is attached only once React has hydrated. */
async function waitUntilInteractive(page: Page) {
  await expect(async () => {
    await page.locator("body").press("/");
    await expect(page.getByLabel("Search")).toBeFocused({ timeout: 500 });
  }).toPass();
  await page.getByLabel("Search").blur();
}

async function firstCodeWith(page: Page, query: string) {
  const res = await page.request.get(`/api/v1/recommendations?${query}&pageSize=1`);
  return ((await res.json()).data as { code: string; version: number }[])[0]!;
}

test("filter, sort and group: the URL reproduces the view in a fresh context", async ({ page, browser }) => {
  await signInAs(page, demoAccounts.viewer.email);
  const filters = page.getByRole("group", { name: "Filters" });
  await filters.getByRole("button", { name: "Status" }).click();
  const statusFacet = page.getByRole("dialog", { name: "Status" });
  await statusFacet.getByLabel(/^Accepted/).check();
  await statusFacet.getByLabel(/^In progress/).check();
  await page.keyboard.press("Escape");
  await expect(page).toHaveURL(/status=accepted%2Cin_progress|status=accepted,in_progress/);

  // Sort by priority, then (shift-click) by code descending as a second key.
  await table(page).getByRole("button", { name: "Priority", exact: true }).click();
  await expect(page).toHaveURL(/sort=priority/);
  await table(page).getByRole("button", { name: "Code options" }).click();
  await page.getByRole("menuitem", { name: "Add to sort, descending" }).click();
  await expect(page).toHaveURL(/sort=priority(%2C|,)-code/);
  await page.getByLabel("Group by").selectOption("theme");
  await expect(page).toHaveURL(/group=theme/);
  await expect(page.getByText("Updating the table…")).toHaveCount(0);

  const view = await visibleView(page);
  expect(view.filter((v) => v?.startsWith("#")).length).toBeGreaterThan(1);
  expect(view.filter((v) => !v?.startsWith("#")).length).toBeGreaterThan(2);
  // The facet counts say how many each value would match.
  await filters.getByRole("button", { name: "Health" }).click();
  await expect(page.getByRole("dialog", { name: "Health" }).getByText(/^\d+$/).first()).toBeVisible();
  await page.keyboard.press("Escape");

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await signInAs(other, demoAccounts.viewer.email, page.url());
  await expect(other.getByLabel("Group by")).toHaveValue("theme");
  expect(await visibleView(other)).toEqual(view);
  const th = (name: string) => table(other).getByRole("columnheader", { name: new RegExp(`^${name} `) });
  await expect(th("Priority")).toHaveAttribute("aria-sort", "ascending");
  await expect(th("Code")).toHaveAttribute("aria-sort", "descending");
  await fresh.close();
});

test("an inline status change survives a reload and appears in the history", async ({ page }) => {
  await signInAs(page, demoAccounts.coordinator.email, null);
  const { code } = await firstCodeWith(page, "status=accepted");
  await page.goto(`/recommendations?q=${encodeURIComponent(code)}`);
  const status = page.getByLabel(`Status of ${code}`);
  await expect(status).toHaveValue("accepted");
  await status.selectOption("in_progress");
  await expect(page.getByRole("status")).toHaveText(`${code}: Saved`);
  await page.reload();
  await expect(page.getByLabel(`Status of ${code}`)).toHaveValue("in_progress");
  await page.goto(`/recommendations/${code}`);
  await expect(page.getByRole("region", { name: "History" })).toContainText("Status: Accepted → In progress");
});

test("an inline change that breaks a lifecycle rule says why and changes nothing", async ({ page }) => {
  await signInAs(page, demoAccounts.coordinator.email, null);
  const { code, version } = await firstCodeWith(page, "status=proposed");
  await page.goto(`/recommendations?q=${encodeURIComponent(code)}`);
  await page.getByLabel(`Status of ${code}`).selectOption("in_progress");
  await expect(page.getByRole("alert").filter({ hasText: code })).toContainText("Accept the recommendation");
  const after = (await (await page.request.get(`/api/v1/recommendations/${code}`)).json()).data;
  expect(after).toMatchObject({ status: "proposed", version });
});

test("bulk edit: 20 selected rows change in one go, with history", async ({ page }) => {
  await signInAs(page, demoAccounts.coordinator.email, "/recommendations?sort=code&pageSize=25");
  const boxes = table(page).getByRole("checkbox", { name: /^Select R-/ });
  await expect(boxes).toHaveCount(25);
  const codes: string[] = [];
  for (let i = 0; i < 20; i++) {
    await boxes.nth(i).check();
    codes.push((await boxes.nth(i).getAttribute("aria-label"))!.replace("Select ", ""));
  }
  const bar = page.getByRole("form", { name: "Change the selected recommendations" });
  await expect(bar).toContainText("20 selected");
  await bar.getByLabel("Set priority").selectOption("low");
  await bar.getByLabel("Reason (kept in the history)").fill("Rebalanced after the Q4 review");
  await bar.getByRole("button", { name: "Apply to 20" }).click();
  await expect(page.getByRole("status")).toHaveText("20 recommendations changed.");
  await expect(bar).toHaveCount(0);

  const res = await page.request.get("/api/v1/recommendations?sort=code&pageSize=25");
  const data = (await res.json()).data as { code: string; priority: string }[];
  for (const code of codes) expect(data.find((r) => r.code === code)?.priority, code).toBe("low");
  await page.goto(`/recommendations/${codes[7]}`);
  await expect(page.getByRole("region", { name: "History" })).toContainText("Rebalanced after the Q4 review");
});

test("two people edit the same row: the second is told who changed what, nothing is overwritten", async ({
  page,
  browser,
}) => {
  await signInAs(page, demoAccounts.coordinator.email, null);
  const { code } = await firstCodeWith(page, "health=on_track");
  const otherContext = await browser.newContext();
  const other = await otherContext.newPage();
  await signInAs(other, demoAccounts.admin.email, null);
  await page.goto(`/recommendations?q=${encodeURIComponent(code)}`);
  await other.goto(`/recommendations?q=${encodeURIComponent(code)}`);

  // The administrator starts editing (focuses the cell) before the coordinator's change lands.
  await waitUntilInteractive(other);
  await other.getByLabel(`Health of ${code}`).focus();
  await page.getByLabel(`Health of ${code}`).selectOption("at_risk");
  await expect(page.getByRole("status")).toHaveText(`${code}: Saved`);
  // The change reaches the other page live; the cell being edited keeps the version it began from.
  await expect(other.getByLabel(`Health of ${code}`)).toHaveValue("at_risk");
  await other.getByLabel(`Health of ${code}`).selectOption("off_track");
  await expect(other.getByRole("alert").filter({ hasText: code })).toContainText("Casey Coordinator changed health");
  const after = (await (await page.request.get(`/api/v1/recommendations/${code}`)).json()).data;
  expect(after.health).toBe("at_risk");
  await otherContext.close();
});

test("a change in one context shows up in another's table without a reload", async ({ page, browser }) => {
  await signInAs(page, demoAccounts.viewer.email, null);
  const { code } = await firstCodeWith(page, "priority=medium");
  await page.goto(`/recommendations?q=${encodeURIComponent(code)}`);
  await expect(table(page).getByRole("row").nth(1)).toContainText("Medium");

  const otherContext = await browser.newContext();
  const other = await otherContext.newPage();
  await signInAs(other, demoAccounts.coordinator.email, `/recommendations?q=${encodeURIComponent(code)}`);
  await other.getByLabel(`Priority of ${code}`).selectOption("high");
  await expect(other.getByRole("status")).toHaveText(`${code}: Saved`);
  await expect(table(page).getByRole("row").nth(1)).toContainText("High", { timeout: 2_000 });
  await otherContext.close();
});

test("keyboard: / searches, arrows move between rows, Enter opens", async ({ page }) => {
  await signInAs(page, demoAccounts.viewer.email, "/recommendations?sort=code");
  await page.locator("body").press("/");
  await expect(page.getByLabel("Search")).toBeFocused();
  const rows = table(page).locator("tbody tr[data-row-index]");
  await rows.first().focus();
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowDown");
  await expect(rows.nth(2)).toBeFocused();
  const code = await rows.nth(2).locator("td").nth(1).textContent();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`/recommendations/${code!.replace(/\./g, "\\.")}$`));
});

test("columns: hide, reorder and widths live in the URL; a saved view reopens them, shared with others", async ({
  page,
  browser,
}) => {
  await signInAs(page, demoAccounts.coordinator.email, "/recommendations?side=hong_kong");
  await page.getByRole("button", { name: "Columns" }).click();
  const options = page.getByRole("dialog", { name: "Show, hide and reorder columns" });
  await options.getByRole("checkbox", { name: "Theme" }).uncheck();
  await options.getByRole("button", { name: "Move Status earlier" }).click();
  await page.keyboard.press("Escape");
  await expect(page).toHaveURL(/cols=/);
  const headers = await table(page).locator("thead th [data-column-title]").allTextContents();
  expect(headers.join("|")).not.toContain("Theme");
  expect(headers.findIndex((h) => h.startsWith("Status"))).toBeLessThan(
    headers.findIndex((h) => h.startsWith("Priority")),
  );
  // Keyboard resizing of the title column.
  const title = table(page)
    .locator("thead th")
    .filter({ has: page.getByRole("button", { name: "Resize Title" }) });
  const before = (await title.boundingBox())!.width;
  await page.getByRole("button", { name: "Resize Title" }).focus();
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowRight");
  await expect(page).toHaveURL(/widths=title/);
  expect((await title.boundingBox())!.width).toBeGreaterThan(before + 20);

  const name = `HK leads ${Date.now().toString(36)}`;
  await page.getByRole("button", { name: "Views" }).click();
  await page.getByRole("button", { name: "Save view…" }).click();
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Share with everyone").check();
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page).toHaveURL(/view=/);
  await expect(page.getByRole("button", { name: `View: ${name}` })).toBeVisible();

  const otherContext = await browser.newContext();
  const other = await otherContext.newPage();
  await signInAs(other, demoAccounts.viewer.email);
  await other.getByRole("button", { name: "Views" }).click();
  await other.getByRole("link", { name: new RegExp(name) }).click();
  await expect(other).toHaveURL(/side=hong_kong/);
  expect(await table(other).locator("thead th [data-column-title]").allTextContents()).toEqual(headers);
  // The viewer makes it their default: the list now opens with it.
  await other.getByRole("button", { name: `View: ${name}` }).click();
  await other.getByRole("button", { name: "Make my default" }).click();
  await expect(other.getByRole("link", { name: new RegExp(`${name}.*default`) })).toBeVisible();
  await other.goto("/recommendations");
  await expect(other).toHaveURL(/side=hong_kong/);
  await otherContext.close();
});
