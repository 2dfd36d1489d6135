import { expect, test, type Browser, type BrowserContext, type Page } from "./test";
import { demoAccounts, openAccountMenu, signInAs } from "./fixtures";

/** Progress notes: two people typing in the same note, in two browsers, through the real server. */

async function openNote(
  browser: Browser,
  email: string,
  code: string,
): Promise<{ page: Page; context: BrowserContext }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInAs(page, email, `/recommendations/${code}#notes`);
  await expect(page.getByTestId("notes-status")).toHaveText("Saved");
  return { page, context };
}

const editor = (page: Page) => page.getByRole("textbox", { name: /Progress notes/ });
/** The note's own text, without other people's carets and their name labels. */
const noteText = (page: Page) =>
  editor(page).evaluate((el) => {
    const copy = el.cloneNode(true) as HTMLElement;
    copy.querySelectorAll(".collaboration-carets__caret").forEach((c) => c.remove());
    return copy.textContent ?? "";
  });

test("two people typing in the same note see each other's text and named caret within a second", async ({
  browser,
}) => {
  const code = "R-003-P6";
  const { page: casey } = await openNote(browser, demoAccounts.coordinator.email, code);
  const { page: alex } = await openNote(browser, demoAccounts.admin.email, code);

  await editor(casey).click();
  await casey.keyboard.press("Control+End");
  await casey.keyboard.type(" Casey wrote this.");
  await expect(editor(alex)).toContainText("Casey wrote this.", { timeout: 1_000 });
  await expect(alex.locator(".collaboration-carets__label", { hasText: "Casey Coordinator" })).toBeVisible({
    timeout: 1_000,
  });

  await editor(alex).click();
  await alex.keyboard.press("Control+End");
  await alex.keyboard.type(" Alex answered.");
  await expect(editor(casey)).toContainText("Alex answered.", { timeout: 1_000 });
  await expect(casey.locator(".collaboration-carets__label", { hasText: "Alex Admin" })).toBeVisible({
    timeout: 1_000,
  });

  // Both are listed as present, and "Saved" comes from the server's acknowledgement.
  await expect(casey.getByTestId("notes-presence").getByRole("listitem")).toHaveCount(2);
  await expect(casey.getByTestId("notes-status")).toHaveText("Saved");
  await expect(alex.getByTestId("notes-status")).toHaveText("Saved");

  // What was shown as saved is there after a reload.
  await casey.reload();
  await expect(editor(casey)).toContainText("Casey wrote this.");
  await expect(editor(casey)).toContainText("Alex answered.");
});

test("undo takes back your own typing, never someone else's", async ({ browser }) => {
  const code = "R-003-P17";
  const { page: casey } = await openNote(browser, demoAccounts.coordinator.email, code);
  const { page: alex } = await openNote(browser, demoAccounts.admin.email, code);
  await editor(alex).click();
  await alex.keyboard.type("Alex's line.");
  await expect(editor(casey)).toContainText("Alex's line.");
  await editor(casey).click();
  await casey.keyboard.press("Control+End");
  await casey.keyboard.type(" Casey's words.");
  await expect(editor(alex)).toContainText("Casey's words.");
  await casey.keyboard.press("Control+z");
  await expect.poll(() => noteText(casey)).toBe("Alex's line.");
  await expect.poll(() => noteText(alex)).toBe("Alex's line.");
  await expect(casey.getByTestId("notes-status")).toHaveText("Saved");
});

test("a viewer reads the note but cannot change it", async ({ browser }) => {
  const code = "R-003-P11";
  const { page: casey } = await openNote(browser, demoAccounts.coordinator.email, code);
  await editor(casey).click();
  await casey.keyboard.type("Coordinator's note.");
  await expect(casey.getByTestId("notes-status")).toHaveText("Saved");

  const { page: viewer } = await openNote(browser, demoAccounts.viewer.email, code);
  await expect(editor(viewer)).toContainText("Coordinator's note.");
  await expect(editor(viewer)).toHaveAttribute("contenteditable", "false");
  await expect(viewer.getByRole("toolbar", { name: "Formatting" })).toHaveCount(0);
  await expect(viewer.getByText("Read only: you can read these notes but not change them.")).toBeVisible();
});

