/**
 * Indicators on the recommendation page: a coordinator defines one, a member of the owning agency
 * records two readings and sees the latest figure, the progress toward the target and the trend;
 * the API answers the same figures. The section passes axe in both themes and fits a phone.
 */
import { expect, test, type APIRequestContext, type Page } from "./test";
import { demoAccounts, openAs } from "./fixtures";
import { seriousViolations } from "./axe";

/** A recommendation the Shenzhen agency owns that has no indicators yet (the empty state shows). */
async function recommendationWithoutIndicators(request: APIRequestContext): Promise<string> {
  const { data } = (await (await request.get("/api/v1/recommendations?pageSize=200&agency=sz-stic")).json()) as {
    data: { code: string; archivedAt: string | null }[];
  };
  for (const rec of data.filter((r) => !r.archivedAt)) {
    const indicators = (await (await request.get(`/api/v1/recommendations/${rec.code}/indicators`)).json()).data;
    if (indicators.length === 0) return rec.code;
  }
  throw new Error("the seed has no recommendation of sz-stic without indicators");
}

/** Serious and critical axe-core violations in the Indicators section. */
const axeViolations = (page: Page) => seriousViolations(page, "section[aria-labelledby=indicators-h]");

test("a coordinator defines an indicator, a member records two readings and sees the latest, the progress and the trend", async ({
  browser,
}) => {
  const probe = await openAs(browser, demoAccounts.coordinator.email, "/recommendations");
  const code = await recommendationWithoutIndicators(probe.request);
  await probe.context().close();
  const url = `/recommendations/${code}`;
  const name = `Joint labs opened ${Date.now().toString(36)}`;

  // The coordinator sees the empty state and what indicators are for, and adds one with the keyboard.
  const coordinator = await openAs(browser, demoAccounts.coordinator.email, url);
  const section = coordinator.getByRole("region", { name: "Indicators" });
  await expect(section).toContainText("No indicators yet.");
  await expect(section).toContainText("Indicators say how progress on this recommendation is measured");
  expect(await axeViolations(coordinator)).toEqual([]);
  await section.getByRole("button", { name: "Add indicator" }).click();
  const form = section.getByRole("form", { name: "Add an indicator" });
  await expect(form.getByLabel("Name")).toBeFocused();
  // Escape cancels and gives the focus back to the button.
  await form.getByLabel("Name").press("Escape");
  await expect(form).toHaveCount(0);
  await expect(section.getByRole("button", { name: "Add indicator" })).toBeFocused();
  await coordinator.keyboard.press("Enter");
  await form.getByLabel("Name").fill(name);
  await form.getByLabel("Unit").fill("labs");
  await form.getByLabel("Baseline", { exact: true }).fill("10");
  await form.getByLabel("Baseline date").fill("2025-12-31");
  await form.getByLabel("Target", { exact: true }).fill("50");
  await form.getByLabel("Target date").fill("2027-12-31");
  // A refused value is said as a sentence next to its field.
  await form.getByLabel("Unit").fill(" ");
  await form.getByLabel("Name").press("Enter");
  await expect(form.getByText("unit cannot be empty")).toBeVisible();
  await form.getByLabel("Unit").fill("labs");
  await form.getByLabel("Name").press("Enter");
  await expect(form).toHaveCount(0);
  await expect(section.getByRole("status").filter({ hasText: `Indicator “${name}” added.` })).toBeVisible();
  await expect(section.getByRole("button", { name: "Add indicator" })).toBeFocused();
  const row = (page: Page) =>
    page.getByRole("region", { name: "Indicators" }).getByRole("listitem").filter({ hasText: name }).first();
  await expect(row(coordinator)).toContainText("10 labs on Dec 31, 2025");
  await expect(row(coordinator)).toContainText("50 labs on Dec 31, 2027");
  await expect(row(coordinator)).toContainText("Progress shows once a reading is recorded.");

  // The Shenzhen member records two readings; the date defaults to today.
  const member = await openAs(browser, demoAccounts.szMember.email, url);
  await expect(row(member).getByRole("button", { name: `Edit “${name}”` })).toHaveCount(0);
  for (const [value, day, note] of [
    ["20", "2026-01-01", ""],
    ["30", "2026-10-01", "Q3 report of the bureau"],
  ] as const) {
    await row(member)
      .getByRole("button", { name: `Add reading for “${name}”` })
      .click();
    const reading = member.getByRole("form", { name: `Add a reading of “${name}”` });
    await expect(reading.getByLabel("Value (labs)")).toBeFocused();
    expect(await reading.getByLabel("Observed on").inputValue()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await reading.getByLabel("Value (labs)").fill(value);
    await reading.getByLabel("Observed on").fill(day);
    if (note) await reading.getByLabel("Note").fill(note);
    await reading.getByLabel("Value (labs)").press("Enter");
    await expect(reading).toHaveCount(0);
    await expect(
      row(member)
        .getByRole("status")
        .filter({ hasText: `Reading of ${value} labs recorded.` }),
    ).toBeVisible();
  }
  await expect(row(member)).toContainText("30 labs on Oct 1, 2026");
  await expect(row(member)).toContainText("50% of the way to the target");
  await expect(row(member).getByRole("progressbar", { name: `Progress of “${name}” toward its target` })).toBeVisible();
  await expect(
    row(member).getByRole("img", { name: "2 readings from Jan 1, 2026 to Oct 1, 2026, from 20 to 30 labs" }),
  ).toBeVisible();
  await row(member).getByText("2 readings").click();
  const readings = row(member).getByRole("list", { name: `Readings of “${name}”, newest first` });
  await expect(readings.getByRole("listitem")).toHaveCount(2);
  await expect(readings.getByRole("listitem").first()).toContainText("Q3 report of the bureau");
  await expect(readings.getByRole("listitem").first()).toContainText(`Recorded by ${demoAccounts.szMember.name}`);

  // The API answers the same figures, in the list and in the recommendation.
  const api = (await (await member.request.get(`/api/v1/recommendations/${code}/indicators`)).json()).data as {
    id: string;
    name: string;
    baseline: number;
    target: number;
    latest: { value: number; observedOn: string };
    progress: number;
    readings: { value: number; observedOn: string }[];
  }[];
  const mine = api.find((i) => i.name === name)!;
  expect(mine).toMatchObject({
    baseline: 10,
    target: 50,
    progress: 0.5,
    latest: { value: 30, observedOn: "2026-10-01" },
  });
  expect(mine.readings.map((r) => [r.observedOn, r.value])).toEqual([
    ["2026-01-01", 20],
    ["2026-10-01", 30],
  ]);
  const rec = (await (await member.request.get(`/api/v1/recommendations/${code}`)).json()).data;
  expect(rec.indicators.find((i: { id: string }) => i.id === mine.id)).toMatchObject({ progress: 0.5 });

  // The coordinator edits the target in place (the page has followed the readings live): 2/3 of the way.
  await expect(row(coordinator)).toContainText("50% of the way to the target", { timeout: 5_000 });
  await row(coordinator)
    .getByRole("button", { name: `Edit “${name}”` })
    .click();
  const edit = coordinator.getByRole("form", { name: `Edit the indicator “${name}”` });
  await expect(edit.getByLabel("Name")).toBeFocused();
  await edit.getByLabel("Target", { exact: true }).fill("40");
  await edit.getByLabel("Target", { exact: true }).press("Enter");
  await expect(edit).toHaveCount(0);
  await expect(row(coordinator).getByRole("button", { name: `Edit “${name}”` })).toBeFocused();
  await expect(row(coordinator)).toContainText("66% of the way to the target");
  await expect(row(member)).toContainText("66% of the way to the target", { timeout: 5_000 });

  // axe in both themes, and no sideways scroll on a phone.
  expect(await axeViolations(member)).toEqual([]);
  await member.emulateMedia({ colorScheme: "dark" });
  await expect(member.locator("html")).toHaveClass(/\bdark\b/);
  expect(await axeViolations(member)).toEqual([]);
  await member.setViewportSize({ width: 390, height: 844 });
  await member.waitForTimeout(200);
  expect(await member.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  // The bar keeps its width beside its percentage on a phone.
  const bar = await row(member).getByRole("progressbar").boundingBox();
  expect(bar!.width).toBeGreaterThanOrEqual(90);
  await row(member).scrollIntoViewIfNeeded();
  await member.screenshot({ path: test.info().outputPath("indicators-390-dark.png") });
  await coordinator.setViewportSize({ width: 1280, height: 900 });
  await row(coordinator).scrollIntoViewIfNeeded();
  await coordinator.screenshot({ path: test.info().outputPath("indicators-desktop.png") });
  await member.context().close();
  await coordinator.context().close();
});

test("an edit based on values someone changed meanwhile is refused with who changed what", async ({ browser }) => {
  const coordinator = await openAs(browser, demoAccounts.coordinator.email, "/recommendations");
  const code = await recommendationWithoutIndicators(coordinator.request);
  const name = `Shared facilities ${Date.now().toString(36)}`;
  const made = (
    await (
      await coordinator.request.post(`/api/v1/recommendations/${code}/indicators`, {
        data: { name, unit: "facilities", baseline: 0, target: 8 },
      })
    ).json()
  ).data;
  await coordinator.goto(`/recommendations/${code}`);
  const row = coordinator.getByRole("region", { name: "Indicators" }).getByRole("listitem").filter({ hasText: name });
  await row.getByRole("button", { name: `Edit “${name}”` }).click();
  const edit = coordinator.getByRole("form", { name: `Edit the indicator “${name}”` });
  await edit.getByLabel("Unit").fill("sites");

  // Meanwhile the administrator raises the target through the API.
  const admin = await openAs(browser, demoAccounts.admin.email, "/recommendations");
  const expected = { name, unit: "facilities", baseline: 0, baselineDate: null, target: 8, targetDate: null };
  const changed = await admin.request.patch(`/api/v1/indicators/${made.id}`, { data: { target: 12, expected } });
  expect(changed.status()).toBe(200);
  const stale = await admin.request.patch(`/api/v1/indicators/${made.id}`, { data: { target: 9, expected } });
  expect(stale.status()).toBe(409);
  expect((await stale.json()).error.message).toContain("Alex Admin changed the target (8 → 12)");

  // The open form says someone changed it, and saving is refused with the same sentence.
  await expect(edit).toContainText("Someone changed this indicator while you were editing (target)", {
    timeout: 5_000,
  });
  await edit.getByLabel("Unit").press("Enter");
  await expect(edit.getByRole("alert")).toContainText(
    `The indicator "${name}" was changed after you opened it: Alex Admin changed the target (8 → 12).`,
  );
  await edit.getByRole("button", { name: "Start again from the current values" }).click();
  await expect(edit.getByLabel("Target", { exact: true })).toHaveValue("12");
  await edit.getByLabel("Unit").fill("sites");
  await edit.getByLabel("Unit").press("Enter");
  await expect(edit).toHaveCount(0);
  await expect(row).toContainText("12 sites");
  await admin.context().close();
  await coordinator.context().close();
});
