/**
 * `npm test`: every layer, one summary. Unit tests (PGlite), integration tests (real PostgreSQL when
 * TEST_DATABASE_URL is set), then browser tests in Chromium against a fresh production build.
 * Ends with `N passed, N failed` summed over all layers and exits non-zero on any failure.
 *
 * SKIP_BUILD=1 reuses an existing .next build (for quick local runs); LAYERS=unit,integration,e2e
 * picks layers.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

interface Tally {
  layer: string;
  passed: number;
  failed: number;
  skipped: number;
  ok: boolean;
}

const layers = (process.env.LAYERS ?? "unit,integration,e2e").split(",");
const out = mkdtempSync(path.join(os.tmpdir(), "tct-test-"));
const bin = (name: string) => path.join("node_modules", ".bin", name);
const tallies: Tally[] = [];

function run(cmd: string, args: string[], env: Record<string, string> = {}) {
  console.log(`\n$ ${cmd} ${args.join(" ")}`);
  const started = Date.now();
  const res = spawnSync(cmd, args, { stdio: "inherit", env: { ...process.env, ...env } });
  console.log(`(${((Date.now() - started) / 1000).toFixed(1)} s, exit ${res.status ?? res.signal})`);
  return res.status === 0;
}

function vitestLayer(project: string) {
  const file = path.join(out, `${project}.json`);
  const ok = run(bin("vitest"), [
    "run",
    "--project",
    project,
    "--reporter=default",
    "--reporter=json",
    `--outputFile.json=${file}`,
  ]);
  const tally: Tally = { layer: project, passed: 0, failed: ok ? 0 : 1, skipped: 0, ok };
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
  tallies.push(tally);
}

function e2eLayer() {
  if (process.env.SKIP_BUILD !== "1" || !existsSync(".next/BUILD_ID")) {
    if (!run(bin("next"), ["build"])) {
      tallies.push({ layer: "e2e (build)", passed: 0, failed: 1, skipped: 0, ok: false });
      return;
    }
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
  tallies.push(tally);
}

for (const layer of layers) {
  if (layer === "unit" || layer === "integration") vitestLayer(layer);
  else if (layer === "e2e") e2eLayer();
  else throw new Error(`Unknown layer "${layer}"`);
}

console.log("\nSummary");
for (const t of tallies)
  console.log(`  ${t.layer.padEnd(14)} ${t.passed} passed, ${t.failed} failed, ${t.skipped} skipped`);
const passed = tallies.reduce((n, t) => n + t.passed, 0);
const failed = tallies.reduce((n, t) => n + t.failed, 0);
const skipped = tallies.reduce((n, t) => n + t.skipped, 0);
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 || tallies.some((t) => !t.ok) ? 1 : 0);