test("edits made offline are kept across a reload and merged when the connection returns", async ({ browser }) => {
  const code = "R-003-P13";
  const { page, context } = await openNote(browser, demoAccounts.coordinator.email, code);
  await editor(page).click();
  await page.keyboard.type("Online line.");
  await expect(page.getByTestId("notes-status")).toHaveText("Saved");

  let online = false;
  await context.routeWebSocket(/\/collab/, (ws) => {
    if (online) ws.connectToServer();
    else ws.close({ code: 1006, reason: "offline" });
  });
  await page.reload();
  await expect(page.getByTestId("notes-status")).toHaveText("Offline: changes kept on this device");
  await expect(editor(page)).toContainText("Online line.");
  await editor(page).click();
  await page.keyboard.press("Control+End");
  await page.keyboard.type(" Offline line.");
  await page.waitForTimeout(300); // y-indexeddb writes in the background
  await page.reload();
  await expect(editor(page)).toContainText("Offline line.");

  online = true;
  await expect(page.getByTestId("notes-status")).toHaveText("Saved", { timeout: 15_000 });
  const { page: other } = await openNote(browser, demoAccounts.admin.email, code);
  await expect(editor(other)).toContainText("Online line. Offline line.");

  // Signing out removes the local copies from this browser.
  expect(
    await page.evaluate(
      async () => (await indexedDB.databases()).filter((d) => d.name?.startsWith("tct-note:")).length,
    ),
  ).toBeGreaterThan(0);
  const menu = await openAccountMenu(page);
  await menu.getByRole("menuitem", { name: "Sign out", exact: true }).click();
  await expect(page).toHaveURL(/\/login/);
  expect(
    await page.evaluate(
      async () => (await indexedDB.databases()).filter((d) => d.name?.startsWith("tct-note:")).length,
    ),
  ).toBe(0);
});

test("a coordinator freezes a report version, views it, and restores it into the live note", async ({ browser }) => {
  const code = "R-003-P14";
  const { page } = await openNote(browser, demoAccounts.coordinator.email, code);
  await editor(page).click();
  await page.keyboard.type("Quarter one text.");
  await expect(page.getByTestId("notes-status")).toHaveText("Saved");

  await page.getByLabel("Version name").fill("2026 Q1 report");
  await page.getByRole("button", { name: "Freeze as report version" }).click();
  await expect(page.getByText("Version “2026 Q1 report” saved.")).toBeVisible();

  await editor(page).click();
  await page.keyboard.press("Control+A");
  await page.keyboard.type("Rewritten later.");
  await expect(page.getByTestId("notes-status")).toHaveText("Saved");

  const { page: watcher } = await openNote(browser, demoAccounts.admin.email, code);
  await expect.poll(() => noteText(watcher)).toBe("Rewritten later.");

  await page.getByRole("link", { name: "2026 Q1 report" }).click();
  await expect(page.getByTestId("note-version-content")).toHaveText("Quarter one text.");
  page.once("dialog", (d) => void d.accept());
  await page.getByRole("button", { name: "Restore into the live notes" }).click();
  // The other person, still connected, sees the restored content without reloading.
  await expect.poll(() => noteText(watcher), { timeout: 3_000 }).toBe("Quarter one text.");

  // The history shows the edits once, not per keystroke.
  await page.goto(`/recommendations/${code}`);
  const history = page.getByRole("region", { name: "History" });
  await expect(history.getByText("Report version frozen: 2026 Q1 report")).toBeVisible();
  await expect(history.getByText("Notes restored from version: 2026 Q1 report")).toBeVisible();
});

test("an administrator repairs a note: the control says what it does and did, and editors reconnect", async ({
  browser,
}) => {
  const code = "R-003-P18";
  const { page: coordinator } = await openNote(browser, demoAccounts.coordinator.email, code);
  await editor(coordinator).click();
  await coordinator.keyboard.type("Kept through the repair.");
  await expect(coordinator.getByTestId("notes-status")).toHaveText("Saved");
  // Coordinators may freeze versions but not repair.
  await expect(coordinator.getByRole("heading", { name: "Repair this note (administrators)" })).toHaveCount(0);

  const { page: admin } = await openNote(browser, demoAccounts.admin.email, code);
  const repair = admin.getByRole("region", { name: "Repair this note (administrators)" });
  await expect(repair.getByText(/drops content that refers to parts the server never received/)).toBeVisible();
  await expect(repair.getByLabel("Content after the repair")).toHaveValue("");
  admin.once("dialog", (d) => void d.accept());
  await repair.getByRole("button", { name: "Repair note" }).click();
  await expect(repair.getByRole("status")).toHaveText(
    /^Repaired: stored size .+ → .+\. Nothing unusable was found\. The current content was kept\.$/,
  );
  // Everyone connected was reconnected to the repaired note, with its content, and can write on.
  await expect(coordinator.getByTestId("notes-status")).toHaveText("Saved");
  await expect.poll(() => noteText(coordinator)).toBe("Kept through the repair.");
  await editor(coordinator).click();
  await coordinator.keyboard.press("End");
  await coordinator.keyboard.type(" And after.");
  await expect(coordinator.getByTestId("notes-status")).toHaveText("Saved");
  await expect.poll(() => noteText(admin)).toBe("Kept through the repair. And after.");
});
