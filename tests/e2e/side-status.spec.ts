/**
 * Each side's progress and state: the list filters by a side's state (page and API agree), the
 * detail page shows both sides beside the status with the figures the API gives, follows an action's
 * progress live, passes axe in light and dark, and fits a phone.
 */
import { expect, test, type Page } from "./test";
import { demoAccounts, signInAs } from "./fixtures";
import { seriousViolations } from "./axe";

type SideFigures = { progress: number | null; state: string };
type Item = {
  code: string;
  sides: { shenzhen: SideFigures; hong_kong: SideFigures };
  actions: { id: string; status: string; progress: number; version: number; agency: { side: string } }[];
};

const stateLabel: Record<string, string> = {
  not_started: "Not started",
  in_progress: "In progress",
  done: "Done",
  blocked: "Blocked",
  no_actions: "No actions",
};

/** Serious and critical axe-core violations inside the page's header. */
const headerViolations = (page: Page) => seriousViolations(page, "article > header");

async function sidesShown(page: Page, item: Item) {
  const group = page.getByRole("group", { name: "Progress by side" });
  for (const [side, name] of [
    ["shenzhen", "Shenzhen"],
    ["hong_kong", "Hong Kong"],
  ] as const) {
    const figures = item.sides[side];
    const entry = group.locator(`[data-side=${side}]`);
    await expect(entry).toHaveAttribute("data-state", figures.state);
    await expect(entry).toContainText(name);
    await expect(entry).toContainText(stateLabel[figures.state]!);
    if (figures.progress === null) {
      await expect(entry.getByRole("progressbar")).toHaveCount(0);
    } else {
      const bar = group.getByRole("progressbar", { name: `${name} progress` });
      await expect(bar).toHaveAttribute("value", String(Math.round(figures.progress * 100)));
      await expect(entry).toContainText(`${Math.round(figures.progress * 100)}%`);
    }
  }
}

test("the list filters by a side's state, as the API does", async ({ page }) => {
  await signInAs(page, demoAccounts.viewer.email, null);
  const res = await page.request.get("/api/v1/recommendations?pageSize=200&stateShenzhen=in_progress,blocked");
  expect(res.status()).toBe(200);
  const { data, total } = (await res.json()) as { data: Item[]; total: number };
  expect(total).toBeGreaterThan(0);
  for (const r of data) expect(["in_progress", "blocked"]).toContain(r.sides.shenzhen.state);
  const bad = await page.request.get("/api/v1/recommendations?stateHongKong=stuck");
  expect(bad.status()).toBe(400);
  expect(JSON.stringify(await bad.json())).toContain("not_started, in_progress, done, blocked, no_actions");

  await page.goto("/recommendations?stateShenzhen=in_progress,blocked&pageSize=100");
  await expect(page.getByRole("table").getByRole("link")).toHaveCount(total);
  // The Hong Kong state facet narrows further, with counts next to each state.
  await page.getByRole("button", { name: "Hong Kong state" }).click();
  const facet = page.getByRole("dialog", { name: "Hong Kong state" });
  for (const label of Object.values(stateLabel)) await expect(facet.getByLabel(label)).toBeVisible();
  await facet.getByLabel("In progress").check();
  await expect(page).toHaveURL(/stateHongKong=in_progress/);
  await page.keyboard.press("Escape");
  const both = data.filter((r) => r.sides.hong_kong.state === "in_progress").length;
  expect(both).toBeGreaterThan(0);
  await expect(page.getByRole("table").getByRole("link")).toHaveCount(both);
});

test("the detail page shows each side's progress and state beside the status, live, accessible in both themes", async ({
  page,
}) => {
  await signInAs(page, demoAccounts.coordinator.email, null);
  const { data } = (await (await page.request.get("/api/v1/recommendations?pageSize=200")).json()) as {
    data: Item[];
  };
  // A recommendation with Shenzhen work under way and both sides reporting.
  const item = data.find(
    (r) =>
      r.sides.hong_kong.state !== "no_actions" &&
      r.actions.some((a) => a.agency.side === "shenzhen" && a.status === "in_progress" && a.progress < 90),
  );
  expect(item, "the seed has Shenzhen work in progress on a recommendation both sides report on").toBeDefined();
  await page.goto(`/recommendations/${item!.code}`);
  const header = page.locator("article > header");
  await expect(header.getByText(stateLabel[item!.sides.shenzhen.state]!).first()).toBeVisible();
  await sidesShown(page, item!);

  // Moving one Shenzhen action's progress moves Shenzhen's figure on the open page, without a reload.
  const action = item!.actions.find((a) => a.agency.side === "shenzhen" && a.status === "in_progress")!;
  const patched = await page.request.patch(`/api/v1/actions/${action.id}`, {
    data: { version: action.version, progress: 90 },
  });
  expect(patched.status()).toBe(200);
  const after = ((await (await page.request.get(`/api/v1/recommendations/${item!.code}`)).json()) as { data: Item })
    .data;
  expect(after.sides.shenzhen.progress).toBeGreaterThan(item!.sides.shenzhen.progress!);
  expect(after.sides.hong_kong).toEqual(item!.sides.hong_kong);
  await sidesShown(page, after);

  expect(await headerViolations(page)).toEqual([]);
  await page.screenshot({ path: test.info().outputPath("side-status-light.png") });
  await page.emulateMedia({ colorScheme: "dark" });
  await expect(page.locator("html")).toHaveClass(/dark/);
  expect(await headerViolations(page)).toEqual([]);
  await page.screenshot({ path: test.info().outputPath("side-status-dark.png") });

  await page.setViewportSize({ width: 390, height: 844 });
  await page.waitForTimeout(200);
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  await page.screenshot({ path: test.info().outputPath("side-status-390.png") });
});
