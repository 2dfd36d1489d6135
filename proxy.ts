import { NextResponse, type NextRequest } from "next/server";
import { buildCsp, generateNonce, HSTS_VALUE, isHttps, NONCE_HEADER } from "@/lib/security/csp";

/** Request header carrying the path and query asked for, so a sign-in redirect can return there. */
export const REQUEST_PATH_HEADER = "x-tct-request-path";

/**
 * A server-action call carries its arguments as JSON text. Next's decoder throws on anything else
 * and answers 500; refuse such a call with 400 here instead, before it reaches the action.
 */
async function malformedServerAction(request: NextRequest): Promise<boolean> {
  if (request.method !== "POST" || !request.headers.has("next-action")) return false;
  if (!(request.headers.get("content-type") ?? "").startsWith("text/plain")) return false;
  try {
    return !Array.isArray(JSON.parse(await request.clone().text()));
  } catch {
    return true;
  }
}

export async function proxy(request: NextRequest) {
  if (await malformedServerAction(request)) {
    return NextResponse.json(
      {
        error: {
          code: "bad_request",
          message: "The server action call is malformed: its arguments are not a JSON list.",
        },
      },
      { status: 400 },
    );
  }
  const nonce = generateNonce();
  const csp = buildCsp({ nonce, dev: process.env.NODE_ENV === "development" });

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
  if (isHttps(process.env.NEXTAUTH_URL, request.headers.get("x-forwarded-proto"))) {
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
