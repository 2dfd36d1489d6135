import { expect, test, type APIResponse, type Page } from "./test";
import { demoAccounts, LoginPage, openAccountMenu, signInAs } from "./fixtures";

const DETAIL = "/recommendations/R-004-4.2.2.1";

const staticHeaders = {
  "referrer-policy": "strict-origin-when-cross-origin",
  "x-content-type-options": "nosniff",
  "x-frame-options": "DENY",
  "permissions-policy": "camera=(), microphone=(), geolocation=()",
};

function expectStaticHeaders(res: APIResponse) {
  for (const [name, value] of Object.entries(staticHeaders)) expect(res.headers()[name], name).toBe(value);
}

/** The policy of a page response, checked for its shape; returns the nonce. */
function expectPolicy(res: APIResponse): string {
  const csp = res.headers()["content-security-policy"];
  expect(csp, `Content-Security-Policy on ${res.url()}`).toBeTruthy();
  const directives = new Map(
    csp!.split(";").map((d): [string, string] => {
      const [name = "", ...sources] = d.trim().split(/\s+/);
      return [name, sources.join(" ")];
    }),
  );
  expect(directives.get("default-src")).toBe("'self'");
  expect(directives.get("frame-ancestors")).toBe("'none'");
  expect(directives.get("object-src")).toBe("'none'");
  expect(directives.get("base-uri")).toBe("'self'");
  expect(directives.get("form-action")).toBe("'self'");
  // Websockets to this host only (the collaboration websocket on /collab), never to any host.
  expect(directives.get("connect-src")).toBe(`'self' ws://${new URL(res.url()).host}`);
  // A production server: no 'unsafe-eval', no 'unsafe-inline' for scripts.
  expect(directives.get("script-src")).toMatch(/^'self' 'nonce-[A-Za-z0-9+/]+={0,2}' 'strict-dynamic'$/);
  return /'nonce-([^']+)'/.exec(csp!)![1]!;
}

async function getPage(page: Page, path: string): Promise<APIResponse> {
  // No redirects: a signed-out answer (307 to /login) must not pass for the page itself.
  const res = await page.request.get(path, { maxRedirects: 0 });
  expect(res.status(), `${path} answers itself`).toBe(200);
  return res;
}

test("pages carry a fresh nonce per request, stamped on every script Next.js renders", async ({ page }) => {
  const loginA = await getPage(page, "/login");
  const loginB = await getPage(page, "/login");
  expectStaticHeaders(loginA);
  const nonces = [expectPolicy(loginA), expectPolicy(loginB)];

  await signInAs(page, demoAccounts.viewer.email);
  for (const path of ["/recommendations", DETAIL]) {
    const a = await getPage(page, path);
    const b = await getPage(page, path);
    expectStaticHeaders(a);
    const nonce = expectPolicy(a);
    nonces.push(nonce, expectPolicy(b));
    // Every script tag of the document carries this response's nonce, or the browser would refuse it.
    const scripts = (await a.text()).match(/<script\b[^>]*>/g) ?? [];
    expect(scripts.length).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
  }
  expect(new Set(nonces).size, "no nonce is ever reused").toBe(nonces.length);
});

test("the API gets the same headers; HSTS only when served over https", async ({ page }) => {
  const health = await page.request.get("/api/health");
  expect(health.status()).toBe(200);
  expectStaticHeaders(health);
  // The e2e server runs on http://localhost: no HSTS, which would pin the host to https.
  expect(health.headers()["strict-transport-security"]).toBeUndefined();
  expect((await getPage(page, "/login")).headers()["strict-transport-security"]).toBeUndefined();

  // Behind a TLS-terminating proxy that says so, pages and the API both get it.
  const overHttps = { headers: { "x-forwarded-proto": "https" }, maxRedirects: 0 };
  for (const path of ["/login", "/api/health"]) {
    const res = await page.request.get(path, overHttps);
    expect(res.headers()["strict-transport-security"], path).toBe("max-age=63072000; includeSubDomains");
  }
});

/**
 * Records every sign of a CSP violation: the DOM event, Chromium's console message ("Refused to …" in older
 * versions, "… violates the following Content Security Policy directive …" in current ones) and uncaught errors.
 */
