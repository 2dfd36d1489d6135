/**
 * The printer's pass to one report's printable page. Headless Chromium has no session; the worker
 * gives it a token naming that one job, valid for a few minutes (lib/security/signed-token.ts), and
 * the page accepts it instead of a signed-in reader.
 */
import { openToken, sealToken } from "@/lib/security/signed-token";

const PURPOSE = "tct-report-page-v1";
/** Printing a 500-entry report takes well under this. */
export const REPORT_PAGE_TOKEN_TTL_MS = 10 * 60 * 1000;

export function signReportPageToken(secret: string, jobId: string, now = Date.now(), ttlMs = REPORT_PAGE_TOKEN_TTL_MS) {
  return sealToken(secret, PURPOSE, { job: jobId, exp: now + ttlMs });
}

/** True when `token` was signed for `jobId` and has not expired. */
export function verifyReportPageToken(secret: string, token: unknown, jobId: string, now = Date.now()): boolean {
  const opened = openToken(secret, PURPOSE, token);
  if (!opened.ok) return false;
  const payload = opened.payload as { job?: unknown; exp?: unknown } | null;
  return payload?.job === jobId && typeof payload.exp === "number" && now < payload.exp;
}
