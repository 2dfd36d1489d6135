/**
 * `npm run check`: lint, type-check and the formatting check, run at the same time. Each tool is
 * mostly single-threaded, so on a 2-core machine the three together take about as long as the
 * slowest instead of their sum. Each one's output is printed whole when it ends (not interleaved);
 * the exit code is non-zero when any of them failed.
 */
import { spawn } from "node:child_process";

const checks: [name: string, script: string][] = [
  ["lint", "lint"],
  ["typecheck", "typecheck"],
  ["format", "format:check"],
];

function runScript(name: string, script: string): Promise<boolean> {
  const started = performance.now();
  const child = spawn("npm", ["run", "--silent", script], { stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout.on("data", (d) => (output += d));
  child.stderr.on("data", (d) => (output += d));
  return new Promise((resolve) =>
    child.on("close", (code) => {
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      process.stdout.write(`\n$ npm run ${script}\n${output}(${name}: ${seconds} s, exit ${code})\n`);
      resolve(code === 0);
    }),
  );
}

async function main() {
  const results = await Promise.all(checks.map(([name, script]) => runScript(name, script)));
  const failedChecks = checks.filter((_, i) => !results[i]).map(([name]) => name);
  if (failedChecks.length) {
    console.error(`\ncheck failed: ${failedChecks.join(", ")}`);
    process.exit(1);
  }
}

main();
