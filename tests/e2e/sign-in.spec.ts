import { expect, test, type APIRequestContext, type APIResponse } from "./test";
import { DEMO_PASSWORD, demoAccounts, LoginPage, openAccountMenu, signInAs, signInWithForm } from "./fixtures";
import { testDatabaseUrl } from "../helpers/postgres";
import { callServerAction, serverActionIds, sessionFor } from "./http-session";
import { startServerOnPostgres, type SpawnedServer } from "./spawn-server";

for (const [key, account] of Object.entries(demoAccounts)) {
  // Agency members land on My work, everyone else on the recommendations.
  const landing = account.role === "Agency member" ? "My work" : "Recommendations";
  test(`${key} signs in and lands on ${landing}`, async ({ page }) => {
    await signInWithForm(page, account.email);
    await expect(page.getByRole("heading", { name: landing, level: 1 })).toBeVisible();
    const menu = await openAccountMenu(page, account.name);
    await expect(menu.getByText(account.email)).toBeVisible();
    await expect(menu.getByText(`Role: ${account.role}`)).toBeVisible();
  });
}

test("a wrong password is refused with a clear message and no session", async ({ page }) => {
  const login = new LoginPage(page);
  await login.goto();
  await login.signIn(demoAccounts.admin.email, "not-the-password");
  await expect(page.getByRole("alert").filter({ hasText: /email or password is incorrect/i })).toBeVisible();
  await expect(page).toHaveURL(/\/login/);
  const api = await page.request.get("/api/v1/recommendations");
  expect(api.status()).toBe(401);
});

test("an unknown account gets the same message as a wrong password", async ({ page }) => {
  const login = new LoginPage(page);
  await login.goto();
  await login.signIn("nobody@demo.local");
  await expect(page.getByRole("alert").filter({ hasText: /email or password is incorrect/i })).toBeVisible();
});

test("a signed-out visitor is sent to sign in and brought back to the page they asked for", async ({ page }) => {
  await page.goto("/recommendations?theme=finance");
  await expect(page).toHaveURL(/\/login\?callbackUrl=/);
  await new LoginPage(page).signIn(demoAccounts.viewer.email);
  await expect(page).toHaveURL(/\/recommendations\?theme=finance/);
});

test("signing out ends the session", async ({ page }) => {
  await signInAs(page, demoAccounts.coordinator.email);
  await openAccountMenu(page);
  await page.getByRole("menuitem", { name: "Sign out", exact: true }).click();
  await expect(page).toHaveURL(/\/login/);
  await page.goto("/recommendations");
  await expect(page).toHaveURL(/\/login/);
});

test("the sign-in form works from the keyboard alone", async ({ page }) => {
  await new LoginPage(page).goto();
  await expect(page.getByLabel("Email")).toBeFocused();
  await page.keyboard.type(demoAccounts.szMember.email);
  await page.keyboard.press("Tab");
  await page.keyboard.type("twincity-demo");
  await page.keyboard.press("Enter");
  // An agency member, with no page asked for, lands on My work.
  await expect(page).toHaveURL(/\/my-work/);
});

test("repeated failures for one account are throttled, without holding back other accounts", async ({ page }) => {
  // Demo accounts sign in all through the suite, so the throttled account is one nobody else uses.
  const target = `throttle-${Date.now()}@demo.local`;
  const login = new LoginPage(page);
  await login.goto();
  /** One wrong password through the form; answers whether the server refused it unchecked. */
  const attempt = async (email: string) => {
    const answered = page.waitForResponse((r) => r.url().includes("/api/auth/callback/credentials"));
    await login.signIn(email, "not-the-password");
    const { url } = (await (await answered).json()) as { url: string };
    return new URL(url).searchParams.get("error")?.startsWith("throttled:") ?? false;
  };
  for (let i = 0; i < 3; i++) {
    expect(await attempt(target), `attempt ${i + 1} is checked`).toBe(false);
    await expect(page.getByRole("alert").filter({ hasText: /email or password is incorrect/i })).toBeVisible();
  }
  // From the third failure on, the next attempt must wait 1, 2, 4… seconds after the last failure.
  // A slow machine can take longer than that between two attempts, which are then checked (and
  // double the wait), so a few may pass before one comes soon enough to be refused.
  let refused = false;
  for (let i = 0; i < 5 && !refused; i++) refused = await attempt(target);
  expect(refused, "refused once the waits outgrow the time between attempts").toBe(true);
  await expect(
    page.getByRole("alert").filter({ hasText: /^Too many failed sign-ins\. Try again in \d+ seconds?\.$/ }),
  ).toBeVisible();
  await expect(page).toHaveURL(/\/login/);

  // Same browser, same address, another account: signs in at once.
  await login.signIn(demoAccounts.viewer.email);
  await expect(page).toHaveURL(/\/recommendations/);
});

