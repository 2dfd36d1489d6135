/**
 * Actions as a list people work in, on the recommendation page: a coordinator assigns work to the
 * Hong Kong agency, the Hong Kong member sees it arrive live and completes it; what a member may
 * not do is refused with the reason.
 */
import { expect, test, type APIRequestContext, type Page } from "./test";
import { axeViolations } from "./axe";
import { demoAccounts, openAs } from "./fixtures";

/** A recommendation the Hong Kong agency owns and the Shenzhen agency does not. */
async function hongKongRecommendation(request: APIRequestContext): Promise<string> {
  const { data } = (await (await request.get("/api/v1/recommendations?pageSize=200&agency=hk-itib")).json()) as {
    data: { code: string; owners: { agency: { key: string } }[] }[];
  };
  const rec = data.find((r) => !r.owners.some((o) => o.agency.key === "sz-stic"));
  expect(rec, "the seed has a recommendation ITIB owns and SZSTI does not").toBeDefined();
  return rec!.code;
}

test("a coordinator assigns an action to Hong Kong; the Hong Kong member sees it live and completes it", async ({
  browser,
}) => {
  const probe = await openAs(browser, demoAccounts.coordinator.email, "/recommendations");
  const code = await hongKongRecommendation(probe.request);
  const page = `/recommendations/${code}`;
  await probe.context().close();
  const coordinator = await openAs(browser, demoAccounts.coordinator.email, page);
  const member = await openAs(browser, demoAccounts.hkMember.email, page);
  await member.evaluate(() => ((window as unknown as { liveMarker: number }).liveMarker = 7));
  const title = `Publish the joint data catalogue ${Date.now().toString(36)}`;

  // "a" opens the form (focus is not in a field), Enter saves.
  const actions = coordinator.getByRole("region", { name: "Actions" });
  await coordinator.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await coordinator.keyboard.press("a");
  const form = actions.getByRole("form", { name: "Add an action" });
  await expect(form.getByLabel("Title")).toBeFocused();
  await form.getByLabel("Title").fill(title);
  const itib = await form
    .getByLabel("Agency")
    .locator("option", { hasText: "Innovation, Technology and Industry Bureau" })
    .getAttribute("value");
  await form.getByLabel("Agency").selectOption(itib!);
  await form.getByLabel("Assignee").selectOption({ label: demoAccounts.hkMember.name });
  await form.getByLabel("Due date").fill("2027-03-31");
  await form.getByLabel("Title").press("Enter");
  await expect(form).toHaveCount(0);
  await expect(actions.getByRole("button", { name: "Add action" })).toBeFocused();
  const row = (page: Page) =>
    page.getByRole("region", { name: "Actions" }).getByRole("listitem").filter({ hasText: title });
  await expect(row(coordinator)).toContainText(demoAccounts.hkMember.name);

  // The member's page shows it without a reload.
  await expect(row(member)).toContainText("ITIB", { timeout: 3_000 });
  await expect(row(member)).toContainText(demoAccounts.hkMember.name);
  await expect(row(member)).toContainText(/Due .*2027/);
  expect(await member.evaluate(() => (window as unknown as { liveMarker?: number }).liveMarker)).toBe(7);

  // Mark done asks for the completion note and shows progress going to 100 before saving.
  await row(member)
    .getByRole("button", { name: `Mark done: “${title}”` })
    .click();
  const edit = member.getByRole("form", { name: `Edit the action “${title}”` });
  await expect(edit.getByLabel("Progress (%)")).toHaveValue("100");
  await expect(edit).toContainText("A done action is at 100 %.");
  await expect(edit.getByLabel("Completion note")).toBeFocused();
  await edit.getByLabel("Completion note").fill("Catalogue published at data.gov.hk on 2 December");
  await edit.getByRole("button", { name: "Save" }).click();
  await expect(edit).toHaveCount(0);
  await expect(row(member)).toContainText("Done");
  await expect(row(member)).toContainText("100%");
  await expect(row(member)).toContainText("Completed: Catalogue published at data.gov.hk on 2 December");
  await expect(row(coordinator)).toContainText("Completed: Catalogue published", { timeout: 3_000 });

  // The page passes axe and fits a phone's width.
  // The Actions section; the rest of the page belongs to other sections' own checks.
  const violations = await axeViolations(member, "section[aria-labelledby=actions-h]");
  expect(violations).toEqual([]);
  await member.setViewportSize({ width: 390, height: 844 });
  await member.waitForTimeout(200);
  expect(await member.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  await row(member).scrollIntoViewIfNeeded();
  await member.screenshot({ path: test.info().outputPath("actions-390.png"), fullPage: false });
  await coordinator.screenshot({ path: test.info().outputPath("actions-desktop.png"), fullPage: true });
  await member.context().close();
  await coordinator.context().close();
});

test("a member cannot reassign and is told why; a due-date change needs a reason; actions move by keyboard", async ({
  browser,
}) => {
  const member = await openAs(browser, demoAccounts.hkMember.email, "/recommendations");
  const code = await hongKongRecommendation(member.request);
  await member.goto(`/recommendations/${code}`);
  const actions = member.getByRole("region", { name: "Actions" });
  const title = `Consult the industry ${Date.now().toString(36)}`;
  await actions.getByRole("button", { name: "Add action" }).click();
  const form = actions.getByRole("form", { name: "Add an action" });
  // A member adds for their own agency only: it is the one choice.
  await expect(form.getByLabel("Agency").locator("option")).toHaveCount(1);
  await form.getByLabel("Title").fill(title);
  await form.getByLabel("Due date").fill("2027-05-31");
  await form.getByRole("button", { name: "Add" }).click();
  await expect(form).toHaveCount(0);

  const row = actions.getByRole("listitem").filter({ hasText: title });
  await row.getByRole("button", { name: `Edit “${title}”` }).click();
  const edit = actions.getByRole("form", { name: `Edit the action “${title}”` });
  await expect(edit.getByLabel("Agency")).toHaveCount(0);
  await expect(edit).toContainText(
    "Only coordinators and administrators can reassign an action to another agency or person; ask a coordinator to reassign it.",
  );
  // Escape cancels and gives the focus back to the Edit button.
  await edit.getByLabel("Title").press("Escape");
  await expect(edit).toHaveCount(0);
  await expect(row.getByRole("button", { name: `Edit “${title}”` })).toBeFocused();

  // A forged reassignment is refused by the server with the same reason.
  const { data } = await (await member.request.get(`/api/v1/recommendations/${code}`)).json();
  const added = (data.actions as { id: string; title: string }[]).find((a) => a.title === title)!;
  const view = (await (await member.request.get(`/api/v1/actions/${added.id}`)).json()).data;
  const forged = await member.request.patch(`/api/v1/actions/${added.id}`, {
    data: { version: view.version, agency: "sz-stic" },
  });
  expect(forged.status()).toBe(403);
  expect((await forged.json()).error.message).toMatch(/Only coordinators and administrators can reassign/);

  // A new due date without a reason is refused next to the field; with one it is kept and counted.
  await row.getByRole("button", { name: `Edit “${title}”` }).click();
  await edit.getByLabel("Due date").fill("2027-06-30");
  await edit.getByRole("button", { name: "Save" }).click();
  await expect(edit.getByLabel("Why the due date changes")).toHaveAttribute("aria-invalid", "true");
  await expect(edit).toContainText("Required when the due date changes");
  await edit.getByLabel("Why the due date changes").fill("The consultation period was extended");
  await edit.getByLabel("Why the due date changes").press("Enter");
  await expect(edit).toHaveCount(0);
  await expect(row).toContainText("Due date revised once");

  // Move it up with the keyboard: the focus stays on the moved action's button.
  const up = row.getByRole("button", { name: `Move “${title}” up` });
  await up.focus();
  await member.keyboard.press("Enter");
  await expect(actions.getByRole("status").filter({ hasText: "moved to place" })).toBeVisible();
  const after = (await (await member.request.get(`/api/v1/actions/${added.id}`)).json()).data;
  expect(after.position).toBe(view.position - 1);
  await expect(row.getByRole("button", { name: /Move “.*” (up|down)/ }).first()).toBeVisible();
  expect(await member.evaluate(() => document.activeElement?.getAttribute("aria-label") ?? "")).toMatch(title);
  await member.context().close();
});
