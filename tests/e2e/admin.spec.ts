import { expect, test } from "./test";
import { demoAccounts, LoginPage, signInAs } from "./fixtures";

test("an admin creates a member who signs in, then deactivates them and their open session ends", async ({
  page,
  browser,
}, testInfo) => {
  const email = `e2e.member.${Date.now()}@example.org`;
  const name = "Evelyn Example";
  const password = "a long e2e passphrase";

  await signInAs(page, demoAccounts.admin.email);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Admin" }).click();
  await expect(page).toHaveURL(/\/admin\/users$/);
  await expect(page.getByRole("heading", { name: "Users", level: 1 })).toBeVisible();

  const form = page.getByRole("form", { name: "New user" });
  await form.getByLabel("Name", { exact: true }).fill(name);
  await form.getByLabel("E-mail", { exact: true }).fill(email);
  await form.getByLabel("Role", { exact: true }).selectOption("member");
  await form.getByLabel("Agency", { exact: true }).selectOption("sz-stic");
  await form.getByLabel("Initial password", { exact: true }).fill(password);
  await form.getByRole("button", { name: "Create user" }).click();
  await expect(form.getByRole("status")).toHaveText(`Created the account of ${name} (${email}). They can sign in now.`);

  const row = page.locator("tr", { hasText: email });
  await expect(row.getByRole("combobox", { name: `Role of ${name}` })).toHaveValue("member");
  await expect(row.getByRole("combobox", { name: `Agency of ${name}` })).toHaveValue("sz-stic");
  await expect(row.getByText("Active", { exact: true })).toBeVisible();

  // The new member signs in, in a browser of their own.
  const other = await browser.newContext({ baseURL: testInfo.project.use.baseURL });
  try {
    const memberPage = await other.newPage();
    const login = new LoginPage(memberPage);
    await login.goto();
    await login.signIn(email, password);
    await expect(memberPage).toHaveURL(/\/my-work/);
    await expect(memberPage.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Admin" })).toHaveCount(
      0,
    );

    // The admin deactivates them; their open session is refused on its next navigation.
    await row.getByRole("button", { name: `Deactivate ${name}` }).click();
    await expect(row.getByRole("status")).toHaveText(`Deactivated ${name}: their sessions have ended.`);
    await expect(row.getByText("Deactivated", { exact: true })).toBeVisible();

    await memberPage.goto("/recommendations");
    await expect(memberPage).toHaveURL(/\/login\?callbackUrl=/);
    expect((await memberPage.request.get("/api/v1/recommendations")).status()).toBe(401);
  } finally {
    await other.close();
  }

  // The security log shows both changes, newest first.
  await page
    .getByRole("navigation", { name: "Administration" })
    .getByRole("link", { name: "Security activity" })
    .click();
  const events = page.locator("tbody tr", { hasText: email });
  await expect(events.first()).toContainText("Account deactivated");
  await expect(events.filter({ hasText: "Account created" })).toHaveCount(1);
});

test("a coordinator opening the admin pages is told they are for administrators, and sees no data", async ({
  page,
}) => {
  await signInAs(page, demoAccounts.coordinator.email);
  const nav = page.getByRole("navigation", { name: "Main" });
  await expect(nav.getByRole("link", { name: "Admin" })).toHaveCount(0);
  await expect(nav.getByRole("link", { name: "API tokens" })).toBeVisible();

  for (const path of ["/admin/users", "/admin/agencies", "/admin/activity"]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { name: "Only administrators can open this page" })).toBeVisible();
    await expect(page.getByRole("table")).toHaveCount(0);
    await expect(page.getByText(demoAccounts.viewer.email)).toHaveCount(0);
  }
});

test("a read token is shown once, reads the API, cannot write, and stops working when revoked", async ({
  page,
  request,
}) => {
  const tokenName = `e2e read ${Date.now()}`;
  await signInAs(page, demoAccounts.szMember.email);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "API tokens" }).click();
  await expect(page).toHaveURL(/\/settings\/tokens$/);
  await expect(page.getByRole("heading", { name: "API tokens", level: 1 })).toBeVisible();

  const form = page.getByRole("form", { name: "Create a token" });
  await form.getByLabel("Name", { exact: true }).fill(tokenName);
  await form.getByLabel("Read", { exact: true }).check();
  await form.getByRole("button", { name: "Create token" }).click();

  const box = page.getByRole("region", { name: `Your new token "${tokenName}"` });
  await expect(box.getByRole("alert")).toContainText("It will not be shown again");
  const token = await box.getByLabel("Token", { exact: true }).inputValue();
  expect(token).toMatch(/^tct_[A-Za-z0-9_-]{40,}$/);

  const auth = { Authorization: `Bearer ${token}` };
  const list = await request.get("/api/v1/recommendations", { headers: auth });
  expect(list.status()).toBe(200);
  const first = (await list.json()).data[0] as { code: string; version: number };

  const patch = await request.patch(`/api/v1/recommendations/${encodeURIComponent(first.code)}`, {
    headers: auth,
    data: { version: first.version, health: "on_track" },
  });
  expect(patch.status()).toBe(403);
  expect((await patch.json()).error.message).toMatch(/read-only/);

  // Shown once: after a reload only its first characters remain.
  await page.reload();
  await expect(page.getByText(token)).toHaveCount(0);
  const row = page.locator("tr", { hasText: tokenName });
  await expect(row).toContainText(`${token.slice(0, 10)}…`);
  await expect(row).toContainText("Active");

  await row.getByRole("button", { name: `Revoke ${tokenName}` }).click();
  await row.getByRole("button", { name: "Revoke token" }).click();
  await expect(row).toContainText("Revoked");
  await expect(row.getByRole("button", { name: `Revoke ${tokenName}` })).toHaveCount(0);

  expect((await request.get("/api/v1/recommendations", { headers: auth })).status()).toBe(401);
});