test("ending all sessions signs the user out in every other browser too", async ({ page, browser }, testInfo) => {
  const other = await browser.newContext({ baseURL: testInfo.project.use.baseURL });
  try {
    const otherPage = await other.newPage();
    await signInAs(otherPage, demoAccounts.hkMember.email);
    await signInAs(page, demoAccounts.hkMember.email);

    await openAccountMenu(page);
    await page.getByRole("menuitem", { name: /Sign out everywhere/ }).click();
    await expect(page).toHaveURL(/\/login/);

    // The other browser still holds its cookie, but it is no longer honoured.
    await otherPage.goto("/recommendations");
    await expect(otherPage).toHaveURL(/\/login\?callbackUrl=/);
    expect((await otherPage.request.get("/api/v1/recommendations")).status()).toBe(401);

    // Signing in again afterwards works as usual.
    await signInAs(otherPage, demoAccounts.hkMember.email);
  } finally {
    await other.close();
  }
});

// ---------------------------------------------------------------------------------------------
// Where sign-in leads (issue 15, item 3): only ever a path on this site.

const FOREIGN_CALLBACKS = [
  "/%5Cevil.example/",
  "/%09/evil.example/",
  "/%0A/evil.example/",
  "//evil.example/",
  "/%2e%2e//evil.example",
  "https://evil.example/",
  "javascript:alert(1)",
];

/** Where a redirect answer sends the browser, resolved as the browser would. */
function redirectTarget(res: APIResponse, from: string): URL {
  const location = res.headers()["location"];
  expect(location, `a Location on ${res.url()}`).toBeTruthy();
  return new URL(location!, from);
}

