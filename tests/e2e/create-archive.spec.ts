import { expect, test } from "./test";
import { demoAccounts, signInAs } from "./fixtures";

const EXCERPT = "Firstly, deepen the connectivity mechanism between the financial markets of the two places.";

test("a coordinator creates a recommendation, archives it and restores it; nothing is deleted", async ({ page }) => {
  const code = `R-004-E${Date.now().toString(36)}`;
  await signInAs(page, demoAccounts.coordinator.email);
  await page.getByRole("link", { name: "New recommendation" }).click();
  await expect(page.getByRole("heading", { name: "New recommendation" })).toBeVisible();

  const form = page.getByRole("form", { name: "New recommendation" });
  await form.getByLabel("Code").fill(code);
  await form.getByLabel("Theme").selectOption("finance");
  await form.getByLabel("Title (English)").fill("Pilot a cross-boundary green bond channel");
  await form.getByLabel("Title (Simplified Chinese)").fill("试点跨境绿色债券通道");
  await form.getByLabel("Title (Traditional Chinese)").fill("試點跨境綠色債券通道");
  await form
    .getByLabel("Summary (English)")
    .fill("Open a channel for green bonds issued in one city to be bought in the other.");
  await form.getByLabel("Summary (Simplified Chinese)").fill("开通绿色债券跨境通道。");
  await form.getByLabel("Summary (Traditional Chinese)").fill("開通綠色債券跨境通道。");
  await form.getByLabel("Lead agency, Shenzhen side").selectOption("sz-lfa");
  await form.getByLabel("Lead agency, Hong Kong side").selectOption("hk-hkma");
  await form.getByLabel("Document", { exact: true }).selectOption("004_7d5a100826662ce7");
  await form.getByLabel("Where in the document").fill("Section 4.3.2");

  // An excerpt that is not in the document is refused next to its field.
  await form.getByLabel("Excerpt").fill("Words the author never wrote.");
  await form.getByRole("button", { name: "Create recommendation" }).click();
  await expect(form.getByText("Not found word for word in the document")).toBeVisible();

  await form.getByLabel("Excerpt").fill(EXCERPT);
  await form.getByRole("button", { name: "Create recommendation" }).click();
  await expect(page).toHaveURL(new RegExp(`/recommendations/${code}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Pilot a cross-boundary green bond channel");
  await expect(page.locator("blockquote")).toHaveText(EXCERPT);
  await expect(page.getByRole("region", { name: "History" })).toContainText("Recommendation created");

  // Archive: gone from the list, still there with "Include archived", and changes are refused.
  const archive = page.getByRole("region", { name: "Archive" });
  await archive.getByRole("button", { name: "Archive…" }).click();
  await archive.getByLabel("Reason (optional)").fill("Duplicate of R-004-4.3.2-a");
  await archive.getByRole("button", { name: "Archive it" }).click();
  await expect(archive.getByRole("status")).toHaveText("Archived.");
  await page.goto(`/recommendations?q=${code}`);
  await expect(page.getByText("No recommendation matches these filters.")).toBeVisible();
  await page.goto(`/recommendations?q=${code}&archived=include`);
  await expect(page.getByRole("table").getByRole("link")).toHaveText(["Pilot a cross-boundary green bond channel"]);
  const rec = (await (await page.request.get(`/api/v1/recommendations/${code}`)).json()).data;
  expect(rec.archivedAt).not.toBeNull();
  const refused = await page.request.patch(`/api/v1/recommendations/${code}`, {
    data: { version: rec.version, health: "at_risk" },
  });
  expect(refused.status()).toBe(403);

  await page.goto(`/recommendations/${code}`);
  await page.getByRole("region", { name: "Archive" }).getByRole("button", { name: "Restore" }).click();
  await expect(page.getByRole("region", { name: "Archive" }).getByRole("status")).toHaveText("Restored.");
  const restored = (await (await page.request.get(`/api/v1/recommendations/${code}`)).json()).data;
  expect(restored.archivedAt).toBeNull();
  await page.reload();
  await expect(page.getByRole("region", { name: "History" })).toContainText("Reason: Duplicate of R-004-4.3.2-a");
});

test("members and viewers are told they cannot create recommendations", async ({ page }) => {
  await signInAs(page, demoAccounts.hkMember.email);
  await expect(page.getByRole("link", { name: "New recommendation" })).toHaveCount(0);
  await page.goto("/recommendations/new");
  await expect(
    page.getByRole("alert").filter({ hasText: "Only coordinators and administrators can do this." }),
  ).toBeVisible();
});
