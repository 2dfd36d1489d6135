import { existsSync, mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { defineConfig } from "@playwright/test";

const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
if (!existsSync(chromiumPath)) {
  const message = `Chromium not found at ${chromiumPath}: install Debian's chromium or set CHROMIUM_PATH.`;
  // Under CI a missing browser is a failure, never a silent skip.
  if (process.env.CI === "true") throw new Error(message);
  console.warn(message);
}

const port = Number(process.env.E2E_PORT ?? 3210);
// A fresh data folder per run: the embedded default migrates and seeds it on start, as on a new machine.
process.env.E2E_DATA_DIR ??= mkdtempSync(path.join(os.tmpdir(), "tct-e2e-"));

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [["list"], ["json"]] : [["list"]],
  use: {
    baseURL: `http://localhost:${port}`,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: chromiumPath,
      args: [
        "--no-sandbox",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-gpu",
      ],
    },
  },
  webServer: {
    command: "node --import tsx server.ts",
    url: `http://localhost:${port}/api/health`,
    timeout: 120_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    env: {
      NODE_ENV: "production",
      PORT: String(port),
      HOSTNAME: "127.0.0.1",
      NEXTAUTH_URL: `http://localhost:${port}`,
      DATA_DIR: process.env.E2E_DATA_DIR,
      DATABASE_URL: "",
      REDIS_URL: "",
    },
  },
});