test.describe("callbackUrl", () => {
  test("a signed-in person visiting /login is sent to a path on this site, whatever callbackUrl says", async ({
    page,
    baseURL,
  }) => {
    await signInAs(page, demoAccounts.viewer.email, null);
    const own = new URL(baseURL!);
    for (const callback of FOREIGN_CALLBACKS) {
      const res = await page.request.get(`/login?callbackUrl=${callback}`, { maxRedirects: 0 });
      expect(res.status(), callback).toBe(307);
      const target = redirectTarget(res, baseURL!);
      expect(target.host, callback).toBe(own.host);
      // The home page, which sends each person on to theirs.
      expect(target.pathname, callback).toBe("/");
    }
    // A path on this site is followed, with its query.
    const res = await page.request.get(`/login?callbackUrl=${encodeURIComponent("/settings/tokens?x=1")}`, {
      maxRedirects: 0,
    });
    expect(redirectTarget(res, baseURL!).toString()).toBe(new URL("/settings/tokens?x=1", baseURL).toString());
  });

  for (const callback of ["/%5Cevil.example/", "/%09/evil.example/"]) {
    test(`the sign-in form does not follow ${callback} to another host`, async ({ page, baseURL }) => {
      const login = new LoginPage(page);
      await login.goto(`/login?callbackUrl=${callback}`);
      await login.signIn(demoAccounts.viewer.email);
      await expect(page).toHaveURL(/\/recommendations/);
      expect(new URL(page.url()).host).toBe(new URL(baseURL!).host);
    });
  }

  test("next-auth's own endpoints turn a foreign or malformed callbackUrl into a path here", async ({ baseURL }) => {
    const ctx = await sessionFor(baseURL!, null);
    try {
      const own = new URL(baseURL!).host;
      for (const callback of [...FOREIGN_CALLBACKS, "not-a-url", "%0D%0ASet-Cookie:%20x=1"]) {
        // GET /api/auth/signin redirects to the sign-in page with the callbackUrl it accepted.
        const signin = await ctx.get(`/api/auth/signin?callbackUrl=${callback}`, { maxRedirects: 0 });
        expect(signin.status(), `signin ${callback}`).toBeLessThan(500);
        if (signin.status() >= 300 && signin.status() < 400) {
          const target = redirectTarget(signin, baseURL!);
          expect(target.host, callback).toBe(own);
          const next = target.searchParams.get("callbackUrl");
          if (next) expect(new URL(next, baseURL).host, `${callback} → ${next}`).toBe(own);
        }
        // The credentials callback answers where the form would go next.
        const { csrfToken } = await (await ctx.get("/api/auth/csrf")).json();
        // A successful sign-in, so the suite's failures from this address stay few (they are throttled).
        const callbackRes = await ctx.post("/api/auth/callback/credentials", {
          form: {
            csrfToken,
            email: demoAccounts.viewer.email,
            password: DEMO_PASSWORD,
            callbackUrl: decodeURIComponent(callback),
            json: "true",
          },
          maxRedirects: 0,
        });
        expect(callbackRes.status(), `callback ${callback}`).toBeLessThan(500);
        const body = (await callbackRes.json().catch(() => ({}))) as { url?: string };
        if (body.url) expect(new URL(body.url, baseURL).host, `${callback} → ${body.url}`).toBe(own);
      }
    } finally {
      await ctx.dispose();
    }
  });

  test("a CR LF in callbackUrl is a safe redirect or a page, never a 500", async ({ page, baseURL }) => {
    // Percent-encoded, as it must be to reach the app at all (Node's parser refuses a raw one with 400);
    // decoded, it used to land in the Location header and fail the response with a 500.
    const paths = [
      "/login?callbackUrl=/recommendations%0D%0ASet-Cookie:%20injected=1",
      "/login?callbackUrl=%0D%0A//evil.example/",
    ];
    for (const signedIn of [false, true]) {
      if (signedIn) await signInAs(page, demoAccounts.viewer.email, null);
      for (const path of paths) {
        const res = await page.request.get(path, { maxRedirects: 0 });
        expect(res.status(), `${path} (signed in: ${signedIn})`).toBeLessThan(500);
        expect(res.status(), `${path} (signed in: ${signedIn})`).toBe(signedIn ? 307 : 200);
        // The home page, which sends each person on to theirs.
        if (signedIn) expect(redirectTarget(res, baseURL!).pathname).toBe("/");
        expect(JSON.stringify(res.headersArray())).not.toContain("injected");
      }
    }
  });
});

// ---------------------------------------------------------------------------------------------
// Sessions end on the server (issue 15, items 5 and 10).

async function cookieHeader(ctx: APIRequestContext): Promise<string> {
  return (await ctx.storageState()).cookies.map((c) => `${c.name}=${c.value}`).join("; ");
}

async function signOutOf(ctx: APIRequestContext) {
  const { csrfToken } = await (await ctx.get("/api/auth/csrf")).json();
  const res = await ctx.post("/api/auth/signout", { form: { csrfToken, callbackUrl: "/login", json: "true" } });
  expect(res.status()).toBe(200);
}

/** An open /api/v1/events stream, read as the browser's EventSource would. */
async function openEventStream(baseURL: string, headers: Record<string, string>) {
  const abort = new AbortController();
  const res = await fetch(`${baseURL}/api/v1/events`, { headers, signal: abort.signal });
  expect(res.status, "the event stream opens").toBe(200);
  const reader = res.body!.getReader();
  let received = "";
  const ended = (async () => {
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) return true;
        received += new TextDecoder().decode(value);
      }
    } catch {
      return false; // aborted by the test
    }
  })();
  await expect.poll(() => received).toContain(": connected");
  return {
    /** Resolves true when the server ended the stream within `ms`, false when it was still open. */
    endsWithin: (ms: number) => Promise.race([ended, new Promise<boolean>((r) => setTimeout(() => r(false), ms))]),
    close: () => abort.abort(),
  };
}

