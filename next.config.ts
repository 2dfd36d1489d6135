import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const nextConfig: NextConfig = {
  // PGlite resolves its WebAssembly files from its own package folder, which bundling breaks
  // ("path argument must be of type string … Received URL"); yjs must be one instance per process.
  serverExternalPackages: ["@electric-sql/pglite", "yjs", "postgres"],
  poweredByHeader: false,
  typedRoutes: false,
};

export default withNextIntl(nextConfig);
