/**
 * My work: a coordinator assigns an action to the Hong Kong member, who sees it arrive live on My
 * work and completes it there from the keyboard; the coordinator's list then shows Hong Kong's
 * progress moved. Also: the overdue badge, another agency refused politely, axe in both themes,
 * and a phone's width.
 */
import { expect, test, type APIRequestContext, type Browser, type Page } from "./test";
import { demoAccounts, signInAs } from "./fixtures";
import { seriousViolations } from "./axe";

/** A recommendation the Hong Kong agency owns and the Shenzhen agency does not. */
async function hongKongRecommendation(request: APIRequestContext): Promise<string> {
  const { data } = (await (await request.get("/api/v1/recommendations?pageSize=200&agency=hk-itib")).json()) as {
    data: { code: string; owners: { agency: { key: string } }[] }[];
  };
  const rec = data.find((r) => !r.owners.some((o) => o.agency.key === "sz-stic"));
  expect(rec, "the seed has a recommendation ITIB owns and SZSTI does not").toBeDefined();
  return rec!.code;
}

async function signedIn(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signInAs(page, email);
  return page;
}

/**
 * Serious or critical axe-core violations in the page's content and the main navigation (the
 * account menu belongs to its own spec).
 */
const axeViolations = (page: Page) => seriousViolations(page, ["main", "nav[aria-label=Main]"]);

async function axeInBothThemes(page: Page) {
  for (const scheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await expect(page.locator("html")).toHaveClass(scheme === "dark" ? /\bdark\b/ : /^(?!.*\bdark\b)/);
    expect(await axeViolations(page), `axe in the ${scheme} theme`).toEqual([]);
  }
}

/** YYYY-MM-DD, `days` from today (UTC, as the server counts). */
const fromToday = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/** The Hong Kong progress shown for `code` on the list page, e.g. "50%". */
async function hongKongProgress(page: Page, code: string): Promise<string> {
  const row = page.getByRole("row").filter({ hasText: code });
  return (await row.locator('[title*="of this side\'s work done"]').innerText()).trim();
}

