/**
 * All actions (/actions) in Chromium: filter by agency and due date, sort, group by recommendation,
 * the URL reproduces the view, the export holds its rows, and the page passes axe in both themes and
 * fits a phone's width.
 */
import { expect, test, type Page } from "./test";
import { axeViolations } from "./axe";
import { demoAccounts, signInAs } from "./fixtures";

const table = (page: Page) => page.getByRole("table", { name: "All actions" });

/** Action titles and group headers, top to bottom: what a person sees of the view. */
async function visibleView(page: Page) {
  return table(page)
    .locator("tbody tr[data-row-index]")
    .evaluateAll((rows) =>
      // The first cell holds the row's checkbox; the second its title.
      rows.map((r) =>
        r.querySelector("th") ? `# ${r.textContent?.trim()}` : r.querySelectorAll("td")[1]?.textContent,
      ),
    );
}

interface ApiAction {
  id: string;
  title: string;
  agency: { key: string; abbreviation: string };
  recommendation: { code: string };
  overdueBy: number | null;
}

test("filter by agency and overdue, sort, group by recommendation: the URL reproduces the view", async ({
  page,
  browser,
}) => {
  await signInAs(page, demoAccounts.viewer.email, null);
  // An agency with overdue actions today, from the API (the same query as the page).
  const overdue = (await (await page.request.get("/api/v1/actions?due=overdue&pageSize=500")).json()) as {
    data: ApiAction[];
    total: number;
  };
  expect(overdue.total, "the seed has overdue actions").toBeGreaterThan(0);
  const agency = overdue.data[0]!.agency;
  const expected = overdue.data.filter((a) => a.agency.key === agency.key);

  await page.goto("/actions");
  await expect(page.getByRole("link", { name: "All actions" })).toHaveAttribute("aria-current", "page");
  const filters = page.getByRole("group", { name: "Filters" });
  await filters.getByRole("button", { name: "Agency" }).click();
  await page
    .getByRole("dialog", { name: "Agency" })
    .getByLabel(new RegExp(`^${agency.abbreviation} ·`))
    .check();
  await page.keyboard.press("Escape");
  await expect(page).toHaveURL(new RegExp(`agency=${agency.key}`));
  await filters.getByRole("button", { name: "Due" }).click();
  const due = page.getByRole("dialog", { name: "Due" });
  // The facet says how many each value would match, given the agency.
  await expect(due.locator("label", { hasText: "Overdue" })).toContainText(String(expected.length));
  await due.getByLabel(/^Overdue/).check();
  await page.keyboard.press("Escape");
  await expect(page).toHaveURL(/due=overdue/);
  await expect(page.getByText("Updating the table…")).toHaveCount(0);
  await expect(page.getByText(new RegExp(`^${expected.length} actions?$`))).toBeVisible();

  // Sort by "Overdue by", longest first.
  await table(page).getByRole("button", { name: "Overdue by", exact: true }).click();
  await expect(page).toHaveURL(/sort=-?overdueBy/);
  if (!/sort=-overdueBy/.test(page.url())) {
    await table(page).getByRole("button", { name: "Overdue by", exact: true }).click();
    await expect(page).toHaveURL(/sort=-overdueBy/);
  }
  await expect(page.getByText("Updating the table…")).toHaveCount(0);
  const sorted = await visibleView(page);
  const longest = Math.max(...expected.map((a) => a.overdueBy!));
  expect(sorted.length).toBe(expected.length);
  expect(expected.filter((a) => a.overdueBy === longest).map((a) => a.title)).toContain(sorted[0]);

  await page.getByLabel("Group by").selectOption("recommendation");
  await expect(page).toHaveURL(/group=recommendation/);
  await expect(page.getByText("Updating the table…")).toHaveCount(0);
  const view = await visibleView(page);
  const codes = new Set(expected.map((a) => a.recommendation.code));
  expect(view.filter((v) => v?.startsWith("#")).length).toBe(codes.size);
  expect(view.filter((v) => !v?.startsWith("#")).length).toBe(expected.length);

  // The same link in a fresh browser shows the same view.
  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await signInAs(other, demoAccounts.viewer.email, page.url());
  await expect(other.getByLabel("Group by")).toHaveValue("recommendation");
  expect(await visibleView(other)).toEqual(view);
  await expect(table(other).getByRole("columnheader", { name: /^Overdue by / })).toHaveAttribute(
    "aria-sort",
    "descending",
  );
  await fresh.close();

  // The export holds the view's rows, in its order, flat.
  const csvHref = await page.getByRole("link", { name: "Export CSV" }).getAttribute("href");
  expect(csvHref).toContain("due=overdue");
  const csv = await page.request.get(csvHref!);
  expect(csv.headers()["content-disposition"]).toMatch(/attachment; filename="actions-\d{4}-\d{2}-\d{2}\.csv"/);
  const lines = (await csv.text())
    .replace(/^\uFEFF/, "")
    .trimEnd()
    .split("\r\n");
  expect(lines[0]!.split(",").slice(0, 3)).toEqual(["Action", "Recommendation", "Recommendation title"]);
  expect(lines.length - 1).toBe(expected.length);
  for (const a of expected) expect(lines.some((l) => l.includes(a.recommendation.code))).toBe(true);
  const xlsx = await page.request.get((await page.getByRole("link", { name: "Export XLSX" }).getAttribute("href"))!);
  expect(xlsx.status()).toBe(200);
  expect(xlsx.headers()["content-type"]).toContain("spreadsheetml");
});

