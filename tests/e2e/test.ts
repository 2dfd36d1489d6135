/**
 * Playwright's `test`, with one addition every spec gets: browser contexts a test opens itself
 * (`openAs`, `browser.newContext()`) are closed when the test ends, pass or fail. The browser lives
 * for the whole run (one worker), so a context left open kept its page alive, with its live
 * connections refreshing on every later change: dozens of idle pages slowing every test after them.
 * Specs import from here instead of "@playwright/test" (eslint enforces it).
 */
import { test as base } from "@playwright/test";

export * from "@playwright/test";

export const test = base.extend<{ closeContextsLeftOpen: void }>({
  closeContextsLeftOpen: [
    async ({ browser }, use) => {
      const before = new Set(browser.contexts());
      await use();
      const left = browser.contexts().filter((context) => !before.has(context));
      await Promise.all(left.map((context) => context.close()));
    },
    { auto: true },
  ],
});
