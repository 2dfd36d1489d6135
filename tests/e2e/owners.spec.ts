/**
 * The Owners card on the recommendation page: a coordinator adds a supporting Hong Kong agency and
 * names its contact (someone without an account, by name and e-mail), and the API then serves both;
 * a viewer sees the owners without any control to change them. Axe-clean in both themes, and it
 * fits a phone's width.
 */
import { expect, test, type Page } from "./test";
import { demoAccounts, openAccountMenu, openAs } from "./fixtures";
import { seriousViolations } from "./axe";

const NEW_OWNER = { key: "hk-hkstp", abbreviation: "HKSTP" };
const CONTACT = { name: "Ada Wong", email: "ada.wong@hkstp.example" };

/** Serious and critical axe-core violations in the Owners card. */
const axeViolations = (page: Page) => seriousViolations(page, "section[aria-labelledby=owners-h]");

const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

test("a coordinator adds a supporting Hong Kong owner and names its contact; the API shows them", async ({
  browser,
}) => {
  const probe = await openAs(browser, demoAccounts.coordinator.email, "/recommendations");
  const { data } = (await (await probe.request.get("/api/v1/recommendations?pageSize=200&agency=sz-stic")).json()) as {
    data: { code: string; owners: { agency: { key: string } }[] }[];
  };
  const code = data.find((r) => !r.owners.some((o) => o.agency.key === NEW_OWNER.key))?.code;
  expect(code, "a recommendation HKSTP does not own yet").toBeDefined();
  await probe.context().close();
  const page = await openAs(browser, demoAccounts.coordinator.email, `/recommendations/${code}`);
  const owners = page.getByRole("region", { name: "Owners" });
  const hongKong = owners.getByRole("region", { name: "Hong Kong" });

  // Add HKSTP as supporting, from the keyboard-reachable form.
  await owners.getByRole("button", { name: "Add owner" }).click();
  const form = owners.getByRole("form", { name: "Add an owning agency" });
  await expect(form.getByLabel("Agency")).toBeFocused();
  const value = await form
    .getByLabel("Agency")
    .locator("option", { hasText: `${NEW_OWNER.abbreviation} ·` })
    .getAttribute("value");
  await form.getByLabel("Agency").selectOption(value!);
  await expect(form.getByLabel("Role")).toHaveValue("supporting");
  await expect(form.getByRole("group", { name: "Contact" }).getByLabel("No contact")).toBeChecked();

  // Axe with the form open, in the light theme; and the card fits a phone's width.
  expect(await axeViolations(page)).toEqual([]);
  await page.setViewportSize({ width: 390, height: 844 });
  expect(await overflow(page)).toBeLessThanOrEqual(0);
  await form.scrollIntoViewIfNeeded();
  await page.screenshot({ path: test.info().outputPath("owners-add-390.png") });
  await page.setViewportSize({ width: 1280, height: 900 });

  await form.getByRole("button", { name: "Add owner" }).click();
  await expect(form).toHaveCount(0);
  await expect(owners.getByText(`${NEW_OWNER.abbreviation} added as an owner (Supporting).`)).toBeVisible();
  await expect(owners.getByRole("button", { name: "Add owner" })).toBeFocused();
  const row = hongKong.getByRole("listitem").filter({ hasText: `(${NEW_OWNER.abbreviation})` });
  await expect(row).toContainText("Supporting");
  await expect(row).toContainText("No contact named");

  // Name the contact: someone without an account. A bad e-mail is refused with a sentence first.
  await row.getByRole("button", { name: `Set contact for ${NEW_OWNER.abbreviation}` }).click();
  const contactForm = row.getByRole("form", { name: `Contact for ${NEW_OWNER.abbreviation}` });
  await contactForm.getByLabel("Someone without an account").check();
  await contactForm.getByLabel("Name").fill(CONTACT.name);
  await contactForm.getByLabel("E-mail (optional)").fill("ada at hkstp");
  await contactForm.getByRole("button", { name: "Save contact" }).click();
  await expect(contactForm.getByText(/must be an e-mail address like name@agency\.gov\.hk/)).toBeVisible();
  await expect(contactForm.getByLabel("E-mail (optional)")).toHaveAttribute("aria-invalid", "true");
  await contactForm.getByLabel("E-mail (optional)").fill(CONTACT.email);
  await contactForm.getByLabel("E-mail (optional)").press("Enter");
  await expect(contactForm).toHaveCount(0);
  await expect(row.getByRole("button", { name: `Set contact for ${NEW_OWNER.abbreviation}` })).toBeFocused();
  await expect(row).toContainText(`Contact: ${CONTACT.name}`);
  await expect(row.getByRole("link", { name: CONTACT.email })).toHaveAttribute("href", `mailto:${CONTACT.email}`);
  await expect(row).toContainText("(no account)");

  // Done means: owners and contacts edited on the page appear in the API.
  const api = (await (await page.request.get(`/api/v1/recommendations/${code}`)).json()).data as {
    owners: { role: string; agency: { key: string; side: string }; contact: unknown }[];
  };
  expect(api.owners.find((o) => o.agency.key === NEW_OWNER.key)).toEqual(
    expect.objectContaining({
      role: "supporting",
      agency: expect.objectContaining({ side: "hong_kong" }),
      contact: { kind: "person", name: CONTACT.name, email: CONTACT.email },
    }),
  );
  // And the history says so.
  const history = page.getByRole("region", { name: "History" });
  await expect(history).toContainText(`Owning agency added: ${NEW_OWNER.abbreviation} (Supporting)`);
  await expect(history).toContainText(
    `Contact for ${NEW_OWNER.abbreviation}: none → ${CONTACT.name} (${CONTACT.email})`,
  );

  // Removing asks first; Escape keeps the owner and returns to the Remove button.
  await row.getByRole("button", { name: `Remove ${NEW_OWNER.abbreviation}` }).click();
  const confirm = row.getByRole("group", { name: /Remove HKSTP as an owner/ });
  await expect(confirm.getByRole("button", { name: `Remove ${NEW_OWNER.abbreviation}` })).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(confirm).toHaveCount(0);
  await expect(row.getByRole("button", { name: `Remove ${NEW_OWNER.abbreviation}` })).toBeFocused();

  // The dark theme: axe-clean too, with the contact form open.
  await openAccountMenu(page, demoAccounts.coordinator.name);
  await page.getByRole("menu").getByRole("menuitem", { name: "Dark" }).click();
  await expect(page.locator("html")).toHaveClass(/\bdark\b/);
  await row.getByRole("button", { name: `Set contact for ${NEW_OWNER.abbreviation}` }).click();
  await expect(row.getByRole("form", { name: `Contact for ${NEW_OWNER.abbreviation}` })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await owners.scrollIntoViewIfNeeded();
  await owners.screenshot({ path: test.info().outputPath("owners-dark.png") });
  await page.keyboard.press("Escape");
  await expect(row.getByRole("button", { name: `Set contact for ${NEW_OWNER.abbreviation}` })).toBeFocused();
  await page.context().close();
});

test("a viewer and an agency member see the owners and contacts, with no control to change them", async ({
  browser,
}) => {
  const probe = await openAs(browser, demoAccounts.viewer.email, "/recommendations");
  const { data } = (await (await probe.request.get("/api/v1/recommendations?pageSize=200&agency=sz-stic")).json()) as {
    data: {
      code: string;
      owners: { agency: { key: string; abbreviation: string }; contact: { name: string } | null }[];
    }[];
  };
  const rec = data.find((r) => r.owners.some((o) => o.contact))!;
  await probe.context().close();
  for (const email of [demoAccounts.viewer.email, demoAccounts.szMember.email]) {
    const page = await openAs(browser, email, `/recommendations/${rec.code}`);
    const owners = page.getByRole("region", { name: "Owners" });
    for (const o of rec.owners) await expect(owners).toContainText(`(${o.agency.abbreviation})`);
    const named = rec.owners.find((o) => o.contact)!;
    await expect(owners).toContainText(`Contact: ${named.contact!.name}`);
    await expect(owners.getByRole("button")).toHaveCount(0);
    await expect(owners).toContainText("Coordinators and administrators change the owners and their contacts.");
    expect(await axeViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await page.context().close();
  }
});
