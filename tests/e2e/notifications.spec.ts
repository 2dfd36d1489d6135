/**
 * Notifications as people meet them: the bell's count rises live when an action is assigned in
 * another browser, opening an item marks it read, mark all read; the list page and the settings
 * page (which says no mail is sent without SMTP_URL); an unsubscribe link used signed out.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "./test";
import { createUnsubscribeToken } from "@/lib/notifications/unsubscribe-token";
import { demoAccounts, openAs } from "./fixtures";
import { seriousViolations } from "./axe";

const bell = (page: Page) => page.getByTestId("notification-bell");

/** axe in both themes, and no sideways scroll at 390 px, with a screenshot to look at. */
async function checkPage(page: Page, name: string) {
  for (const scheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await expect(page.locator("html")).toHaveClass(scheme === "dark" ? /\bdark\b/ : /^(?!.*\bdark\b)/);
    expect(await seriousViolations(page, "body"), `${name} in ${scheme}`).toEqual([]);
  }
  await page.emulateMedia({ colorScheme: "light" });
  await page.setViewportSize({ width: 390, height: 844 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  await page.screenshot({ path: test.info().outputPath(`${name}-390.png`), fullPage: true });
  await page.setViewportSize({ width: 1280, height: 800 });
}

test("an action assigned in one browser rings the member's bell live; opening it and mark all read clear it", async ({
  browser,
}) => {
  const member = await openAs(browser, demoAccounts.hkMember.email, "/my-work");
  const coordinator = await openAs(browser, demoAccounts.coordinator.email);
  const me = (await (await member.request.get("/api/v1/me")).json()).data;
  const rec = (await (await coordinator.request.get("/api/v1/recommendations?agency=hk-itib&pageSize=1")).json())
    .data[0];
  const before = (await (await member.request.get("/api/v1/notifications?unread=true")).json()).unread as number;
  await expect(bell(member)).toHaveAccessibleName(
    before ? `Notifications, ${before} unread` : "Notifications, none unread",
  );

  const title = `Brief the joint committee ${Date.now().toString(36)}`;
  const created = await coordinator.request.post(`/api/v1/recommendations/${rec.code}/actions`, {
    data: { title, agency: "hk-itib", assigneeId: me.id, status: "todo", progress: 0 },
  });
  expect(created.status()).toBe(201);
  // No reload: the count arrives over the event stream.
  await expect(bell(member)).toHaveAccessibleName(`Notifications, ${before + 1} unread`, { timeout: 5_000 });

  await bell(member).click();
  const item = member.getByRole("link", {
    name: new RegExp(`Casey Coordinator assigned the action “${title}” on ${rec.code.replace(/\./g, "\\.")} to you`),
  });
  await expect(item).toBeVisible();
  for (const scheme of ["light", "dark"] as const) {
    await member.emulateMedia({ colorScheme: scheme });
    expect(await seriousViolations(member, "body"), `the open bell in ${scheme}`).toEqual([]);
  }
  await member.screenshot({ path: test.info().outputPath("bell-open.png") });
  await item.click();
  await expect(member).toHaveURL(new RegExp(`/recommendations/${encodeURIComponent(rec.code).replace(/\./g, "\\.")}`));
  await expect(bell(member)).toHaveAccessibleName(
    before ? `Notifications, ${before} unread` : "Notifications, none unread",
  );

  await bell(member).click();
  const markAll = member.getByRole("button", { name: "Mark all read" });
  if (await markAll.isEnabled()) await markAll.click();
  await expect(bell(member)).toHaveAccessibleName("Notifications, none unread");
  await member.context().close();
  await coordinator.context().close();
});

test("the list page shows notifications, marks one read, and is accessible; with none it says so", async ({
  browser,
}) => {
  const coordinator = await openAs(browser, demoAccounts.coordinator.email);
  const member = await openAs(browser, demoAccounts.hkMember.email);
  const me = (await (await member.request.get("/api/v1/me")).json()).data;
  const rec = (await (await coordinator.request.get("/api/v1/recommendations?agency=hk-itib&pageSize=1")).json())
    .data[0];
  const title = `Collect the survey ${Date.now().toString(36)}`;
  await coordinator.request.post(`/api/v1/recommendations/${rec.code}/actions`, {
    data: { title, agency: "hk-itib", assigneeId: me.id, status: "todo", progress: 0 },
  });
  await member.goto("/notifications");
  await expect(member.getByRole("heading", { name: "Notifications", level: 1 })).toBeVisible();
  const list = member.getByRole("list", { name: "Notifications" });
  await expect(list.getByRole("link", { name: new RegExp(title) })).toBeVisible();
  await list.getByRole("button", { name: new RegExp(`Mark read: .*${title}`) }).click();
  await expect(list.getByRole("button", { name: new RegExp(`Mark read: .*${title}`) })).toHaveCount(0);
  await checkPage(member, "notifications");

  const viewer = await openAs(browser, demoAccounts.viewer.email, "/notifications");
  await expect(viewer.getByText("You have no notifications yet.")).toBeVisible();
  await checkPage(viewer, "notifications-empty");
  for (const p of [coordinator, member, viewer]) await p.context().close();
});

test("the settings page saves a choice per reason and says that no mail is sent without SMTP_URL", async ({
  browser,
}) => {
  const member = await openAs(browser, demoAccounts.szMember.email, "/settings/notifications");
  await expect(member.getByRole("heading", { name: "Notification settings" })).toBeVisible();
  await expect(member.getByTestId("no-mail")).toContainText("SMTP_URL is not set");
  const group = member.getByRole("group", { name: "An action of mine is overdue" });
  await group.getByRole("radio", { name: "At once" }).check();
  await member.getByRole("button", { name: "Save settings" }).click();
  await expect(member.getByRole("status").filter({ hasText: "Your notification settings are saved." })).toBeVisible();
  await member.reload();
  await expect(
    member.getByRole("group", { name: "An action of mine is overdue" }).getByRole("radio", { name: "At once" }),
  ).toBeChecked();
  const prefs = (await (await member.request.get("/api/v1/me/notification-preferences")).json()).data;
  expect(prefs).toMatchObject({ mailConfigured: false, delivery: { action_overdue: "immediate", mentioned: "daily" } });
  await checkPage(member, "notification-settings");
  await member.context().close();
});

test("an unsubscribe link works signed out, after a confirmation, and a forged one does nothing", async ({
  browser,
}) => {
  const member = await openAs(browser, demoAccounts.hkMember.email);
  const me = (await (await member.request.get("/api/v1/me")).json()).data;
  // The server's own secret (the embedded default keeps it in the data folder), as its mail would sign.
  const secret = readFileSync(path.join(process.env.E2E_DATA_DIR!, "auth-secret"), "utf8").trim();
  const token = createUnsubscribeToken({ userId: me.id, reason: "round_due_soon" }, secret);

  const anonymous = await (await browser.newContext()).newPage();
  await anonymous.goto(`/unsubscribe?token=${encodeURIComponent(token)}`);
  await expect(anonymous.getByText(`Stop e-mails to ${demoAccounts.hkMember.email} about:`)).toBeVisible();
  // Opening the link changed nothing (mail scanners open links); the button does.
  let prefs = (await (await member.request.get("/api/v1/me/notification-preferences")).json()).data;
  expect(prefs.delivery.round_due_soon).toBe("daily");
  await checkPage(anonymous, "unsubscribe");
  await anonymous.getByRole("button", { name: "Stop these e-mails" }).click();
  await expect(anonymous.getByRole("status")).toContainText("Done: no more e-mails");
  prefs = (await (await member.request.get("/api/v1/me/notification-preferences")).json()).data;
  expect(prefs.delivery).toMatchObject({ round_due_soon: "none", round_opened: "daily" });

  await anonymous.goto(`/unsubscribe?token=${encodeURIComponent(token.slice(0, -4))}AAAA`);
  await expect(anonymous.getByRole("alert").filter({ hasText: "This link is not valid" })).toBeVisible();
  await anonymous.context().close();
  await member.context().close();
});

test("an @mention in progress notes suggests people by name and tells the one mentioned", async ({ browser }) => {
  const code = "R-003-P6";
  const coordinator = await openAs(browser, demoAccounts.coordinator.email, `/recommendations/${code}`);
  const member = await openAs(browser, demoAccounts.hkMember.email);
  const editor = coordinator.getByRole("textbox", { name: /Progress notes/ });
  await expect(coordinator.getByTestId("notes-status")).toHaveText("Saved");
  await editor.click();
  await coordinator.keyboard.press("Control+End");
  await coordinator.keyboard.type(" Over to @Cha");
  const suggestions = coordinator.getByRole("listbox", { name: "People to mention" });
  await expect(suggestions.getByRole("option", { name: demoAccounts.hkMember.name })).toBeVisible();
  await coordinator.keyboard.press("Enter");
  await coordinator.keyboard.type("for the figures.");
  await expect(editor).toContainText(`@${demoAccounts.hkMember.name}`);
  // Told once the note's text is derived, after the edits pause.
  await expect
    .poll(
      async () =>
        (
          (await (await member.request.get("/api/v1/notifications")).json()).data as {
            reason: string;
            message: string;
          }[]
        )
          .filter((n) => n.reason === "mentioned")
          .map((n) => n.message),
      { timeout: 20_000 },
    )
    .toContain(`Casey Coordinator mentioned you in the progress notes of ${code}.`);
  await coordinator.context().close();
  await member.context().close();
});
