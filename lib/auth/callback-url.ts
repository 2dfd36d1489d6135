/**
 * Where to go after signing in: only ever a path on this site. Shared by the login page (server),
 * the sign-in form (browser) and next-auth's redirect callback, so no reader of `callbackUrl` can
 * be talked into sending someone to another host.
 */

/** No page asked for: the home page (`app/page.tsx`) sends each person to theirs (see landingPath). */
export const DEFAULT_AFTER_SIGN_IN = "/";

/**
 * Where someone lands who asked for no page: an agency member on their work queue (My work),
 * everyone else (coordinators, administrators, viewers) on the recommendations list.
 */
export function landingPath(user: { role: string; agencyId: string | null }): string {
  return user.role === "member" && user.agencyId ? "/my-work" : "/recommendations";
}

/** A made-up origin for parsing when the real one does not matter: only "same origin or not" does. */
const PARSE_ORIGIN = "http://tct.invalid";

/**
 * The same-origin path (path, query and fragment) that `value` names, or null when it names
 * anything else. Refused before parsing: a backslash (browsers read `/\evil.example` as
 * `//evil.example`), any control character (the URL parser drops tabs and newlines, so
 * `/<TAB>/evil.example` turns into `//evil.example`; a raw CR LF would also break the Location
 * header), and anything not starting with a single `/`. An absolute URL is accepted only when its
 * origin is `origin`. What comes back is the parsed form, never the raw text, and never starts with
 * `//`.
 */
export function sameOriginPath(value: unknown, origin?: string): string | null {
  if (typeof value !== "string" || value.length === 0 || value.length > 2048) return null;
  if (/[\\\u0000-\u001f\u007f]/.test(value)) return null;
  const base = origin ?? PARSE_ORIGIN;
  let url: URL;
  try {
    url = new URL(value, base);
  } catch {
    return null;
  }
  const relative = value.startsWith("/") && !value.startsWith("//");
  if (!relative && (!origin || !value.startsWith(origin + "/"))) return null;
  if (url.origin !== new URL(base).origin) return null;
  // Dot segments can fold `/..//evil.example` into `//evil.example`, which a browser reads as a host.
  if (url.pathname.startsWith("//")) return null;
  return url.pathname + url.search + url.hash;
}

/** `callbackUrl` as a page receives it (possibly repeated): a safe path, else the default. */
export function safeCallbackPath(value: unknown, origin?: string): string {
  const first: unknown = Array.isArray(value) ? value[0] : value;
  return sameOriginPath(first, origin) ?? DEFAULT_AFTER_SIGN_IN;
}
