/**
 * The properties panel on the recommendation page: a coordinator starts work on a proposed
 * recommendation and records its acceptance in the same step; a member sees what they may change and
 * why the rest is read-only; an edit based on an old version shows who changed what.
 */
import { expect, test, type APIRequestContext } from "./test";
import { demoAccounts, openAs } from "./fixtures";
import { PropertiesPanel, panelViolations } from "./properties-panel";

interface ApiRec {
  code: string;
  status: string;
  acceptance: string;
  health: string | null;
  version: number;
  owners: { agency: { key: string } }[];
}

async function recommendations(request: APIRequestContext, query: string): Promise<ApiRec[]> {
  const res = await request.get(`/api/v1/recommendations?pageSize=200&${query}`);
  expect(res.status()).toBe(200);
  return ((await res.json()) as { data: ApiRec[] }).data;
}

test("a coordinator moves a proposed recommendation to In progress and accepts it in the same step, by keyboard", async ({
  browser,
}) => {
  const page = await openAs(browser, demoAccounts.coordinator.email);
  const rec = (await recommendations(page.request, "status=proposed")).find((r) => r.acceptance === "pending");
  expect(rec, "the seed has a proposed recommendation whose acceptance is pending").toBeDefined();
  await page.goto(`/recommendations/${rec!.code}`);
  await page.waitForLoadState("networkidle");
  const panel = new PropertiesPanel(page);
  await expect(panel.region.getByRole("heading", { name: "Properties" })).toBeVisible();
  await expect(panel.control("Status")).toHaveAccessibleName("Status Proposed");
  await expect(panel.value("Acceptance")).toContainText("Pending");
  expect(await panelViolations(page)).toEqual([]);

  // Keyboard only: the status button opens its menu, the arrow keys move, Enter chooses.
  const menu = await panel.openMenu("Status");
  await expect(menu.getByRole("menuitemradio", { name: "Proposed" })).toHaveAttribute("aria-checked", "true");
  await menu.getByRole("menuitemradio", { name: "Accepted" }).focus();
  await page.keyboard.press("ArrowDown");
  await expect(menu.getByRole("menuitemradio", { name: "In progress" })).toBeFocused();
  await page.keyboard.press("Enter");

  // Instead of a refusal, the panel offers the acceptance, and the focus is on its reason.
  const prompt = panel.region.getByRole("form", { name: "Accepting needs a decision reason" });
  await expect(prompt).toBeVisible();
  await expect(prompt).toContainText("Work starts at “In progress”");
  const reason = prompt.getByLabel("Decision reason");
  await expect(reason).toBeFocused();
  await expect(prompt.getByLabel("Decision", { exact: true })).toHaveValue("accepted");
  expect(await panelViolations(page)).toEqual([]);

  // Saved without a reason: the server's rule says what to give, next to the field.
  await page.keyboard.press("Enter");
  const error = panel.region.getByRole("alert");
  await expect(error).toHaveText("Give the reason for this acceptance decision.");
  await expect(reason).toHaveAttribute("aria-invalid", "true");
  await expect(reason).toBeFocused();
  await panel.region.screenshot({ path: test.info().outputPath("properties-prompt.png") });
  expect((await (await page.request.get(`/api/v1/recommendations/${rec!.code}`)).json()).data).toMatchObject({
    status: "proposed",
    acceptance: "pending",
    version: rec!.version,
  });

  await reason.fill("Agreed at the joint committee, March session");
  await page.keyboard.press("Enter");
  await expect(panel.saved).toHaveText("Status saved.");
  await expect(prompt).toHaveCount(0);
  await expect(panel.control("Status")).toBeFocused();
  await expect(panel.control("Status")).toHaveAccessibleName("Status In progress");
  await expect(panel.value("Acceptance")).toContainText("Accepted");
  await expect(panel.value("Acceptance reason")).toContainText("Agreed at the joint committee, March session");
  await expect(panel.value("Version")).toHaveText(String(rec!.version + 1));

  // One update: both changes in one version, both in the history.
  const after = (await (await page.request.get(`/api/v1/recommendations/${rec!.code}`)).json()).data;
  expect(after).toMatchObject({ status: "in_progress", acceptance: "accepted", version: rec!.version + 1 });
  const history = page.getByRole("region", { name: "History" });
  await expect(history.getByRole("listitem").filter({ hasText: "Proposed → In progress" })).toHaveCount(1);
  await expect(history.getByRole("listitem").filter({ hasText: "Pending → Accepted" })).toContainText(
    "Agreed at the joint committee",
  );

  // Escape cancels an edit and returns the focus to the field.
  const target = await panel.edit("Target date");
  await expect(target).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(panel.control("Target date")).toBeFocused();

  // Both themes pass axe; the page does not scroll sideways on a phone.
  await page.emulateMedia({ colorScheme: "dark" });
  await expect(page.locator("html")).toHaveClass(/\bdark\b/);
  expect(await panelViolations(page)).toEqual([]);
  await page.screenshot({ path: test.info().outputPath("properties-dark.png"), fullPage: true });
  await page.emulateMedia({ colorScheme: "light" });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.waitForTimeout(200);
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  await panel.region.scrollIntoViewIfNeeded();
  await page.screenshot({ path: test.info().outputPath("properties-390.png") });
  await page.context().close();
});

