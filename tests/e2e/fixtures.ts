import { expect, type Browser, type Locator, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "twincity-demo";

export const demoAccounts = {
  admin: { email: "admin@demo.local", name: "Alex Admin", role: "Administrator" },
  coordinator: { email: "coordinator@demo.local", name: "Casey Coordinator", role: "Coordinator" },
  szMember: { email: "sz.member@demo.local", name: "Li Wei", role: "Agency member" },
  hkMember: { email: "hk.member@demo.local", name: "Chan Ka-yan", role: "Agency member" },
  viewer: { email: "viewer@demo.local", name: "Vivian Viewer", role: "Viewer" },
} as const;

/** The sign-in page, driven the way a person uses it: by its labels. */
export class LoginPage {
  constructor(private readonly page: Page) {}

  async goto(path = "/login") {
    await this.page.goto(path);
    await expect(this.page.getByRole("heading", { name: "Sign in" })).toBeVisible();
  }

  async signIn(email: string, password = DEMO_PASSWORD) {
    await this.page.getByLabel("Email").fill(email);
    await this.page.getByLabel("Password").fill(password);
    await this.page.getByRole("button", { name: "Sign in" }).click();
  }
}

/**
 * Signs `page`'s context in through next-auth's own endpoints (the sign-in form has its own spec),
 * then opens `path`: by default the landing page, as the form would; `null` stays on the current page,
 * for tests that only need the session's cookie for `page.request`.
 */
export async function signInAs(page: Page, email: string, path: string | null = "/") {
  const { csrfToken } = await (await page.request.get("/api/auth/csrf")).json();
  const res = await page.request.post("/api/auth/callback/credentials", {
    form: { csrfToken, email, password: DEMO_PASSWORD, json: "true" },
  });
  expect(res.status(), `sign in ${email}`).toBeLessThan(400);
  if (path === null) return;
  await page.goto(path);
  // Agency members land on My work, everyone else on the list.
  if (path === "/") await expect(page).toHaveURL(/\/(recommendations|my-work)/);
}

/** Signs in the way a person does: the form, then wherever it lands. */
export async function signInWithForm(page: Page, email: string) {
  const login = new LoginPage(page);
  await login.goto();
  await login.signIn(email);
  await expect(page).toHaveURL(/\/(recommendations|my-work)/);
}

/**
 * Opens the account menu. A click that lands before React has hydrated the page does nothing, so
 * the click is repeated until the menu is there (as a person would click again).
 */
export async function openAccountMenu(page: Page, name?: string | Locator) {
  // A locator for the button where the page is not in English.
  const button =
    typeof name === "object"
      ? name
      : page.getByRole("button", { name: name ? `Account menu for ${name}` : /Account menu/ });
  await expect(async () => {
    if (!(await page.getByRole("menu").isVisible())) await button.click();
    await expect(page.getByRole("menu")).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
  return page.getByRole("menu");
}

/** A new browser context signed in as `email`, at `url` (when given) with the page settled. */
export async function openAs(browser: Browser, email: string, url?: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signInAs(page, email, url ?? "/");
  if (url) await page.waitForLoadState("networkidle");
  return page;
}
