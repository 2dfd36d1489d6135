/**
 * `npm test`: every layer, one summary. Unit tests (PGlite), integration tests (real PostgreSQL when
 * TEST_DATABASE_URL is set), then browser tests in Chromium against a fresh production build.
 * Ends with `N passed, N failed, N skipped` summed over all layers and exits non-zero on any failure.
 * After a failing layer the rest are not run (no build after red unit tests); the summary says so.
 *
 * SKIP_BUILD=1 reuses an existing .next build (for quick local runs); LAYERS=unit,integration,e2e
 * picks layers. The layer `unconfigured` runs the integration layer again as on a fresh
 * machine (no TEST_DATABASE_URL, no CI): .ci/run adds it so a suite that only works when configured
 * cannot hide behind CI's settings.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { failed, runInOrder, summaryLines, type Step, type Tally } from "./helpers/layer-runner";

type Env = Record<string, string | undefined>;

const layers = (process.env.LAYERS ?? "unit,integration,e2e").split(",");
const out = mkdtempSync(path.join(os.tmpdir(), "tct-test-"));
const bin = (name: string) => path.join("node_modules", ".bin", name);

/** What a fresh clone sees: none of the test services configured, not under CI. */
const unconfigured: Env = {
  TEST_DATABASE_URL: undefined,
  TEST_REDIS_URL: undefined,
  DATABASE_URL: undefined,
  REDIS_URL: undefined,
  CI: undefined,
};

function run(cmd: string, args: string[], env: Env = {}) {
  console.log(`\n$ ${cmd} ${args.join(" ")}`);
  const started = Date.now();
  const merged = Object.fromEntries(
    Object.entries({ ...process.env, ...env }).filter(([, value]) => value !== undefined),
  ) as NodeJS.ProcessEnv;
  const res = spawnSync(cmd, args, { stdio: "inherit", env: merged });
  console.log(`(${((Date.now() - started) / 1000).toFixed(1)} s, exit ${res.status ?? res.signal})`);
  return res.status === 0;
}

function vitestLayer(project: string, label = project, env: Env = {}): Tally {
  const file = path.join(out, `${label.replace(/\W+/g, "-")}.json`);
  const ok = run(
    bin("vitest"),
    ["run", "--project", project, "--reporter=default", "--reporter=json", `--outputFile.json=${file}`],
    env,
  );
  const tally: Tally = { layer: label, passed: 0, failed: ok ? 0 : 1, skipped: 0, ok };
  if (existsSync(file)) {
    const r = JSON.parse(readFileSync(file, "utf8"));
    tally.passed = r.numPassedTests;
    tally.skipped = r.numPendingTests + r.numTodoTests;
    // A file that fails to load has no failed tests but still failed: count it once.
    const brokenFiles = r.testResults.filter(
      (f: { status: string; assertionResults: unknown[] }) => f.status === "failed" && f.assertionResults.length === 0,
    ).length;
    tally.failed = r.numFailedTests + brokenFiles + (ok || r.numFailedTests + brokenFiles > 0 ? 0 : 1);
  }
  return tally;
}

function e2eLayer(): Tally {
  if (process.env.SKIP_BUILD !== "1" || !existsSync(".next/BUILD_ID")) {
    if (!run(bin("next"), ["build"])) return { layer: "e2e (build)", passed: 0, failed: 1, skipped: 0, ok: false };
  }
  const file = path.join(out, "e2e.json");
  const ok = run(bin("playwright"), ["test"], { PLAYWRIGHT_JSON_OUTPUT_NAME: file });
  const tally: Tally = { layer: "e2e", passed: 0, failed: ok ? 0 : 1, skipped: 0, ok };
  if (existsSync(file)) {
    const s = JSON.parse(readFileSync(file, "utf8")).stats;
    tally.passed = s.expected + s.flaky;
    tally.failed = s.unexpected + (ok || s.unexpected > 0 ? 0 : 1);
    tally.skipped = s.skipped;
  }
  return tally;
}

const runs: Record<string, Step[]> = {
  unit: [["unit", () => vitestLayer("unit")]],
  integration: [["integration", () => vitestLayer("integration")]],
  // Only the integration layer reads the test services' settings (tests/helpers/postgres.ts); the
  // unit layer never does (tests/unit/run-all.test.ts checks), so running it again would repeat it.
  unconfigured: [
    ["integration (no config)", () => vitestLayer("integration", "integration (no config)", unconfigured)],
  ],
  e2e: [["e2e", e2eLayer]],
};
for (const layer of layers) if (!runs[layer]) throw new Error(`Unknown layer "${layer}"`);

const { tallies, notRun } = runInOrder(layers.flatMap((layer) => runs[layer]!));
console.log(`\n${summaryLines(tallies, notRun).join("\n")}`);
process.exit(tallies.some(failed) ? 1 : 0);
