import { expect, test, type Page } from "./test";
import { testDatabaseUrl } from "../helpers/postgres";
import { demoAccounts, signInAs } from "./fixtures";
import { sessionFor } from "./http-session";
import { startServerOnPostgres, type SpawnedServer } from "./spawn-server";
import { PropertiesPanel } from "./properties-panel";

const CODE = "R-004-4.2.1.1";

async function openAs(browser: import("@playwright/test").Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signInAs(page, email, `/recommendations/${CODE}`);
  await page.waitForLoadState("networkidle");
  return page;
}

const healthBadge = (page: Page) => new PropertiesPanel(page).value("Health");

test("a change in one browser shows in another within two seconds, without a reload", async ({ browser }) => {
  const editor = await openAs(browser, demoAccounts.coordinator.email);
  const watcher = await openAs(browser, demoAccounts.viewer.email);
  const before = (await healthBadge(watcher).innerText()).trim();
  const next = before.startsWith("At risk") ? "off_track" : "at_risk";
  const nextLabel = next === "at_risk" ? "At risk" : "Off track";
  // A full reload would wipe this marker; a live refresh keeps the document and so the marker.
  await watcher.evaluate(() => ((window as unknown as { liveMarker: number }).liveMarker = 42));

  const panel = new PropertiesPanel(editor);
  await panel.choose("Health", nextLabel);
  await expect(panel.saved).toHaveText("Health saved.");
  await expect(healthBadge(watcher)).toContainText(nextLabel, { timeout: 2_000 });
  expect(await watcher.evaluate(() => (window as unknown as { liveMarker?: number }).liveMarker)).toBe(42);
});

test("a second editor who had the item open gets the conflict message instead of overwriting", async ({ browser }) => {
  const first = await openAs(browser, demoAccounts.coordinator.email);
  const second = await openAs(browser, demoAccounts.admin.email);
  // The second person opens the health menu (begins the edit); then the first saves a change.
  const mine = new PropertiesPanel(second);
  const current = (await healthBadge(second).innerText()).trim();
  const menu = await mine.openMenu("Health");

  const theirs = new PropertiesPanel(first);
  await theirs.choose("Health", current === "At risk" ? "Off track" : "At risk");
  await expect(theirs.saved).toHaveText("Health saved.");

  await menu.getByRole("menuitemradio", { name: current === "On track" ? "Not assessed" : "On track" }).click();
  const alert = mine.region.getByRole("alert");
  await expect(alert).toContainText("Casey Coordinator changed health");
  await expect(alert).toContainText("Review the current values and apply your change again");
});

test.describe("behind a load balancer", () => {
  const baseUrl = testDatabaseUrl();
  test.skip(!baseUrl, "TEST_DATABASE_URL is not set");
  let one: SpawnedServer;
  let two: SpawnedServer;

  test.beforeAll(async () => {
    test.setTimeout(180_000);
    one = await startServerOnPostgres(baseUrl!, Number(process.env.E2E_LB_PORT ?? 3213));
    two = await startServerOnPostgres(baseUrl!, Number(process.env.E2E_LB_PORT ?? 3213) + 1, { shareDatabaseOf: one });
  });
  test.afterAll(async () => {
    await two?.stop();
    await one?.stop();
  });

  test("a change made through one instance reaches a page served by the other within two seconds", async () => {
    const writer = await sessionFor(one.origin, demoAccounts.coordinator.email);
    const reader = await sessionFor(two.origin, demoAccounts.viewer.email);
    const cookie = (await reader.storageState()).cookies.map((c) => `${c.name}=${c.value}`).join("; ");
    const abort = new AbortController();
    const res = await fetch(`${two.origin}/api/v1/events`, { headers: { cookie }, signal: abort.signal });
    expect(res.status).toBe(200);
    const stream = res.body!.getReader();
    const received = (async () => {
      let text = "";
      for (;;) {
        const { value, done } = await stream.read();
        if (done) return text;
        text += new TextDecoder().decode(value);
        if (text.includes(`"code":"${CODE}"`)) return text;
      }
    })();
    const rec = (await (await writer.get(`/api/v1/recommendations/${CODE}`)).json()).data;
    const started = Date.now();
    const patch = await writer.patch(`/api/v1/recommendations/${CODE}`, {
      data: { version: rec.version, health: rec.health === "at_risk" ? "on_track" : "at_risk" },
    });
    expect(patch.status()).toBe(200);
    const text = await Promise.race([received, new Promise<string>((r) => setTimeout(() => r("timeout"), 2_000))]);
    abort.abort();
    expect(text).toContain(`"version":${rec.version + 1}`);
    console.log(`event reached the other instance in ${Date.now() - started} ms`);
  });
});
