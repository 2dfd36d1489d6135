/**
 * A reporting round from start to end: the coordinator opens one over a filtered set, the Hong Kong
 * member is told by a notification, finds the request in My work, keeps a draft with a PDF attached
 * and submits it; the coordinator returns it with
 * a comment, the member answers again, the coordinator accepts it and the recommendation's health
 * changes with both people in its history; closing the round freezes the notes under its name.
 * Also: the API refusing a coordinator's answer and another agency's, axe in both themes and 390 px
 * on the list, the form and the round page.
 */
import { expect, test, type Browser, type Page } from "./test";
import { demoAccounts, signInAs } from "./fixtures";
import { seriousViolations } from "./axe";

/** Industry recommendations ITIB owns: in the seed R-003-P11 (accepted, at risk) is one of them. */
const FILTERS = "theme=industry&agency=hk-itib";
const CODE = "R-003-P11";
const REQUEST = `[data-request="${CODE}:hk-itib"]`;

/** A small PDF (its content is what the server checks, not its name). */
const PDF = Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n", "latin1");
const PDF_NAME = "pilot-line-evidence.pdf";
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

async function signedIn(browser: Browser, email: string, path: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signInAs(page, email, path);
  return page;
}

async function axeInBothThemes(page: Page, what: string) {
  for (const scheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await expect(page.locator("html")).toHaveClass(scheme === "dark" ? /\bdark\b/ : /^(?!.*\bdark\b)/);
    expect(await seriousViolations(page, ["main", "nav[aria-label=Main]"]), `axe on ${what}, ${scheme}`).toEqual([]);
  }
  await page.emulateMedia({ colorScheme: "light" });
}

async function noSidewaysScroll(page: Page, what: string) {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.waitForTimeout(200);
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), what).toBeLessThanOrEqual(
    0,
  );
  await page.screenshot({ path: test.info().outputPath(`${what.replace(/\W+/g, "-")}-390.png`), fullPage: true });
  await page.setViewportSize({ width: 1280, height: 900 });
}

test("a round over a filtered set: draft, submit, return, answer again, accept, close", async ({ browser }) => {
  test.setTimeout(180_000);
  const name = `E2E progress report ${Date.now().toString(36)}`;
  const coordinator = await signedIn(browser, demoAccounts.coordinator.email, `/rounds/new?${FILTERS}&sort=code`);

  // The list's query came along as the scope, and the server counts what it covers.
  await expect(coordinator.getByLabel("Filters", { exact: true })).toHaveValue(FILTERS);
  await expect(coordinator.getByTestId("scope-preview")).toContainText(/The round covers \d+ recommendations/);
  await coordinator.getByLabel("Name").fill(name);
  await coordinator.getByLabel("Due date").fill("2027-01-31");
  await coordinator.getByRole("button", { name: "Open the round" }).click();
  await expect(coordinator).toHaveURL(/\/rounds\/[0-9a-f-]{36}$/);
  await expect(coordinator.getByRole("heading", { level: 1, name })).toBeVisible();
  const roundUrl = new URL(coordinator.url()).pathname;
  await expect(coordinator.locator(REQUEST).getByText("Not started")).toBeVisible();
  await coordinator.screenshot({ path: test.info().outputPath("round-opened.png"), fullPage: true });

  // The Hong Kong member is told (the bell lists the round), finds it in My work and keeps a draft
  // with a PDF attached, neither of which the coordinator can read.
  const member = await signedIn(browser, demoAccounts.hkMember.email, "/my-work");
  await member.getByTestId("notification-bell").click();
  const told = member.getByRole("link", { name: new RegExp(`opened the round ${escapeRegExp(name)}`) });
  await expect(told).toBeVisible();
  await member.keyboard.press("Escape");
  const section = member.getByRole("region", { name: /Reporting requests/ });
  const row = section.locator(REQUEST).filter({ hasText: name });
  await expect(row).toBeVisible();
  await row.getByText("Answer", { exact: true }).click();
  await row.getByText("Evidence (none yet)").click();
  await row.getByLabel("Attach a file").setInputFiles({ name: PDF_NAME, mimeType: "application/pdf", buffer: PDF });
  await expect(row.getByRole("status").filter({ hasText: `Uploaded ${PDF_NAME}.` })).toBeVisible({ timeout: 20_000 });
  await row.getByLabel("Proposed health").selectOption({ label: "On track" });
  await row.getByLabel("Progress statement").fill("The joint pilot line started in November.");
  await row.getByLabel("New target date").fill("2027-06-30");
  await row.getByLabel("Why it changes").fill("Equipment arrives in the first quarter.");
  await row.getByRole("button", { name: "Save draft" }).click();
  await expect(row.getByRole("status").filter({ hasText: /Draft saved/ })).toBeVisible();
  await coordinator.reload();
  await expect(coordinator.locator(REQUEST).getByText("Draft", { exact: true })).toBeVisible();
  await expect(coordinator.getByText("The joint pilot line started in November.")).toHaveCount(0);
  await expect(coordinator.getByRole("link", { name: new RegExp(escapeRegExp(PDF_NAME)) })).toHaveCount(0);

  await row.getByRole("button", { name: "Submit answer" }).click();
  await expect(row.getByText("Submitted", { exact: true })).toBeVisible();

  // The coordinator reads it, with its PDF, and returns it with a comment.
  await coordinator.reload();
  const review = coordinator.locator(REQUEST);
  await expect(review.getByText("The joint pilot line started in November.")).toBeVisible();
  await expect(review.getByRole("link", { name: new RegExp(escapeRegExp(PDF_NAME)) })).toBeVisible();
  await review.getByLabel("Comment to the agency").fill("Name the partners on each side.");
  await review.getByRole("button", { name: "Return with comment" }).click();
  await expect(review.getByText("Returned", { exact: true })).toBeVisible();

  // The member sees the comment and answers again.
  await member.reload();
  const again = member
    .getByRole("region", { name: /Reporting requests/ })
    .locator(REQUEST)
    .filter({ hasText: name });
  await expect(again.getByText("Returned", { exact: true })).toBeVisible();
  await expect(again.getByRole("note")).toContainText("Name the partners on each side.");
  await again
    .getByLabel("Progress statement")
    .fill("The pilot line of ITIB and the Shenzhen industry bureau started in November.");
  await again.getByRole("button", { name: "Submit answer" }).click();
  await expect(again.getByText("Submitted", { exact: true })).toBeVisible();

  // The coordinator accepts: the health changes through the normal update, with both people in the history.
  await coordinator.reload();
  await coordinator.locator(REQUEST).getByRole("button", { name: "Accept into the record" }).click();
  await expect(coordinator.locator(REQUEST).getByText("Accepted", { exact: true })).toBeVisible();
  await coordinator.goto(`/recommendations/${CODE}`);
  await expect(coordinator.locator("header").getByText("On track")).toBeVisible();
  const history = coordinator.locator("#history");
  await expect(history).toContainText(new RegExp(`accepted.*${name}|${name}.*accepted`, "i"));
  await expect(history).toContainText("Casey Coordinator");
  await expect(history).toContainText("Chan Ka-yan");

  // Closing freezes the notes under the round's name.
  await coordinator.goto(roundUrl);
  await axeInBothThemes(coordinator, "the round page");
  await noSidewaysScroll(coordinator, "the round page");
  await coordinator.getByRole("button", { name: "Close round…" }).click();
  await coordinator.getByRole("button", { name: "Close the round" }).click();
  await expect(coordinator.getByRole("status").filter({ hasText: "Round closed" })).toContainText(name);
  await coordinator.goto(`/recommendations/${CODE}`);
  await expect(coordinator.getByRole("region", { name: "Progress notes" }).getByRole("link", { name })).toBeVisible();

  // The answers are read-only now.
  await member.goto(roundUrl);
  await expect(member.getByText(name).first()).toBeVisible();
  const closed = await member.request.put(`/api/v1${roundUrl}/answers/${CODE}`, {
    data: { statement: "Late edit", submit: false, version: 1 },
  });
  expect(closed.status()).toBe(422);
  expect((await closed.json()).error.message).toContain("is closed: its answers are read-only");

  await member.context().close();
  await coordinator.context().close();
});

