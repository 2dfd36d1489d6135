/**
 * The same production build started with DATABASE_URL: it migrates a fresh PostgreSQL database,
 * seeds it (demo accounts only with SEED_DEMO=true) and serves the same data.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { createFreshPostgresDatabase, testDatabaseUrl } from "../helpers/postgres";
import { demoAccounts, LoginPage, signInAs } from "./fixtures";

const baseUrl = testDatabaseUrl();
const port = Number(process.env.E2E_PG_PORT ?? 3211);
const origin = `http://localhost:${port}`;

test.describe("on PostgreSQL", () => {
  test.skip(!baseUrl, "TEST_DATABASE_URL is not set");
  let server: ChildProcess;
  let fresh: Awaited<ReturnType<typeof createFreshPostgresDatabase>>;
  let log = "";

  test.beforeAll(async () => {
    test.setTimeout(120_000);
    fresh = await createFreshPostgresDatabase(baseUrl!);
    server = spawn(process.execPath, ["--import", "tsx", "server.ts"], {
      env: {
        ...process.env,
        NODE_ENV: "production",
        PORT: String(port),
        HOSTNAME: "127.0.0.1",
        NEXTAUTH_URL: origin,
        NEXTAUTH_SECRET: "e2e-secret-for-the-postgres-instance-0123456789",
        DATABASE_URL: fresh.url,
        SEED_DEMO: "true",
        DATA_DIR: mkdtempSync(path.join(os.tmpdir(), "tct-e2e-pg-")),
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    server.stdout!.on("data", (d) => (log += d));
    server.stderr!.on("data", (d) => (log += d));
    const deadline = Date.now() + 90_000;
    while (Date.now() < deadline) {
      const ok = await fetch(`${origin}/api/health`).then(
        (r) => r.ok,
        () => false,
      );
      if (ok) return;
      if (server.exitCode !== null) break;
      await new Promise((r) => setTimeout(r, 250));
    }
    throw new Error(`server on PostgreSQL did not start:\n${log}`);
  });

  test.afterAll(async () => {
    if (server && server.exitCode === null) {
      server.kill("SIGTERM");
      await new Promise((r) => server.once("exit", r));
    }
    await fresh?.drop();
  });

  test("reports PostgreSQL, lets a demo account in and serves the seeded data", async ({ page, request }) => {
    expect(await (await request.get(`${origin}/api/health`)).json()).toEqual({ status: "ok", database: "postgres" });
    const login = new LoginPage(page);
    await login.goto(`${origin}/login`);
    await login.signIn(demoAccounts.coordinator.email);
    await expect(page).toHaveURL(/\/recommendations/);
    const onPg = await (await page.request.get(`${origin}/api/v1/recommendations?pageSize=200`)).json();
    expect(onPg.total).toBeGreaterThanOrEqual(30);
    // The embedded instance of the same build serves the same recommendations.
    await signInAs(page, demoAccounts.coordinator.email);
    const onLite = await (await page.request.get("/api/v1/recommendations?pageSize=200")).json();
    // Ids differ between the two databases; everything a reader sees must not.
    type Owner = { role: string; agency: { key: string; name: unknown } };
    const view = (body: { data: { code: string; title: unknown; source: unknown; owners: Owner[] }[] }) =>
      body.data.map((r) => ({
        code: r.code,
        title: r.title,
        source: r.source,
        owners: r.owners.map((o) => ({ role: o.role, agency: o.agency.key, name: o.agency.name })),
      }));
    expect(view(onPg)).toEqual(view(onLite));
  });
});
