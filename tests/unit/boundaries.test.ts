/**
 * The layer boundaries of eslint.config.mjs bite (a forbidden import fails `npm run check`), and the
 * code has no import cycle. ESLint's own Node API, with the project's configuration.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

const fixtures = path.join(process.cwd(), "tests", "fixtures", "lint");
const forbidden = readFileSync(path.join(fixtures, "forbidden-imports.ts"), "utf8");

async function boundaryErrors(asFile: string): Promise<string[]> {
  const eslint = new ESLint({ ruleFilter: ({ ruleId }) => ruleId === "import/no-restricted-paths" });
  const [result] = await eslint.lintText(forbidden, { filePath: path.join(process.cwd(), asFile) });
  return result!.messages.map((m) => `${m.line}: ${m.message}`);
}

describe("layer boundaries", () => {
  it("refuse lib/collab, lib/realtime and the like in db/", async () => {
    const errors = await boundaryErrors("db/queries/boundary-fixture.ts");
    expect(errors).toEqual([
      expect.stringMatching(/^2: .*db\/ must not import lib\/collab/),
      expect.stringMatching(/^3: .*db\/ publishes through db\/notify\.ts/),
    ]);
  });

  it("refuse a mutation imported by a component", async () => {
    const errors = await boundaryErrors("components/recommendations/boundary-fixture.tsx");
    expect(errors).toEqual([expect.stringMatching(/^4: .*Components change data through server actions/)]);
  });

  it("let app/ import every layer", async () => {
    expect(await boundaryErrors("app/(workspace)/boundary-fixture.ts")).toEqual([]);
  });
});

describe("browser specs", () => {
  // A context a spec leaves open lives for the rest of the run; ./test's `test` closes it.
  it("import Playwright through tests/e2e/test.ts", async () => {
    const eslint = new ESLint({ ruleFilter: ({ ruleId }) => ruleId === "no-restricted-imports" });
    const lint = (code: string) =>
      eslint
        .lintText(code, { filePath: path.join(process.cwd(), "tests/e2e/boundary-fixture.spec.ts") })
        .then(([r]) => r!.messages.map((m) => m.message));
    expect(await lint('import { test } from "@playwright/test";\ntest("x", () => {});\n')).toEqual([
      expect.stringMatching(/Import from "\.\/test"/),
    ]);
    expect(await lint('import { test } from "./test";\ntest("x", () => {});\n')).toEqual([]);
  });
});

describe("import cycles", () => {
  it("are refused", async () => {
    const eslint = new ESLint({ ignore: false, ruleFilter: ({ ruleId }) => ruleId === "import/no-cycle" });
    const results = await eslint.lintFiles([path.join(fixtures, "cycle-a.ts")]);
    expect(results[0]!.messages.map((m) => m.ruleId)).toEqual(["import/no-cycle"]);
  });

  it("do not exist in the application", async () => {
    const eslint = new ESLint({ ruleFilter: ({ ruleId }) => ruleId === "import/no-cycle" });
    const results = await eslint.lintFiles(["server.ts", "proxy.ts", "app", "components", "db", "lib", "scripts"]);
    const cycles = results.flatMap((r) =>
      r.messages.map((m) => `${path.relative(process.cwd(), r.filePath)}:${m.line} ${m.message}`),
    );
    expect(cycles).toEqual([]);
  }, 120_000);
});
