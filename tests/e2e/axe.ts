/** Accessibility violations on a page, by axe-core (installed with the lint tooling), run in the page. */
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "@playwright/test";

type Impact = "minor" | "moderate" | "serious" | "critical";

/**
 * The violations inside `include` (a CSS selector, or several), as "rule: targets" lines; with
 * `impacts`, only those of these impacts.
 */
export async function axeViolations(page: Page, include: string | string[], impacts?: Impact[]): Promise<string[]> {
  const source = readFileSync(path.join(process.cwd(), "node_modules/axe-core/axe.min.js"), "utf8");
  await page.evaluate(source);
  return page.evaluate(
    async ({ include, impacts }) => {
      const axe = (
        window as unknown as {
          axe: {
            run: (
              ctx: unknown,
            ) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }>;
          };
        }
      ).axe;
      const result = await axe.run({ include: include.map((selector) => [selector]) });
      return result.violations
        .filter((v) => !impacts || impacts.includes(v.impact as Impact))
        .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
    },
    { include: typeof include === "string" ? [include] : include, impacts },
  );
}

/** The serious and critical violations inside `include`: what a page must have none of. */
export const seriousViolations = (page: Page, include: string | string[]) =>
  axeViolations(page, include, ["serious", "critical"]);
