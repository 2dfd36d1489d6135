import { expect, type Browser, type Page } from "@playwright/test";

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

export async function signInAs(page: Page, email: string) {
  const login = new LoginPage(page);
  await login.goto();
  await login.signIn(email);
  // Agency members land on My work, everyone else on the list.
  await expect(page).toHaveURL(/\/(recommendations|my-work)/);
}

/**
 * Opens the account menu. A click that lands before React has hydrated the page does nothing, so
 * the click is repeated until the menu is there (as a person would click again).
 */
export async function openAccountMenu(page: Page, name?: string) {
  const button = page.getByRole("button", { name: name ? `Account menu for ${name}` : /Account menu/ });
  await expect(async () => {
    if (!(await page.getByRole("menu").isVisible())) await button.click();
    await expect(page.getByRole("menu")).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
  return page.getByRole("menu");
}

/** A new browser context signed in as `email`, at `url` (when given) with the page settled. */
export async function openAs(browser: Browser, email: string, url?: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signInAs(page, email);
  if (url) {
    await page.goto(url);
    await page.waitForLoadState("networkidle");
  }
  return page;
}
