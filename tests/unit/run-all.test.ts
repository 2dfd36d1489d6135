/** `npm test`'s layer order: a failing layer stops the run, and the summary still counts everything. */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runInOrder, summaryLines, type Step, type Tally } from "../helpers/layer-runner";

const tally = (layer: string, passed: number, failed: number, skipped = 0): Tally => ({
  layer,
  passed,
  failed,
  skipped,
  ok: failed === 0,
});

describe("npm test's layers", () => {
  it("stops after a failing layer: no build or browser tests after red unit tests", () => {
    const ran: string[] = [];
    const step = (t: Tally): Step => [t.layer, () => (ran.push(t.layer), t)];
    const { tallies, notRun } = runInOrder([
      step(tally("unit", 200, 0, 1)),
      step(tally("integration", 10, 2, 3)),
      step(tally("e2e", 50, 0)),
    ]);
    expect(ran).toEqual(["unit", "integration"]);
    expect(notRun).toEqual(["e2e"]);
    const lines = summaryLines(tallies, notRun);
    expect(lines).toContainEqual(expect.stringMatching(/^ {2}e2e +not run/));
    expect(lines.at(-1)).toBe("210 passed, 2 failed, 4 skipped");
  });

  it("treats a layer that exited non-zero with no failed test (a file that did not load) as failed", () => {
    const broken: Tally = { layer: "unit", passed: 5, failed: 0, skipped: 0, ok: false };
    const { notRun } = runInOrder([
      ["unit", () => broken],
      ["e2e", () => tally("e2e", 1, 0)],
    ]);
    expect(notRun).toEqual(["e2e"]);
  });

  it("runs every layer when all pass and sums them on the last line", () => {
    const { tallies, notRun } = runInOrder([
      ["unit", () => tally("unit", 3, 0, 1)],
      ["integration (no config)", () => tally("integration (no config)", 2, 0, 5)],
    ]);
    expect(notRun).toEqual([]);
    expect(summaryLines(tallies, notRun).at(-1)).toBe("5 passed, 0 failed, 6 skipped");
  });

  it("the unit layer reads no test-service settings, so the unconfigured run need not repeat it", () => {
    // If a unit test started to depend on TEST_DATABASE_URL, CI or the like, the unconfigured layer
    // (tests/run-all.ts) would have to run the unit layer again too.
    const dir = path.join(process.cwd(), "tests/unit");
    const readers = readdirSync(dir)
      .filter((f) => f.endsWith(".ts") && f !== "run-all.test.ts")
      .filter((f) =>
        /process\.env(\.|\[["'])(TEST_DATABASE_URL|TEST_REDIS_URL|DATABASE_URL|REDIS_URL|CI)\b/.test(
          readFileSync(path.join(dir, f), "utf8"),
        ),
      );
    expect(readers).toEqual([]);
  });
});