test("keyboard: / searches, arrows move between rows, Enter opens the recommendation", async ({ page }) => {
  await signInAs(page, demoAccounts.viewer.email, "/actions?sort=recommendation");
  await expect(async () => {
    await page.locator("body").press("/");
    await expect(page.getByLabel("Search")).toBeFocused({ timeout: 500 });
  }).toPass();
  const first = (await (await page.request.get("/api/v1/actions?sort=recommendation&pageSize=2")).json())
    .data as ApiAction[];
  await page.getByLabel("Search").fill(first[0]!.recommendation.code);
  await expect(page).toHaveURL(new RegExp(`q=${encodeURIComponent(first[0]!.recommendation.code)}`));
  await expect(page.getByText("Updating the table…")).toHaveCount(0);
  const rows = table(page).locator("tbody tr[data-row-index]");
  await rows.first().focus();
  await page.keyboard.press("End");
  await page.keyboard.press("Home");
  await expect(rows.first()).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`/recommendations/${first[0]!.recommendation.code.replace(/\./g, "\\.")}`));
});

test("a bulk due-date change with a reason: every selected action moves, each with its history", async ({ page }) => {
  await signInAs(page, demoAccounts.coordinator.email, null);
  const query = "agency=sz-stic&status=todo,in_progress,blocked&sort=recommendation,title";
  const listed = (await (await page.request.get(`/api/v1/actions?${query}&pageSize=2`)).json()).data as {
    id: string;
    title: string;
  }[];
  expect(listed.length).toBe(2);
  const before = await Promise.all(
    listed.map(async (a) => (await (await page.request.get(`/api/v1/actions/${a.id}`)).json()).data),
  );
  await page.goto(`/actions?${query}`);
  const rows = table(page).locator("tbody tr[data-row-index]");
  await expect(rows.first()).toContainText(listed[0]!.title);
  // Select with the keyboard: x on the first row, ↓, x on the second.
  await rows.first().focus();
  await page.keyboard.press("x");
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("x");
  const bar = page.getByRole("form", { name: "Change the selected actions" });
  await expect(bar).toContainText("2 selected");
  await bar.getByLabel("Set due date").fill("2027-05-14");
  await bar.getByLabel("Why the due date changes (kept in the history)").fill("Waiting for the joint committee");
  await bar.getByRole("button", { name: "Apply to 2" }).click();
  await expect(page.getByText("2 actions changed.")).toBeVisible();
  for (const [i, a] of listed.entries()) {
    const after = (await (await page.request.get(`/api/v1/actions/${a.id}`)).json()).data;
    expect(after.dueDate).toBe("2027-05-14");
    expect(after.version).toBe(before[i].version + 1);
    expect(after.dueDateRevisions).toBe(before[i].dueDateRevisions + 1);
  }
  await expect(rows.first()).toContainText("May 14, 2027");
});

test("empty and invalid views say so; axe is clean in both themes; no sideways scroll at 390 px", async ({ page }) => {
  await signInAs(page, demoAccounts.szMember.email, "/actions?q=no-such-action-anywhere");
  await expect(page.getByText("No action matches these filters.")).toBeVisible();
  await page.goto("/actions?due=yesterday&sort=nonsense");
  await expect(page.getByText(/Some parts of this link are not valid/)).toContainText("due");
  await expect(table(page)).toBeVisible();

  await page.goto("/actions?group=agency");
  await expect(table(page)).toBeVisible();
  expect(await axeViolations(page, "main", ["serious", "critical"])).toEqual([]);
  await page.screenshot({ path: test.info().outputPath("all-actions-light.png"), fullPage: false });
  await page.emulateMedia({ colorScheme: "dark" });
  await page.evaluate(() => localStorage.setItem("theme", "dark"));
  await page.reload();
  await expect(page.locator("html")).toHaveClass(/dark/);
  expect(await axeViolations(page, "main", ["serious", "critical"])).toEqual([]);
  await page.screenshot({ path: test.info().outputPath("all-actions-dark.png"), fullPage: false });

  await page.setViewportSize({ width: 390, height: 844 });
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  await page.screenshot({ path: test.info().outputPath("all-actions-390.png"), fullPage: false });
});