test("a member changes what their agency may and sees the rest read-only with the reason", async ({ browser }) => {
  const page = await openAs(browser, demoAccounts.hkMember.email);
  const rec = (await recommendations(page.request, "status=in_progress&agency=hk-itib"))[0];
  expect(rec, "the seed has an in-progress recommendation ITIB owns").toBeDefined();
  await page.goto(`/recommendations/${rec!.code}`);
  await page.waitForLoadState("networkidle");
  const panel = new PropertiesPanel(page);

  // Status and health are theirs; the status only among the statuses of doing the work.
  expect(await panel.choices("Status")).toEqual(["Accepted", "In progress", "Implemented"]);
  await expect(panel.control("Health")).toBeVisible();
  for (const label of ["Priority", "Acceptance", "Acceptance reason", "Target date"]) {
    await expect(panel.control(label), `${label} is read-only`).toHaveCount(0);
    await expect(panel.value(label)).toContainText("(read-only)");
  }
  await expect(panel.region).toContainText(
    "Agency members can update status and health only; ask a coordinator to change the priority.",
  );
  await expect(panel.value("Priority").locator("[aria-describedby]")).toHaveAccessibleDescription(
    /ask a coordinator to change the priority/,
  );

  const next = rec!.health === "at_risk" ? "Off track" : "At risk";
  await panel.choose("Health", next);
  await expect(panel.saved).toHaveText("Health saved.");
  await expect(panel.control("Health")).toBeFocused();
  await expect(panel.control("Health")).toHaveAccessibleName(`Health ${next}`);
  expect(await panelViolations(page)).toEqual([]);
  await page.screenshot({ path: test.info().outputPath("properties-member.png"), fullPage: true });

  // A viewer has no control at all, and is told why.
  const viewer = await openAs(browser, demoAccounts.viewer.email, `/recommendations/${rec!.code}`);
  const readOnly = new PropertiesPanel(viewer);
  await expect(readOnly.region.getByRole("button")).toHaveCount(0);
  await expect(readOnly.region).toContainText("Viewers can read but not change recommendations.");
  await viewer.context().close();
  await page.context().close();
});

test("an edit based on an old version shows who changed what and offers the current values", async ({ browser }) => {
  const probe = await openAs(browser, demoAccounts.coordinator.email);
  const rec = (await recommendations(probe.request, "status=in_progress"))[1]!;
  await probe.context().close();
  const url = `/recommendations/${rec.code}`;
  const first = await openAs(browser, demoAccounts.coordinator.email, url);
  const second = await openAs(browser, demoAccounts.admin.email, url);
  const mine = new PropertiesPanel(second);
  const theirs = new PropertiesPanel(first);

  // The second person begins a date change; meanwhile the first changes the health.
  const date = await mine.edit("Target date");
  await date.fill("2031-06-30");
  const next = rec.health === "at_risk" ? "Off track" : "At risk";
  await theirs.choose("Health", next);
  await expect(theirs.saved).toHaveText("Health saved.");
  // The live refresh shows the new health, but the open edit stays based on what it began on.
  await expect(mine.control("Health")).toHaveAccessibleName(`Health ${next}`, { timeout: 5_000 });

  await date.press("Enter");
  const conflict = mine.region.getByRole("alert");
  await expect(conflict).toContainText("Someone else changed this recommendation");
  await expect(conflict).toContainText("Casey Coordinator changed health");
  const api = (await (await second.request.get(`/api/v1/recommendations/${rec.code}`)).json()).data;
  expect(api.targetDate).not.toBe("2031-06-30");

  // The offer to reload: the editor closes on the current values, and the next edit goes through.
  await conflict.getByRole("button", { name: "Show the current values" }).click();
  await expect(conflict).toHaveCount(0);
  await expect(mine.control("Target date")).toBeFocused();
  const again = await mine.edit("Target date");
  await again.fill("2031-06-30");
  await second.getByLabel("Reason (optional, kept in the history)").fill("Timetable of the joint plan");
  await second.keyboard.press("Enter");
  await expect(mine.saved).toHaveText("Target date saved.");
  await expect(mine.value("Target date")).toContainText(/Jun 30, 2031|30 Jun 2031/);
  await first.context().close();
  await second.context().close();
});
