/**
 * Whether a request was sent by another site's page. API writes are otherwise safe from cross-site
 * forgery because they take JSON, which a browser sends to another origin only after a CORS
 * preflight this app never grants; a multipart upload needs no preflight, so a page elsewhere could
 * make a signed-in browser post one with its session cookie. Browsers send `Origin` (and
 * `Sec-Fetch-Site`) on such requests, so they are told apart here.
 */
function originHost(origin: string): string | null {
  try {
    return new URL(origin).host;
  } catch {
    return null; // "null" (sandboxed frames, file:) or garbage: never this site
  }
}

export function isCrossSiteRequest(req: Request): boolean {
  // A bearer token is not sent by the browser on its own: a request carrying one was written by its holder.
  if (req.headers.has("authorization")) return false;
  const fetchSite = req.headers.get("sec-fetch-site");
  if (fetchSite === "cross-site" || fetchSite === "same-site") return true;
  const origin = req.headers.get("origin");
  const host = req.headers.get("x-forwarded-host") ?? req.headers.get("host");
  return Boolean(origin && host && originHost(origin) !== host);
}
