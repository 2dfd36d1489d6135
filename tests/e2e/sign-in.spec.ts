import { expect, test } from "@playwright/test";
import { demoAccounts, LoginPage, openAccountMenu, signInAs } from "./fixtures";

for (const [key, account] of Object.entries(demoAccounts)) {
  test(`${key} signs in and sees the recommendations`, async ({ page }) => {
    await signInAs(page, account.email);
    await expect(page.getByRole("heading", { name: "Recommendations", level: 1 })).toBeVisible();
    const menu = await openAccountMenu(page, account.name);
    await expect(menu.getByText(account.email)).toBeVisible();
    await expect(menu.getByText(`Role: ${account.role}`)).toBeVisible();
  });
}

test("a wrong password is refused with a clear message and no session", async ({ page }) => {
  const login = new LoginPage(page);
  await login.goto();
  await login.signIn(demoAccounts.admin.email, "not-the-password");
  await expect(page.getByRole("alert").filter({ hasText: /email or password is incorrect/i })).toBeVisible();
  await expect(page).toHaveURL(/\/login/);
  const api = await page.request.get("/api/v1/recommendations");
  expect(api.status()).toBe(401);
});

test("an unknown account gets the same message as a wrong password", async ({ page }) => {
  const login = new LoginPage(page);
  await login.goto();
  await login.signIn("nobody@demo.local");
  await expect(page.getByRole("alert").filter({ hasText: /email or password is incorrect/i })).toBeVisible();
});

test("a signed-out visitor is sent to sign in and brought back to the page they asked for", async ({ page }) => {
  await page.goto("/recommendations?theme=finance");
  await expect(page).toHaveURL(/\/login\?callbackUrl=/);
  await new LoginPage(page).signIn(demoAccounts.viewer.email);
  await expect(page).toHaveURL(/\/recommendations\?theme=finance/);
});

test("signing out ends the session", async ({ page }) => {
  await signInAs(page, demoAccounts.coordinator.email);
  await openAccountMenu(page);
  await page.getByRole("menuitem", { name: "Sign out", exact: true }).click();
  await expect(page).toHaveURL(/\/login/);
  await page.goto("/recommendations");
  await expect(page).toHaveURL(/\/login/);
});

test("the sign-in form works from the keyboard alone", async ({ page }) => {
  await new LoginPage(page).goto();
  await expect(page.getByLabel("Email")).toBeFocused();
  await page.keyboard.type(demoAccounts.szMember.email);
  await page.keyboard.press("Tab");
  await page.keyboard.type("twincity-demo");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/recommendations/);
});

test("repeated failures for one account are throttled, without holding back other accounts", async ({ page }) => {
  // Demo accounts sign in all through the suite, so the throttled account is one nobody else uses.
  const target = `throttle-${Date.now()}@demo.local`;
  const login = new LoginPage(page);
  await login.goto();
  const attempt = async (email: string) => {
    const answered = page.waitForResponse((r) => r.url().includes("/api/auth/callback/credentials"));
    await login.signIn(email, "not-the-password");
    await answered;
  };
  await attempt(target);
  await expect(page.getByRole("alert").filter({ hasText: /email or password is incorrect/i })).toBeVisible();
  for (let i = 0; i < 3; i++) await attempt(target);
  // 4 failures: the next attempt, this soon after, is refused unchecked and says how long to wait.
  await attempt(target);
  await expect(
    page.getByRole("alert").filter({ hasText: /^Too many failed sign-ins\. Try again in \d+ seconds?\.$/ }),
  ).toBeVisible();
  await expect(page).toHaveURL(/\/login/);

  // Same browser, same address, another account: signs in at once.
  await login.signIn(demoAccounts.viewer.email);
  await expect(page).toHaveURL(/\/recommendations/);
});

test("ending all sessions signs the user out in every other browser too", async ({ page, browser }, testInfo) => {
  const other = await browser.newContext({ baseURL: testInfo.project.use.baseURL });
  try {
    const otherPage = await other.newPage();
    await signInAs(otherPage, demoAccounts.hkMember.email);
    await signInAs(page, demoAccounts.hkMember.email);

    await openAccountMenu(page);
    await page.getByRole("menuitem", { name: /Sign out everywhere/ }).click();
    await expect(page).toHaveURL(/\/login/);

    // The other browser still holds its cookie, but it is no longer honoured.
    await otherPage.goto("/recommendations");
    await expect(otherPage).toHaveURL(/\/login\?callbackUrl=/);
    expect((await otherPage.request.get("/api/v1/recommendations")).status()).toBe(401);

    // Signing in again afterwards works as usual.
    await signInAs(otherPage, demoAccounts.hkMember.email);
  } finally {
    await other.close();
  }
});
