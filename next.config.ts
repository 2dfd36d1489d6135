import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { HSTS_VALUE, STATIC_SECURITY_HEADERS } from "./lib/security/csp";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const nextConfig: NextConfig = {
  // PGlite resolves its WebAssembly files from its own package folder, which bundling breaks
  // ("path argument must be of type string … Received URL"); yjs must be one instance per process.
  serverExternalPackages: ["@electric-sql/pglite", "yjs", "postgres", "exceljs"],
  poweredByHeader: false,
  typedRoutes: false,
  experimental: {
    // The same limit proxy.ts answers with 413 before Next sees the request (SERVER_ACTION_MAX_BYTES).
    serverActions: { bodySizeLimit: "256kb" },
    // How much of a body Next copies for proxy.ts to read (default 10 MB, held per request). Past it
    // the copy just ends, so it must exceed SERVER_ACTION_MAX_BYTES by more than one chunk (64 KiB)
    // for the proxy to see that a body is over the limit rather than a cut-off one under it.
    proxyClientMaxBodySize: "512kb",
  },
  // Security headers on every response, API included. The Content-Security-Policy carries a nonce per
  // request, so it is set by proxy.ts (pages), as is HSTS when NEXTAUTH_URL is https: these rules are
  // fixed at build time, so here HSTS can only follow the request's x-forwarded-proto.
  async headers() {
    return [
      { source: "/:path*", headers: [...STATIC_SECURITY_HEADERS] },
      {
        source: "/:path*",
        has: [{ type: "header", key: "x-forwarded-proto", value: "\\s*https\\s*(?:,.*)?" }],
        headers: [{ key: "Strict-Transport-Security", value: HSTS_VALUE }],
      },
    ];
  },
};

export default withNextIntl(nextConfig);
