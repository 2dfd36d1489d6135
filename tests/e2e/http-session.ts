import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, request as playwrightRequest, type APIRequestContext } from "@playwright/test";
import { DEMO_PASSWORD } from "./fixtures";

/** A request context signed in through next-auth's own endpoints (no browser), or anonymous. */
export async function sessionFor(baseURL: string, email: string | null): Promise<APIRequestContext> {
  const ctx = await playwrightRequest.newContext({ baseURL });
  if (!email) return ctx;
  const { csrfToken } = await (await ctx.get("/api/auth/csrf")).json();
  const res = await ctx.post("/api/auth/callback/credentials", {
    form: { csrfToken, email, password: DEMO_PASSWORD, json: "true" },
  });
  expect(res.status(), `sign in ${email}`).toBeLessThan(400);
  const session = await (await ctx.get("/api/auth/session")).json();
  expect(session.user?.email, `session for ${email}`).toBe(email);
  return ctx;
}

/** Server action ids of the production build, by "file#export". */
export function serverActionIds(): Map<string, string> {
  const manifest = JSON.parse(readFileSync(path.join(".next", "server", "server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { filename: string; exportedName: string }>;
  };
  return new Map(Object.entries(manifest.node).map(([id, v]) => [`${v.filename}#${v.exportedName}`, id]));
}

/** Calls a server action as the browser would; answers the HTTP status and the RSC payload text. */
export async function callServerAction(
  ctx: APIRequestContext,
  pagePath: string,
  actionId: string,
  args: unknown[] | string,
) {
  const res = await ctx.post(pagePath, {
    headers: { "Next-Action": actionId, "Content-Type": "text/plain;charset=UTF-8", Accept: "text/x-component" },
    data: typeof args === "string" ? args : JSON.stringify(args),
    maxRedirects: 0,
  });
  return { status: res.status(), body: await res.text() };
}