test("the API: a coordinator answering and another agency's member are refused with a reason", async ({ browser }) => {
  const coordinator = await signedIn(browser, demoAccounts.coordinator.email, "/rounds");
  const opened = await coordinator.request.post("/api/v1/rounds", {
    data: { name: `E2E API round ${Date.now().toString(36)}`, dueDate: "2027-01-31", filters: { q: CODE } },
  });
  expect(opened.status()).toBe(201);
  const { round } = (await opened.json()).data;
  const detail = (await (await coordinator.request.get(`/api/v1/rounds/${round.id}`)).json()).data;
  expect(detail.counts.total.total).toBeGreaterThan(0);
  const version = detail.requests[0].recommendation.version;
  const answer = { statement: "From the coordinator", submit: false, version };
  const byCoordinator = await coordinator.request.put(`/api/v1/rounds/${round.id}/answers/${CODE}`, { data: answer });
  expect(byCoordinator.status()).toBe(403);
  expect((await byCoordinator.json()).error.message).toMatch(/Coordinators and administrators review answers/);

  const sz = await signedIn(browser, demoAccounts.szMember.email, "/rounds");
  const bySz = await sz.request.put(`/api/v1/rounds/${round.id}/answers/${CODE}`, { data: answer });
  expect(bySz.status()).toBe(403);
  const twice = await coordinator.request.post("/api/v1/rounds", {
    data: { name: round.name, dueDate: "2027-01-31" },
  });
  expect(twice.status()).toBe(409);

  // The list of rounds: axe in both themes and a phone's width.
  await coordinator.goto("/rounds");
  await expect(coordinator.getByRole("link", { name: round.name })).toBeVisible();
  await axeInBothThemes(coordinator, "the rounds list");
  await noSidewaysScroll(coordinator, "the rounds list");
  await coordinator.goto(`/rounds/new?${FILTERS}`);
  await expect(coordinator.getByTestId("scope-preview")).toContainText(/The round covers/);
  await axeInBothThemes(coordinator, "the new round form");
  await noSidewaysScroll(coordinator, "the new round form");
  await sz.context().close();
  await coordinator.context().close();
});
