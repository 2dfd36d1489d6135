/**
 * What server.ts does with a request before Next sees it. Next's router decodes the segments of a
 * dynamic route and, for one it cannot decode (a lone "%", a cut-off UTF-8 escape such as
 * "%E0%A4%A"), answers 500 with no log; and it reads an oversized upload to its end before
 * sending the answer proxy.ts gave (see capRequestBody).
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { MAX_EVIDENCE_UPLOAD_BYTES } from "../evidence/limits";
import { STATIC_SECURITY_HEADERS } from "./csp";

/** Whether the path of a request URL has a percent escape that is not valid UTF-8. */
export function hasUndecodablePath(url: string): boolean {
  try {
    decodeURIComponent(url.split("?")[0]!);
    return false;
  } catch {
    return true;
  }
}

/** Answers a request whose path does not decode with 400 and says so; false for every other request. */
export function refuseUndecodablePath(req: IncomingMessage, res: ServerResponse): boolean {
  if (!hasUndecodablePath(req.url ?? "/")) return false;
  const body = JSON.stringify({
    error: {
      code: "bad_request",
      message:
        'The address has a malformed percent escape: "%" must be followed by two hexadecimal digits that spell valid UTF-8. Check the link.',
    },
  });
  res.writeHead(400, {
    "Content-Type": "application/json",
    "Content-Length": Buffer.byteLength(body),
    ...Object.fromEntries(STATIC_SECURITY_HEADERS.map((h) => [h.key, h.value])),
  });
  res.end(body);
  return true;
}

/** No request here needs more: above every layer's own limit (64 KiB API, 256 KiB server actions). */
export const MAX_REQUEST_BODY_BYTES = 512 * 1024;

/** Evidence uploads: a file of up to 20 MB in a multipart body (lib/evidence/limits.ts). */
const EVIDENCE_UPLOAD_PATH = /^\/api\/v1\/(?:actions\/[^/?]+|rounds\/[^/?]+\/answers\/[^/?]+)\/evidence\/?(?:\?|$)/;

/**
 * The cut is a chunk before the cap at worst (the chunk that passes it is dropped), so it sits 1 MiB
 * above the upload route's own limit: the route then counts past its limit and answers 413 with its
 * sentence, instead of parsing a cut-off form.
 */
const EVIDENCE_UPLOAD_CAP = MAX_EVIDENCE_UPLOAD_BYTES + 1024 * 1024;

/** The most a request may send: the upload routes' cap for a POST to them, else MAX_REQUEST_BODY_BYTES. */
export function requestBodyCap(method: string | undefined, url: string | undefined): number {
  return method === "POST" && EVIDENCE_UPLOAD_PATH.test(url ?? "") ? EVIDENCE_UPLOAD_CAP : MAX_REQUEST_BODY_BYTES;
}

/**
 * Ends a request's body at its cap (`requestBodyCap`) as it comes off the socket, before anything reads
 * it, and closes the connection once the answer is sent. The layers refuse far smaller bodies with
 * their own 413, but Next holds every request that passes through proxy.ts until its body has
 * ended (it finalises the copy the proxy read), so an oversized upload would otherwise be read to
 * its end, however long, only to be thrown away. A body cut here is over every limit, so whoever
 * reads it answers 413.
 */
export function capRequestBody(req: IncomingMessage, res: ServerResponse): void {
  const cap = requestBodyCap(req.method, req.url);
  let size = 0;
  let cut = false;
  const push = req.push.bind(req);
  req.push = (chunk: unknown, encoding?: BufferEncoding) => {
    if (cut) return false;
    if (chunk !== null) {
      size += (chunk as Buffer).length;
      if (size > cap) {
        cut = true;
        // The body as readers see it ends here. Marked complete first, or the stream's end would
        // count as the client aborting, which destroys the socket before the answer is out; and
        // "dumped", which makes Node's HTTP parser drop what still arrives.
        req.complete = true;
        (req as IncomingMessage & { _dumped: boolean })._dumped = true;
        push(null);
        return false;
      }
    }
    return push(chunk, encoding);
  };
  res.once("finish", () => {
    if (cut) req.socket.destroySoon();
  });
}
