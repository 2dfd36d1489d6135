import { NextResponse, type NextRequest } from "next/server";
import { buildCsp, generateNonce, HSTS_VALUE, isHttps, NONCE_HEADER } from "@/lib/security/csp";
import { checkServerActionRequest } from "@/lib/security/server-action-request";

/** Request header carrying the path and query asked for, so a sign-in redirect can return there. */
export const REQUEST_PATH_HEADER = "x-tct-request-path";

export async function proxy(request: NextRequest) {
  // Server-action calls Next would answer with a 500 (from another site, oversized, malformed) are
  // answered here with what they are.
  const refused = await checkServerActionRequest(request);
  if (refused) {
    return NextResponse.json(
      { error: { code: refused.code, message: refused.message } },
      // The rest of an oversized body is not wanted: closing the connection stops the upload.
      { status: refused.status, headers: refused.status === 413 ? { Connection: "close" } : {} },
    );
  }
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