test("a coordinator assigns work to Hong Kong; the member sees it live on My work and marks it done by keyboard", async ({
  browser,
}) => {
  // The member signs in with no page asked for and lands on My work.
  const member = await signedIn(browser, demoAccounts.hkMember.email);
  await expect(member).toHaveURL(/\/my-work$/);
  await expect(member.getByRole("heading", { name: "My work", level: 1 })).toBeVisible();
  await expect(member.getByRole("navigation", { name: "Main" }).getByRole("link").first()).toHaveText(/^My work/);
  await member.waitForLoadState("networkidle");
  await member.evaluate(() => ((window as unknown as { liveMarker: number }).liveMarker = 7));

  const coordinator = await signedIn(browser, demoAccounts.coordinator.email);
  await expect(coordinator).toHaveURL(/\/recommendations/);
  const code = await hongKongRecommendation(coordinator.request);
  const list = `/recommendations?q=${encodeURIComponent(code)}&cols=code,progressHongKong`;
  await coordinator.goto(list);
  const progressBefore = await hongKongProgress(coordinator, code);

  // The coordinator adds the action on the recommendation page, for ITIB, assigned to the member.
  await coordinator.goto(`/recommendations/${code}`);
  await coordinator.waitForLoadState("networkidle");
  const title = `Brief the Legislative Council panel ${Date.now().toString(36)}`;
  const due = fromToday(7);
  const actions = coordinator.getByRole("region", { name: "Actions" });
  await actions.getByRole("button", { name: "Add action" }).click();
  const form = actions.getByRole("form", { name: "Add an action" });
  await form.getByLabel("Title").fill(title);
  const itib = await form
    .getByLabel("Agency")
    .locator("option", { hasText: "Innovation, Technology and Industry Bureau" })
    .getAttribute("value");
  await form.getByLabel("Agency").selectOption(itib!);
  await form.getByLabel("Assignee").selectOption({ label: demoAccounts.hkMember.name });
  await form.getByLabel("Due date").fill(due);
  await form.getByRole("button", { name: "Add", exact: true }).click();
  await expect(form).toHaveCount(0);

  // It appears on the member's open My work, under "Due within 14 days", without a reload.
  const soon = member.getByRole("region", { name: /^Due within 14 days/ });
  const row = soon.getByRole("listitem").filter({ hasText: title });
  await expect(row).toBeVisible({ timeout: 5_000 });
  expect(await member.evaluate(() => (window as unknown as { liveMarker?: number }).liveMarker)).toBe(7);
  await expect(row).toContainText("Assigned to you");
  await expect(row).toContainText(code);
  await expect(row.getByRole("link", { name: code })).toHaveAttribute("href", `/recommendations/${code}`);
  await expect(row).toContainText("To do");

  // Keyboard only: Tab to its Mark done button, Enter, type the note, Tab to Save, Enter.
  const markDone = `Mark done: “${title}”`;
  await member.locator("body").click({ position: { x: 1, y: 1 } });
  let reached = false;
  for (let i = 0; i < 400 && !reached; i++) {
    await member.keyboard.press("Tab");
    reached = await member.evaluate((name) => document.activeElement?.getAttribute("aria-label") === name, markDone);
  }
  expect(reached, "the Mark done button is reachable with Tab").toBe(true);
  await member.keyboard.press("Enter");
  const edit = member.getByRole("form", { name: `Edit the action “${title}”` });
  await expect(edit.getByLabel("Completion note")).toBeFocused();
  await expect(edit.getByLabel("Progress (%)")).toHaveValue("100");
  await member.keyboard.type("Panel briefed on 2 December; minutes filed");
  await member.keyboard.press("Tab");
  await expect(edit.getByRole("button", { name: "Save" })).toBeFocused();
  await member.keyboard.press("Enter");
  await expect(edit).toHaveCount(0);

  // It moves to Recently done, and the focus follows it there.
  const done = member.getByRole("region", { name: /^Recently done/ });
  const doneRow = done.getByRole("listitem").filter({ hasText: title });
  await expect(doneRow).toContainText("Completed: Panel briefed on 2 December; minutes filed");
  await expect(doneRow).toContainText("100%");
  await expect(soon.getByRole("listitem").filter({ hasText: title })).toHaveCount(0);
  await expect(doneRow.getByRole("button", { name: `Update: “${title}”` })).toBeFocused();

  // The coordinator's list shows Hong Kong's progress on that recommendation moved.
  await coordinator.goto(list);
  await expect.poll(() => hongKongProgress(coordinator, code), { timeout: 5_000 }).not.toBe(progressBefore);

  // Clean in both themes, and no sideways scroll on a phone.
  await axeInBothThemes(member);
  await member.emulateMedia({ colorScheme: "light" });
  await member.screenshot({ path: test.info().outputPath("my-work-desktop.png"), fullPage: true });
  await member.setViewportSize({ width: 390, height: 844 });
  await member.waitForTimeout(200);
  expect(await member.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  await doneRow.scrollIntoViewIfNeeded();
  await member.screenshot({ path: test.info().outputPath("my-work-390.png") });
  await member.context().close();
  await coordinator.context().close();
});

test("the overdue badge counts the member's agency's overdue actions; another agency's work is refused politely", async ({
  browser,
}) => {
  const coordinator = await signedIn(browser, demoAccounts.coordinator.email);
  const code = await hongKongRecommendation(coordinator.request);
  const title = `Overdue for the badge ${Date.now().toString(36)}`;
  const created = await coordinator.request.post(`/api/v1/recommendations/${code}/actions`, {
    data: { title, agency: "hk-itib", dueDate: fromToday(-3) },
  });
  expect(created.status()).toBe(201);

  const member = await signedIn(browser, demoAccounts.hkMember.email);
  const { data } = (await (await member.request.get("/api/v1/my-work")).json()) as {
    data: { agency: { key: string }; groups: { overdue: { title: string; daysOverdue: number }[] } };
  };
  expect(data.agency.key).toBe("hk-itib");
  const overdue = data.groups.overdue.length;
  expect(data.groups.overdue.find((a) => a.title === title)?.daysOverdue).toBe(3);
  const link = member.getByRole("navigation", { name: "Main" }).getByRole("link", { name: /^My work/ });
  await expect(link).toHaveAccessibleName(`My work ${overdue} overdue`);
  await expect(link.getByTestId("overdue-badge")).toHaveText(String(overdue));
  const overdueRow = member
    .getByRole("region", { name: /^Overdue/ })
    .getByRole("listitem")
    .filter({ hasText: title });
  await expect(overdueRow).toContainText("Overdue by 3 days");
  await expect(overdueRow).toContainText("Unassigned");

  // Only mine leaves out what is not assigned to them.
  await member.getByRole("navigation", { name: "Whose actions" }).getByRole("link", { name: "Only mine" }).click();
  await expect(member).toHaveURL(/scope=mine/);
  await expect(member.getByRole("listitem").filter({ hasText: title })).toHaveCount(0);

  // Another agency's work, asked for in the URL: refused with the reason, and a way back.
  await member.goto("/my-work?agency=sz-stic");
  const alert = member.locator("[role=alert][data-access-denied]");
  await expect(alert).toContainText("Agency members see their own agency's work here");
  await alert.getByRole("link", { name: "Open My work" }).click();
  await expect(member).toHaveURL(/\/my-work$/);
  const refused = await member.request.get("/api/v1/my-work?agency=sz-stic");
  expect(refused.status()).toBe(403);
  expect((await refused.json()).error.message).toMatch(/their own agency's work/);

  // The coordinator picks Hong Kong's agency (kept in the URL) and sees what needs attention.
  await coordinator.goto("/my-work");
  await expect(coordinator.getByRole("heading", { name: "Needs attention" })).toBeVisible();
  await coordinator.getByLabel("Agency").selectOption("hk-itib");
  await coordinator.getByRole("button", { name: "Show" }).click();
  await expect(coordinator).toHaveURL(/agency=hk-itib/);
  await expect(coordinator.getByText("Actions of Innovation, Technology and Industry Bureau")).toBeVisible();
  await expect(
    coordinator
      .getByRole("region", { name: /^Overdue/ })
      .getByRole("listitem")
      .filter({ hasText: title }),
  ).toBeVisible();
  const unassigned = coordinator.getByRole("region", { name: /^Actions without an assignee/ });
  await expect(unassigned.getByRole("link", { name: /^Show all \d+/ })).toBeVisible();
  await unassigned.getByRole("link", { name: /^Show all \d+/ }).click();
  await expect(coordinator).toHaveURL(/show=unassigned/);
  await expect(coordinator).toHaveURL(/agency=hk-itib/);
  await expect(unassigned.getByRole("link", { name: new RegExp(code) }).filter({ hasText: title })).toBeVisible();
  await axeInBothThemes(coordinator);
  await coordinator.emulateMedia({ colorScheme: "light" });
  await coordinator.screenshot({ path: test.info().outputPath("my-work-coordinator.png"), fullPage: true });
  await coordinator.setViewportSize({ width: 390, height: 844 });
  await coordinator.waitForTimeout(200);
  expect(
    await coordinator.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
  ).toBeLessThanOrEqual(0);
  await member.context().close();
  await coordinator.context().close();
});