async function eventStreamStatus(baseURL: string, headers: Record<string, string>): Promise<number> {
  const abort = new AbortController();
  const res = await fetch(`${baseURL}/api/v1/events`, { headers, signal: abort.signal });
  abort.abort();
  return res.status;
}

const USERS_ACTIONS = "app/(workspace)/admin/users/actions.ts";

/** A fresh account (its password is the demo one, so sessionFor can sign it in); returns its id. */
async function createAccount(
  admin: APIRequestContext,
  role: "coordinator" | "viewer",
): Promise<{ id: string; email: string }> {
  const email = `session-${role}-${Date.now()}-${Math.random().toString(36).slice(2, 6)}@demo.local`;
  const res = await callServerAction(
    admin,
    "/admin/users",
    serverActionIds().get(`${USERS_ACTIONS}#createUserAction`)!,
    [{ name: `Session ${role}`, email, role, password: DEMO_PASSWORD }],
  );
  expect(res.body).toContain('"ok":true');
  return { id: /"id":"([0-9a-f-]{36})"/.exec(res.body)![1]!, email };
}

async function adminAction(admin: APIRequestContext, name: string, args: unknown[]) {
  const res = await callServerAction(admin, "/admin/users", serverActionIds().get(`${USERS_ACTIONS}#${name}`)!, args);
  expect(res.body, name).toContain('"ok":true');
}

async function mintToken(ctx: APIRequestContext): Promise<string> {
  const res = await ctx.post("/api/v1/tokens", { data: { name: `stream-${Date.now()}`, scope: "read" } });
  expect(res.status()).toBe(201);
  return (await res.json()).data.token;
}

