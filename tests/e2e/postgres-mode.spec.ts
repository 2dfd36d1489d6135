/**
 * The same production build started with DATABASE_URL: it migrates a fresh PostgreSQL database,
 * seeds it (demo accounts only with SEED_DEMO=true) and serves the same data.
 */
import { expect, test } from "./test";
import { testDatabaseUrl } from "../helpers/postgres";
import { startServerOnPostgres, type SpawnedServer } from "./spawn-server";
import { demoAccounts, LoginPage, signInAs } from "./fixtures";

const baseUrl = testDatabaseUrl();
const port = Number(process.env.E2E_PG_PORT ?? 3211);

test.describe("on PostgreSQL", () => {
  test.skip(!baseUrl, "TEST_DATABASE_URL is not set");
  let server: SpawnedServer;

  test.beforeAll(async () => {
    test.setTimeout(120_000);
    server = await startServerOnPostgres(baseUrl!, port);
  });

  test.afterAll(async () => {
    await server?.stop();
  });

  test("reports PostgreSQL, lets a demo account in and serves the seeded data", async ({ page, request }) => {
    expect(await (await request.get(`${server.origin}/api/health`)).json()).toEqual({
      status: "ok",
      database: "postgres",
    });
    const login = new LoginPage(page);
    await login.goto(`${server.origin}/login`);
    await login.signIn(demoAccounts.coordinator.email);
    await expect(page).toHaveURL(/\/recommendations/);
    const onPg = await (await page.request.get(`${server.origin}/api/v1/recommendations?pageSize=200`)).json();
    expect(onPg.total).toBeGreaterThanOrEqual(30);
    // The embedded instance of the same build serves the same recommendations.
    await signInAs(page, demoAccounts.coordinator.email, null);
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
    // Other specs add items to the embedded instance and change some (owners among them): compare
    // the seeded ones both still have at the same version.
    type Item = { code: string; version: number };
    const pgVersions = new Map(onPg.data.map((r: Item) => [r.code, r.version]));
    const untouched = onLite.data.filter((r: Item) => pgVersions.get(r.code) === r.version);
    const codes = new Set(untouched.map((r: Item) => r.code));
    expect(codes.size).toBeGreaterThanOrEqual(20);
    expect(view({ data: onPg.data.filter((r: Item) => codes.has(r.code)) })).toEqual(view({ data: untouched }));
  });
});