async function watchViolations(page: Page) {
  const violations: string[] = [];
  const errors: string[] = [];
  await page.exposeFunction("__reportCspViolation", (v: string) => violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      const report = (window as unknown as { __reportCspViolation: (v: string) => void }).__reportCspViolation;
      void report(`${e.violatedDirective} blocked ${e.blockedURI || "inline"} (${e.sourceFile}:${e.lineNumber})`);
    });
  });
  page.on("console", (msg) => {
    if (/Content Security Policy|Refused to/i.test(msg.text())) violations.push(`console: ${msg.text()}`);
  });
  page.on("pageerror", (err) => errors.push(err.message));
  return { violations, errors };
}

test("no violation while signing in, browsing and using the account menu: scripts run", async ({ page }) => {
  const { violations, errors } = await watchViolations(page);

  // Signing in works only if the client scripts run (the form submits through next-auth's client).
  await signInAs(page, demoAccounts.admin.email);
  await expect(page.getByRole("heading", { name: "Recommendations", level: 1 })).toBeVisible();

  // To the detail page by a client-side navigation, then loaded afresh.
  await page.goto(`/recommendations?q=R-004-4.2.2.1`);
  await page.getByRole("table").getByRole("link").first().click();
  await expect(page).toHaveURL(new RegExp(DETAIL.replace(/\./g, "\\.")));
  await expect(page.getByText("R-004-4.2.2.1", { exact: true })).toBeVisible();
  await page.reload();
  await expect(page.getByText("R-004-4.2.2.1", { exact: true })).toBeVisible();

  // The account menu (Radix: inline positioning styles) opens, and the theme switch works.
  await openAccountMenu(page, demoAccounts.admin.name);
  const menu = page.getByRole("menu");
  await expect(menu.getByText(demoAccounts.admin.email)).toBeVisible();
  await menu.getByRole("menuitem", { name: "Dark" }).click();
  await expect(page.locator("html")).toHaveClass(/\bdark\b/);
  // next-themes' inline script (it runs only with the nonce) applies the stored theme before hydration.
  await page.reload();
  await expect(page.locator("html")).toHaveClass(/\bdark\b/);
  await expect(page.getByText("R-004-4.2.2.1", { exact: true })).toBeVisible();

  expect(violations).toEqual([]);
  expect(errors).toEqual([]);
});

test("the watch does catch a violation: an inline event handler is refused", async ({ page }) => {
  const { violations } = await watchViolations(page);
  await new LoginPage(page).goto();
  const ran = await page.evaluate(() => {
    const w = window as unknown as { __inlineRan?: boolean };
    const button = document.createElement("button");
    button.setAttribute("onclick", "window.__inlineRan = true");
    document.body.append(button);
    button.click();
    button.remove();
    return w.__inlineRan === true;
  });
  expect(ran).toBe(false);
  await expect.poll(() => violations.some((v) => v.startsWith("script-src"))).toBe(true);
  await expect.poll(() => violations.some((v) => /^console: .*Content Security Policy/.test(v))).toBe(true);
});

test("websockets may reach this site's own /collab, and no other host", async ({ page }) => {
  const { violations } = await watchViolations(page);
  await new LoginPage(page).goto();
  const attempt = (url: string) =>
    page.evaluate(
      (target) =>
        new Promise<string>((resolve) => {
          try {
            const ws = new WebSocket(target);
            ws.onopen = () => resolve("open");
            ws.onerror = () => resolve("error");
            ws.onclose = () => resolve("closed");
          } catch (err) {
            resolve(`blocked: ${(err as Error).name}`);
          }
        }),
      url,
    );
  // Our own collaboration endpoint: the server refuses it without a ticket, but the policy lets it go.
  await attempt(`ws://${new URL(page.url()).host}/collab`);
  expect(violations.filter((v) => v.startsWith("connect-src"))).toEqual([]);
  // Another host, by either scheme: refused by the policy before any connection is made.
  await attempt("ws://evil.example:9/");
  await attempt("wss://evil.example/");
  await expect.poll(() => violations.filter((v) => v.startsWith("connect-src")).length).toBe(2);
  expect(violations.filter((v) => v.startsWith("connect-src")).join("\n")).toContain("evil.example");
});
