import { NextResponse, type NextRequest } from "next/server";
import { buildCsp, generateNonce, HSTS_VALUE, isHttps, NONCE_HEADER } from "@/lib/security/csp";

/** Request header carrying the path and query asked for, so a sign-in redirect can return there. */
export const REQUEST_PATH_HEADER = "x-tct-request-path";

/** Server-action bodies above this are refused; next.config.ts gives Next the same limit. */
export const SERVER_ACTION_MAX_BYTES = 256 * 1024;

const refuse = (status: number, code: string, message: string) =>
  NextResponse.json({ error: { code, message } }, { status });

function originHost(origin: string): string | null {
  try {
    return new URL(origin).host;
  } catch {
    return null; // "null" (sandboxed frames, file:) or garbage: never this site
  }
}

/**
 * Server-action calls that Next would refuse with a 500 (a foreign Origin, a body over the limit,
 * arguments that are not JSON) are answered here with what they are: 403, 413 or 400.
 */
async function checkServerAction(request: NextRequest): Promise<NextResponse | null> {
  if (request.method !== "POST" || !request.headers.has("next-action")) return null;
  const origin = request.headers.get("origin");
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  if (origin && host && originHost(origin) !== host) {
    return refuse(403, "forbidden", "Server actions can only be called from this site's own pages.");
  }
  if (Number(request.headers.get("content-length") ?? 0) > SERVER_ACTION_MAX_BYTES) {
    return refuse(413, "payload_too_large", `The request is larger than ${SERVER_ACTION_MAX_BYTES / 1024} KiB.`);
  }
  if (!(request.headers.get("content-type") ?? "").startsWith("text/plain")) return null;
  const text = await request.clone().text();
  if (text.length > SERVER_ACTION_MAX_BYTES) {
    return refuse(413, "payload_too_large", `The request is larger than ${SERVER_ACTION_MAX_BYTES / 1024} KiB.`);
  }
  try {
    if (Array.isArray(JSON.parse(text))) return null;
  } catch {
    // falls through to the refusal
  }
  return refuse(400, "bad_request", "The server action call is malformed: its arguments are not a JSON list.");
}

export async function proxy(request: NextRequest) {
  const refused = await checkServerAction(request);
  if (refused) return refused;
  const nonce = generateNonce();
  const https = isHttps(process.env.NEXTAUTH_URL, request.headers.get("x-forwarded-proto"));
  const csp = buildCsp({
    nonce,
    dev: process.env.NODE_ENV === "development",
    host: request.headers.get("host"),
    https,
  });

  const headers = new Headers(request.headers);
  // Overwrite whatever a client sent under these names: only the proxy sets them.
  headers.set(REQUEST_PATH_HEADER, request.nextUrl.pathname + request.nextUrl.search);
  headers.set(NONCE_HEADER, nonce);
  // Next.js takes the nonce for its own scripts from the request's policy while rendering.
  headers.set("Content-Security-Policy", csp);

  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", csp);
  // HSTS only when the app is served over https: NEXTAUTH_URL (read at run time, so one build serves
  // both) is https, or a TLS-terminating proxy says so in x-forwarded-proto. Over plain http browsers
  // ignore it anyway, but it must not pin localhost to https. The API gets it from next.config.ts,
  // where only the x-forwarded-proto condition is available (its headers are fixed at build time).
  if (https) {
    response.headers.set("Strict-Transport-Security", HSTS_VALUE);
  }
  return response;
}

export const config = {
  matcher: [
    // Every page, so every page has the policy and the return path. Not the API, not Next's own files
    // (_next/: static chunks, image optimizer, dev hot reload) and not static files by extension. The
    // extensions are listed because page paths contain dots too (/recommendations/R-004-4.2.2.1).
    // Prefetches are not skipped, though Next's CSP guide suggests it: a prefetched layout may redirect to
    // sign-in, and that redirect needs the return path. The policy costs nothing on those responses.
    "/((?!api(?:/|$)|_next/|.*\\.(?:ico|png|jpe?g|gif|svg|webp|avif|txt|xml|webmanifest|json|js|mjs|css|map|woff2?|ttf|otf)$).*)",
  ],
};
