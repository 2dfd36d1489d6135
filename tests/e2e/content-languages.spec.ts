/**
 * Content in the reader's language: a coordinator writes an action's title in Simplified Chinese,
 * takes the Traditional version the form offers, and a Hong Kong reader (whose browser asks for
 * zh-HK) reads the Traditional title, marked as such for assistive technology, with the missing
 * translation of the description marked as a fallback.
 */
import { expect, test, type APIRequestContext, type Page } from "./test";
import { seriousViolations } from "./axe";
import { demoAccounts, openAs, signInAs } from "./fixtures";

/** A recommendation the Hong Kong agency owns. */
async function hongKongRecommendation(request: APIRequestContext): Promise<string> {
  const { data } = (await (await request.get("/api/v1/recommendations?pageSize=200&agency=hk-itib")).json()) as {
    data: { code: string }[];
  };
  expect(data.length, "the seed has a recommendation ITIB owns").toBeGreaterThan(0);
  return data[0]!.code;
}

const noSidewaysScroll = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

test("a Simplified title with its offered Traditional conversion reaches a Hong Kong reader in Traditional", async ({
  browser,
}) => {
  const coordinator = await openAs(browser, demoAccounts.coordinator.email, "/recommendations");
  const code = await hongKongRecommendation(coordinator.request);
  await coordinator.goto(`/recommendations/${code}`);
  const tag = Date.now().toString(36);
  const simplified = `设立深港联合数据实验室 ${tag}`;
  const traditional = `設立深港聯合數據實驗室 ${tag}`;
  const description = `先做可行性研究 ${tag}`;

  const actions = coordinator.getByRole("region", { name: "Actions" });
  await actions.getByRole("button", { name: "Add action" }).click();
  const form = actions.getByRole("form", { name: "Add an action" });
  // The reader's language first (English here); the others behind Translations.
  await expect(form.getByLabel("Title (English)")).toBeFocused();
  await expect(form.getByLabel("Title (Simplified Chinese)")).toHaveCount(0);
  await form.getByRole("button", { name: "Translations" }).click();
  await form.getByLabel("Title (Simplified Chinese)").fill(simplified);

  // The other script is offered, not filled.
  const traditionalField = form.getByLabel("Title (Traditional Chinese)");
  const take = form.getByRole("button", { name: "Use for Title (Traditional Chinese)" });
  await expect(take).toBeVisible();
  await expect(form.getByText(traditional)).toHaveAttribute("lang", "zh-Hant");
  await expect(traditionalField).toHaveValue("");
  await coordinator.screenshot({ path: test.info().outputPath("suggestion.png") });
  expect(await seriousViolations(coordinator, "main")).toEqual([]);
  await take.click();
  await expect(traditionalField).toHaveValue(traditional);
  await expect(traditionalField).toBeFocused();
  await expect(take).toHaveCount(0);

  // A description in Simplified only: a Traditional reader will see it marked as a fallback.
  await form.getByLabel("Description (Simplified Chinese)").fill(description);
  const itib = await form
    .getByLabel("Agency")
    .locator("option", { hasText: "Innovation, Technology and Industry Bureau" })
    .getAttribute("value");
  await form.getByLabel("Agency").selectOption(itib!);
  await form.getByRole("button", { name: "Add", exact: true }).click();
  await expect(form).toHaveCount(0);
  // No English title: the English reader sees the Simplified one, marked.
  const coordinatorRow = actions.getByRole("listitem").filter({ hasText: simplified });
  await expect(coordinatorRow.locator('[lang="zh-Hans"]').first()).toHaveText(simplified);
  await expect(coordinatorRow.locator('[data-fallback="zh-Hans"]').first()).toHaveAttribute(
    "title",
    "Shown in Simplified Chinese: no English translation yet",
  );

  // The API answers all three titles, the English one empty.
  const { data: saved } = (await (
    await coordinator.request.get(`/api/v1/actions?q=${encodeURIComponent(tag)}`)
  ).json()) as { data: { title: string; titles: Record<string, string>; descriptions: Record<string, string> }[] };
  expect(saved).toHaveLength(1);
  expect(saved[0]).toMatchObject({
    title: "",
    titles: { en: "", zhHans: simplified, zhHant: traditional },
    descriptions: { en: null, zhHans: description, zhHant: null },
  });
  await coordinator.context().close();

  // A Hong Kong reader: the browser says zh-HK, nothing was chosen in the app.
  const context = await browser.newContext({ locale: "zh-HK", extraHTTPHeaders: { "Accept-Language": "zh-HK" } });
  const reader = await context.newPage();
  await signInAs(reader, demoAccounts.hkMember.email, `/recommendations/${code}`);
  await expect(reader.locator("html")).toHaveAttribute("lang", "zh-Hant");
  const row = reader.getByRole("listitem", { name: traditional });
  await expect(row.locator('[lang="zh-Hant"]').first()).toHaveText(traditional);
  await expect(row).not.toContainText(simplified);
  // The description exists only in Simplified: shown, in its language, and marked.
  await expect(row.locator('[lang="zh-Hans"]').filter({ hasText: description })).toBeVisible();
  const mark = row.locator('[data-fallback="zh-Hans"]');
  await expect(mark).toBeVisible();
  await expect(mark).toHaveAttribute("lang", "zh-Hant");

  // The recommendation's title in Traditional, the other languages one click away.
  const heading = reader.getByRole("heading", { level: 1 });
  await expect(heading.locator("[lang]").first()).toHaveAttribute("lang", "zh-Hant");
  const english = reader.getByRole("button", { name: "English", exact: true });
  await expect(english).toHaveAttribute("aria-pressed", "false");
  await english.click();
  await expect(english).toHaveAttribute("aria-pressed", "true");
  await expect(heading.locator("[lang]").first()).toHaveAttribute("lang", "en");
  await reader.getByRole("button", { name: "繁體中文" }).click();
  await expect(heading.locator("[lang]").first()).toHaveAttribute("lang", "zh-Hant");

  await row.scrollIntoViewIfNeeded();
  await reader.screenshot({ path: test.info().outputPath("reader-zh-hant-light.png") });
  expect(await seriousViolations(reader, "main")).toEqual([]);
  await reader.emulateMedia({ colorScheme: "dark" });
  await reader.evaluate(() => localStorage.setItem("theme", "dark"));
  await reader.reload();
  await expect(reader.locator("html")).toHaveClass(/\bdark\b/);
  expect(await seriousViolations(reader, "main")).toEqual([]);
  await reader.setViewportSize({ width: 390, height: 844 });
  await reader.waitForTimeout(300);
  expect(await noSidewaysScroll(reader)).toBeLessThanOrEqual(0);
  await reader.getByRole("heading", { level: 1 }).scrollIntoViewIfNeeded();
  await reader.screenshot({ path: test.info().outputPath("reader-zh-hant-390-dark.png") });

  // My work and All actions show it in Traditional too.
  await reader.goto("/my-work");
  await expect(reader.locator('[lang="zh-Hant"]').filter({ hasText: traditional }).first()).toBeVisible();
  expect(await noSidewaysScroll(reader)).toBeLessThanOrEqual(0);
  await reader.goto(`/actions?q=${encodeURIComponent(tag)}`);
  await expect(reader.locator('[lang="zh-Hant"]').filter({ hasText: traditional }).first()).toBeVisible();
  await reader.screenshot({ path: test.info().outputPath("all-actions-zh-hant-390.png") });
  await context.close();
});
