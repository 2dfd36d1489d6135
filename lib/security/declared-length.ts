/**
 * Next.js drops `Content-Length` from every route handler's response (send-response.js: the body
 * may have been decoded on the way), so a streamed download would go out chunked, and the browser
 * could not show how much of a 20 MB file is left. A route that knows its body's exact length says
 * so in DECLARED_LENGTH_HEADER; server.ts turns that back into `Content-Length` as the head is
 * written. Only route handlers set it; a request's headers never reach a response's.
 */
import type { ServerResponse } from "node:http";

export const DECLARED_LENGTH_HEADER = "x-tct-content-length";

export function restoreDeclaredLength(res: ServerResponse): void {
  const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => ServerResponse;
  res.writeHead = ((...args: unknown[]) => {
    const declared = res.getHeader(DECLARED_LENGTH_HEADER);
    if (declared !== undefined) {
      res.removeHeader(DECLARED_LENGTH_HEADER);
      if (/^\d+$/.test(String(declared))) res.setHeader("Content-Length", String(declared));
    }
    return writeHead(...args);
  }) as ServerResponse["writeHead"];
}
