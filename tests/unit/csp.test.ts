import { describe, expect, it } from "vitest";
import { buildCsp, generateNonce, isHttps, STATIC_SECURITY_HEADERS } from "@/lib/security/csp";

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split("; ").map((d): [string, string[]] => {
      const [name = "", ...sources] = d.split(" ");
      return [name, sources];
    }),
  );
}

describe("buildCsp", () => {
  it("is the exact production policy for a nonce", () => {
    expect(buildCsp({ nonce: "abc123+/==" })).toBe(
      "default-src 'self'; script-src 'self' 'nonce-abc123+/==' 'strict-dynamic'; " +
        "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; " +
        "connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'",
    );
  });

  it("lets websockets go to the page's own host only, ws: or wss: as the page was served", () => {
    expect(directives(buildCsp({ nonce: "n0nce", host: "localhost:3000" })).get("connect-src")).toEqual([
      "'self'",
      "ws://localhost:3000",
    ]);
    expect(
      directives(buildCsp({ nonce: "n0nce", host: "Tracker.Example.org", https: true })).get("connect-src"),
    ).toEqual(["'self'", "wss://tracker.example.org"]);
    expect(directives(buildCsp({ nonce: "n0nce", host: "[::1]:3000" })).get("connect-src")).toEqual([
      "'self'",
      "ws://[::1]:3000",
    ]);
    // Never any host: no bare scheme, no wildcard.
    for (const policy of [buildCsp({ nonce: "n0nce" }), buildCsp({ nonce: "n0nce", host: "localhost", dev: true })]) {
      const connect = directives(policy).get("connect-src")!;
      expect(connect).not.toContain("ws:");
      expect(connect).not.toContain("wss:");
      expect(connect.join(" ")).not.toContain("*");
    }
  });

  it("leaves out a Host header that could smuggle in another source or directive", () => {
    for (const host of ["evil.example wss:", "localhost;script-src *", "*", "localhost:3000/path", "a b", ""]) {
      expect(directives(buildCsp({ nonce: "n0nce", host })).get("connect-src"), host).toEqual(["'self'"]);
    }
  });

  it("adds 'unsafe-eval' to script-src in development only", () => {
    const dev = directives(buildCsp({ nonce: "n0nce", dev: true }));
    expect(dev.get("script-src")).toEqual(["'self'", "'nonce-n0nce'", "'strict-dynamic'", "'unsafe-eval'"]);
    const prod = buildCsp({ nonce: "n0nce", dev: false });
    expect(prod).not.toContain("unsafe-eval");
    expect(prod).toBe(buildCsp({ nonce: "n0nce" }));
  });

  it("never allows inline scripts without the nonce, nor framing, plugins or foreign bases and forms", () => {
    const d = directives(buildCsp({ nonce: "xyz" }));
    expect(d.get("script-src")).not.toContain("'unsafe-inline'");
    expect(d.get("frame-ancestors")).toEqual(["'none'"]);
    expect(d.get("object-src")).toEqual(["'none'"]);
    expect(d.get("base-uri")).toEqual(["'self'"]);
    expect(d.get("form-action")).toEqual(["'self'"]);
    // A nonce in style-src would make browsers ignore 'unsafe-inline', breaking Radix's inline styles.
    expect(d.get("style-src")).toEqual(["'self'", "'unsafe-inline'"]);
  });

  it("refuses a nonce that could inject another directive or source", () => {
    expect(() => buildCsp({ nonce: "x'; script-src *" })).toThrow(/base64/);
    expect(() => buildCsp({ nonce: "" })).toThrow(/base64/);
  });
});

describe("generateNonce", () => {
  it("is 128 random bits in base64, fresh every time", () => {
    const nonces = new Set(Array.from({ length: 100 }, generateNonce));
    expect(nonces.size).toBe(100);
    for (const n of nonces) {
      expect(n).toMatch(/^[A-Za-z0-9+/]{22}==$/);
      expect(Buffer.from(n, "base64")).toHaveLength(16);
      expect(() => buildCsp({ nonce: n })).not.toThrow();
    }
  });
});

describe("isHttps", () => {
  it("follows NEXTAUTH_URL or the first x-forwarded-proto value", () => {
    expect(isHttps("https://tracker.example.org", null)).toBe(true);
    expect(isHttps("http://localhost:3000", null)).toBe(false);
    expect(isHttps(undefined, null)).toBe(false);
    expect(isHttps("http://localhost:3000", "https")).toBe(true);
    expect(isHttps(undefined, "https, http")).toBe(true);
    expect(isHttps(undefined, "http, https")).toBe(false);
    expect(isHttps("http://localhost:3000", "http")).toBe(false);
  });
});

describe("STATIC_SECURITY_HEADERS", () => {
  it("lists the headers sent on every response", () => {
    expect(Object.fromEntries(STATIC_SECURITY_HEADERS.map((h) => [h.key, h.value]))).toEqual({
      "Referrer-Policy": "strict-origin-when-cross-origin",
      "X-Content-Type-Options": "nosniff",
      "X-Frame-Options": "DENY",
      "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
    });
  });
});
