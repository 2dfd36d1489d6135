import { NextResponse, type NextRequest } from "next/server";

/** Request header carrying the path and query asked for, so a sign-in redirect can return there. */
export const REQUEST_PATH_HEADER = "x-tct-request-path";

export function proxy(request: NextRequest) {
  const headers = new Headers(request.headers);
  // Overwrite whatever a client sent under this name: only the proxy sets it.
  headers.set(REQUEST_PATH_HEADER, request.nextUrl.pathname + request.nextUrl.search);
  return NextResponse.next({ request: { headers } });
}

export const config = {
  // Pages only: not the API, Next's assets or files with an extension.
  matcher: ["/((?!api/|_next/|.*\\.[a-zA-Z0-9]+$).*)"],
};