test.describe("sessions", () => {
  test("signing out ends that session on the server: its cookie, replayed, is refused", async ({ baseURL }) => {
    const ctx = await sessionFor(baseURL!, demoAccounts.coordinator.email);
    const other = await sessionFor(baseURL!, demoAccounts.coordinator.email);
    try {
      const stolen = await cookieHeader(ctx);
      expect((await ctx.get("/api/v1/recommendations")).status()).toBe(200);
      await signOutOf(ctx);

      const replay = await sessionFor(baseURL!, null);
      try {
        expect((await replay.get("/api/v1/recommendations", { headers: { cookie: stolen } })).status()).toBe(401);
        const pageRes = await replay.get("/recommendations", { headers: { cookie: stolen }, maxRedirects: 0 });
        expect(pageRes.status()).toBe(307);
        expect(pageRes.headers()["location"]).toMatch(/\/login\?callbackUrl=/);
      } finally {
        await replay.dispose();
      }
      // The same person's other session is not affected.
      expect((await other.get("/api/v1/recommendations")).status()).toBe(200);
    } finally {
      await ctx.dispose();
      await other.dispose();
    }
  });

  test("an event stream ends when its session signs out, and cannot be reopened with it", async ({ baseURL }) => {
    const ctx = await sessionFor(baseURL!, demoAccounts.szMember.email);
    try {
      const cookie = await cookieHeader(ctx);
      const stream = await openEventStream(baseURL!, { cookie });
      await signOutOf(ctx);
      expect(await stream.endsWithin(5_000)).toBe(true);
      expect(await eventStreamStatus(baseURL!, { cookie })).toBe(401);
    } finally {
      await ctx.dispose();
    }
  });

  test("event streams end on deactivation, for the session and for API tokens, and stay closed", async ({
    baseURL,
  }) => {
    const admin = await sessionFor(baseURL!, demoAccounts.admin.email);
    const account = await createAccount(admin, "coordinator");
    const ctx = await sessionFor(baseURL!, account.email);
    try {
      const cookie = await cookieHeader(ctx);
      const token = await mintToken(ctx);
      const bySession = await openEventStream(baseURL!, { cookie });
      const byToken = await openEventStream(baseURL!, { authorization: `Bearer ${token}` });

      await adminAction(admin, "setUserActiveAction", [{ id: account.id, active: false }]);
      expect(await bySession.endsWithin(5_000)).toBe(true);
      expect(await byToken.endsWithin(5_000)).toBe(true);
      expect(await eventStreamStatus(baseURL!, { cookie })).toBe(401);
      expect(await eventStreamStatus(baseURL!, { authorization: `Bearer ${token}` })).toBe(401);
    } finally {
      await ctx.dispose();
      await admin.dispose();
    }
  });

  test("a role change ends the user's event streams, which reopen with the new rights; others stay open", async ({
    baseURL,
  }) => {
    const admin = await sessionFor(baseURL!, demoAccounts.admin.email);
    const account = await createAccount(admin, "coordinator");
    const ctx = await sessionFor(baseURL!, account.email);
    const bystander = await sessionFor(baseURL!, demoAccounts.viewer.email);
    try {
      const cookie = await cookieHeader(ctx);
      const theirs = await openEventStream(baseURL!, { cookie });
      const someoneElses = await openEventStream(baseURL!, { cookie: await cookieHeader(bystander) });

      await adminAction(admin, "updateUserAction", [{ id: account.id, role: "viewer" }]);
      expect(await theirs.endsWithin(5_000)).toBe(true);
      expect(await someoneElses.endsWithin(1_000)).toBe(false);
      someoneElses.close();
      const reopened = await openEventStream(baseURL!, { cookie });
      reopened.close();
    } finally {
      await ctx.dispose();
      await bystander.dispose();
      await admin.dispose();
    }
  });

  test("sign out everywhere ends the event streams and revokes the API tokens minted with the session", async ({
    baseURL,
  }) => {
    const admin = await sessionFor(baseURL!, demoAccounts.admin.email);
    const account = await createAccount(admin, "viewer");
    const ctx = await sessionFor(baseURL!, account.email);
    try {
      const token = await mintToken(ctx);
      const bearer = { authorization: `Bearer ${token}` };
      expect((await ctx.get("/api/v1/recommendations", { headers: bearer })).status()).toBe(200);
      const byToken = await openEventStream(baseURL!, bearer);

      const res = await callServerAction(
        ctx,
        "/recommendations",
        serverActionIds().get("app/(workspace)/account-actions.ts#signOutEverywhere")!,
        [{}],
      );
      expect(res.body).toContain('"ok":true');
      expect(await byToken.endsWithin(5_000)).toBe(true);
      const anonymous = await sessionFor(baseURL!, null);
      try {
        expect((await anonymous.get("/api/v1/recommendations", { headers: bearer })).status()).toBe(401);
      } finally {
        await anonymous.dispose();
      }
    } finally {
      await ctx.dispose();
      await admin.dispose();
    }
  });

  test("an administrator's password reset revokes the account's API tokens", async ({ baseURL }) => {
    const admin = await sessionFor(baseURL!, demoAccounts.admin.email);
    const account = await createAccount(admin, "viewer");
    const ctx = await sessionFor(baseURL!, account.email);
    try {
      const bearer = { authorization: `Bearer ${await mintToken(ctx)}` };
      expect((await admin.get("/api/v1/recommendations", { headers: bearer })).status()).toBe(200);
      await adminAction(admin, "resetPasswordAction", [{ id: account.id, password: "a brand new passphrase" }]);
      expect((await admin.get("/api/v1/recommendations", { headers: bearer })).status()).toBe(401);
    } finally {
      await ctx.dispose();
      await admin.dispose();
    }
  });
});

// ---------------------------------------------------------------------------------------------
// The client's address and throttling (issue 15, item 6).

type Outcome = "signed-in" | "refused" | "throttled";

