/**
 * The checks proxy.ts makes on a server-action call before Next decodes it. Next answers a body it
 * cannot decode with a 500 (and decodes references into parts the request does not have, and
 * revives nesting recursively until the stack overflows), so what this app's own pages never send
 * is refused here with 400, 403 or 413 and a sentence saying why.
 *
 * What the pages send: React encodes plain arguments (objects, arrays, strings, numbers, booleans,
 * null, undefined) as one JSON array in a text/plain body. Strings that start with "$" are
 * escaped as "$$…"; the other "$" forms name a value of their own ("$undefined") or, like "$Q1"
 * and "$B1", another part of a multipart body, which these arguments never need.
 */
import { decodeUtf8, kib, readLimitedBody } from "./limited-body";
import { MAX_INPUT_DEPTH } from "@/lib/validation/parse-input";

/** Server-action bodies above this are refused; next.config.ts gives Next the same limit. */
export const SERVER_ACTION_MAX_BYTES = 256 * 1024;

export interface Refusal {
  status: 400 | 403 | 413;
  code: "bad_request" | "forbidden" | "payload_too_large";
  message: string;
}

const malformed = (detail: string): Refusal => ({
  status: 400,
  code: "bad_request",
  message: `The server action call is malformed: ${detail}. Reload the page and try again.`,
});

/** Self-contained "$" values React's reply format has for plain arguments. */
const SELF_CONTAINED = /^\$(?:\$|undefined$|NaN$|Infinity$|-Infinity$|-0$|D|n-?\d+$)/;

/**
 * Why a decoded argument list is not what a page sends, or null when it is. Walks without
 * recursion, so nesting 100,000 deep is refused instead of overflowing the stack.
 */
export function findMalformedArguments(args: unknown): string | null {
  if (!Array.isArray(args)) return "its arguments are not a JSON list";
  const stack: { value: unknown; depth: number }[] = [{ value: args, depth: 0 }];
  while (stack.length) {
    const { value, depth } = stack.pop()!;
    if (typeof value === "string") {
      if (value.startsWith("$") && !SELF_CONTAINED.test(value)) return "it refers to parts the request does not have";
      continue;
    }
    if (!value || typeof value !== "object") continue;
    if (depth >= MAX_INPUT_DEPTH) return `its arguments are nested more than ${MAX_INPUT_DEPTH} levels deep`;
    for (const item of Array.isArray(value) ? value : Object.values(value))
      stack.push({ value: item, depth: depth + 1 });
  }
  return null;
}

function originHost(origin: string): string | null {
  try {
    return new URL(origin).host;
  } catch {
    return null; // "null" (sandboxed frames, file:) or garbage: never this site
  }
}

/**
 * A POST to a page that Next would take as a server action: one called with the Next-Action header,
 * or a multipart form (Next tries those as progressive-enhancement form actions, which this app has
 * none of). The body is read up to the limit and no further.
 */
export async function checkServerActionRequest(request: Request): Promise<Refusal | null> {
  if (request.method !== "POST") return null;
  const type = (request.headers.get("content-type") ?? "").toLowerCase();
  const isCall = request.headers.has("next-action");
  if (!isCall && !type.startsWith("multipart/form-data")) return null;

  const origin = request.headers.get("origin");
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  if (origin && host && originHost(origin) !== host) {
    return { status: 403, code: "forbidden", message: "Server actions can only be called from this site's own pages." };
  }
  const body = await readLimitedBody(request.body, SERVER_ACTION_MAX_BYTES, request.headers.get("content-length"));
  if (!body.ok) {
    return {
      status: 413,
      code: "payload_too_large",
      message: `The request is larger than ${kib(SERVER_ACTION_MAX_BYTES)}, the most a form may send. Send less at once.`,
    };
  }
  if (!isCall || !type.startsWith("text/plain")) {
    return malformed("this site's forms send their fields as JSON text, not as a multipart or other body");
  }
  const text = decodeUtf8(body.bytes);
  if (text === null) return malformed("its body is not valid UTF-8 text");
  let args: unknown;
  try {
    args = JSON.parse(text);
  } catch {
    return malformed("its arguments are not a JSON list");
  }
  const problem = findMalformedArguments(args);
  return problem ? malformed(problem) : null;
}
