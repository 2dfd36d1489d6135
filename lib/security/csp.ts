/**
 * Content-Security-Policy and the other security headers. Pure functions, so the policy is unit-tested
 * and the proxy (`proxy.ts`) only wires them to a request.
 *
 * Scripts run under a per-request nonce: the proxy puts the policy on the request, Next.js reads the
 * nonce from it while rendering and stamps it on its own scripts, and `app/layout.tsx` hands it to
 * next-themes' inline script. 'strict-dynamic' lets those scripts load the chunks they need.
 */

export interface CspOptions {
  /** The nonce of this request (base64). */
  nonce: string;
  /** Development adds 'unsafe-eval', which React's dev tooling needs (server error stacks in the browser). */
  dev?: boolean;
  /**
   * The host (and port) the page was asked for, as in the Host header: websockets may go to it and
   * nowhere else (the collaboration websocket on /collab, the dev server's hot reload).
   */
  host?: string | null;
  /** Whether the page was served over https: its websocket is then wss:, else ws:. */
  https?: boolean;
}

/** A host name, IPv4 or bracketed IPv6 address, with an optional port: nothing that could add a source. */
const HOST = /^(?:[a-z0-9-]+(?:\.[a-z0-9-]+)*|\[[0-9a-f:.]+\])(?::\d{1,5})?$/i;

/**
 * 'self' covers same-origin websockets in current browsers (CSP Level 3); the explicit ws(s)://host
 * is for those that still read 'self' as http(s) only. A host that does not look like one is left
 * out, leaving 'self'.
 */
function websocketSources(host: string | null | undefined, https: boolean): string[] {
  if (!host || !HOST.test(host)) return [];
  return [`${https ? "wss" : "ws"}://${host.toLowerCase()}`];
}

/** Request header carrying the nonce to server components (`(await headers()).get(NONCE_HEADER)`). */
export const NONCE_HEADER = "x-nonce";

export const HSTS_VALUE = "max-age=63072000; includeSubDomains";

/** Headers sent on every response, pages and API alike (applied through `next.config.ts`). */
export const STATIC_SECURITY_HEADERS: ReadonlyArray<{ key: string; value: string }> = [
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
];

export function buildCsp({ nonce, dev = false, host, https = false }: CspOptions): string {
  if (!/^[A-Za-z0-9+/_-]+={0,2}$/.test(nonce)) throw new Error("A CSP nonce must be base64.");
  const directives: Record<string, string[]> = {
    "default-src": ["'self'"],
    "script-src": ["'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...(dev ? ["'unsafe-eval'"] : [])],
    // Radix (positioning) and next-themes (color-scheme) set inline styles. No nonce here on purpose:
    // a nonce in style-src makes browsers ignore 'unsafe-inline'.
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:"],
    "font-src": ["'self'", "data:"],
    "connect-src": ["'self'", ...websocketSources(host, https)],
    "frame-ancestors": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    "object-src": ["'none'"],
  };
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(" ")}`)
    .join("; ");
}

/** A fresh nonce: 128 random bits from Web Crypto, base64-encoded. */
export function generateNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

/**
 * Whether a request reached us over https: either the public address (`NEXTAUTH_URL`) is https, or
 * the TLS-terminating proxy in front says so in `x-forwarded-proto` (first value when it is a list).
 */
export function isHttps(nextAuthUrl: string | undefined, forwardedProto: string | null): boolean {
  if (nextAuthUrl?.toLowerCase().startsWith("https://")) return true;
  return forwardedProto?.split(",")[0]?.trim().toLowerCase() === "https";
}