/** One password sign-in through next-auth's endpoint, as the form does it, from a given forwarded chain. */
async function tryPassword(
  ctx: APIRequestContext,
  email: string,
  password: string,
  forwardedFor?: string,
): Promise<Outcome> {
  const headers = forwardedFor ? { "x-forwarded-for": forwardedFor } : undefined;
  const { csrfToken } = await (await ctx.get("/api/auth/csrf", { headers })).json();
  const res = await ctx.post("/api/auth/callback/credentials", {
    form: { csrfToken, email, password, json: "true" },
    headers,
    maxRedirects: 0,
  });
  expect(res.status()).toBeLessThan(500);
  const url = new URL((await res.json()).url as string);
  const error = url.searchParams.get("error");
  if (!error) return "signed-in";
  return error.startsWith("throttled:") ? "throttled" : "refused";
}

test("with no trusted proxy (the default), a forged X-Forwarded-For is ignored: the socket's address is what counts", async ({
  page,
  baseURL,
}) => {
  const target = `forged-${Date.now()}@demo.local`;
  const ctx = await sessionFor(baseURL!, null);
  try {
    expect(await tryPassword(ctx, target, "not-the-password", "203.0.113.77, 198.51.100.77")).toBe("refused");
  } finally {
    await ctx.dispose();
  }
  // The security log shows the address the request came from, not the forged one.
  await signInAs(page, demoAccounts.admin.email, "/admin/activity");
  const row = page.getByRole("row").filter({ hasText: target });
  await expect(row).toContainText(/ip: (127\.0\.0\.1|::1)/);
  await expect(row).not.toContainText("203.0.113.77");
  await expect(row).not.toContainText("198.51.100.77");
});

test.describe("behind one trusted proxy (TRUSTED_PROXIES=1, on PostgreSQL)", () => {
  const baseDatabaseUrl = testDatabaseUrl();
  test.skip(!baseDatabaseUrl, "TEST_DATABASE_URL is not set");
  let server: SpawnedServer;
  let ctx: APIRequestContext;

  test.beforeAll(async () => {
    test.setTimeout(120_000);
    const port = Number(process.env.E2E_PROXY_PORT ?? Number(process.env.E2E_PORT ?? 3210) + 3);
    server = await startServerOnPostgres(baseDatabaseUrl!, port, { env: { TRUSTED_PROXIES: "1" } });
    ctx = await sessionFor(server.origin, null);
  });
  test.afterAll(async () => {
    await ctx?.dispose();
    await server?.stop();
  });

  test("the address is the one the proxy appended: rotating what the client sends before it changes nothing", async () => {
    // The proxy appends 198.51.100.20; the client puts a new address of its own in front each time.
    for (let i = 0; i < 10; i++) {
      expect(await tryPassword(ctx, `guess-${i}@demo.local`, "wrong", `203.0.113.${i + 1}, 198.51.100.20`)).toBe(
        "refused",
      );
    }
    expect(await tryPassword(ctx, "guess-10@demo.local", "wrong", "203.0.113.99, 198.51.100.20")).toBe("throttled");
    // Another client behind the same proxy is not held back.
    expect(await tryPassword(ctx, demoAccounts.viewer.email, DEMO_PASSWORD, "198.51.100.21")).toBe("signed-in");
  });

  test("four wrong passwords from four addresses do not keep the owner out", async () => {
    for (let i = 0; i < 4; i++) {
      expect(await tryPassword(ctx, demoAccounts.coordinator.email, "wrong", `198.51.100.${30 + i}`)).toBe("refused");
    }
    expect(await tryPassword(ctx, demoAccounts.coordinator.email, DEMO_PASSWORD, "198.51.100.40")).toBe("signed-in");
  });

  test("signing in to one's own account between guesses does not reset the address's count", async () => {
    const attacker = "198.51.100.50";
    for (let i = 0; i < 9; i++)
      expect(await tryPassword(ctx, `victim-a${i}@demo.local`, "wrong", attacker)).toBe("refused");
    expect(await tryPassword(ctx, demoAccounts.szMember.email, DEMO_PASSWORD, attacker)).toBe("signed-in");
    expect(await tryPassword(ctx, "victim-b0@demo.local", "wrong", attacker)).toBe("refused");
    expect(await tryPassword(ctx, "victim-b1@demo.local", "wrong", attacker)).toBe("throttled");
  });
});
