/** The recommendation page's properties panel, driven by its labels and roles (a page object). */
import { expect, type Locator, type Page } from "@playwright/test";
import { seriousViolations } from "./axe";

export class PropertiesPanel {
  readonly region: Locator;

  constructor(readonly page: Page) {
    this.region = page.getByRole("region", { name: "Properties" });
  }

  /** The button that shows a field's value and changes it (a menu, or the editor of a text or date). */
  control(label: string): Locator {
    return this.region.locator(`dt:text-is("${label}") + dd`).getByRole("button");
  }

  /** What a field shows, editable or not. */
  value(label: string): Locator {
    return this.region.locator(`dt:text-is("${label}") + dd`);
  }

  /** The polite live region that says what was saved. */
  get saved(): Locator {
    return this.region.getByRole("status");
  }

  /** Opens a field's menu; a press before React has hydrated does nothing, so it is repeated. */
  async openMenu(label: string): Promise<Locator> {
    const menu = this.page.getByRole("menu");
    await expect(async () => {
      if (!(await menu.isVisible())) await this.control(label).click();
      await expect(menu).toBeVisible({ timeout: 1_000 });
    }).toPass({ timeout: 15_000 });
    return menu;
  }

  /** The choices a field's menu offers, then closes it again with Escape. */
  async choices(label: string): Promise<string[]> {
    const menu = await this.openMenu(label);
    const names = await menu.getByRole("menuitemradio").allTextContents();
    await this.page.keyboard.press("Escape");
    await expect(menu).toBeHidden();
    return names.map((n) => n.trim());
  }

  async choose(label: string, option: string) {
    const menu = await this.openMenu(label);
    await menu.getByRole("menuitemradio", { name: option, exact: true }).click();
  }

  /** Opens a text or date field's editor and answers its input. */
  async edit(label: string): Promise<Locator> {
    const form = this.region.getByRole("form", { name: `Edit ${label}` });
    await expect(async () => {
      if (!(await form.isVisible())) await this.control(label).click();
      await expect(form).toBeVisible({ timeout: 1_000 });
    }).toPass({ timeout: 15_000 });
    return form.getByLabel(label, { exact: true });
  }
}

/** Serious and critical axe-core violations inside the panel. */
export const panelViolations = (page: Page) => seriousViolations(page, "section[aria-labelledby=properties-h]");
