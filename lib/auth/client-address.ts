/**
 * The client's address, for sign-in throttling and the security log. It is worked out once per
 * request in server.ts, from the socket and as many `X-Forwarded-For` hops as TRUSTED_PROXIES says
 * are ours, and handed to the app in a header of our own that overwrites whatever a client sent
 * under that name. Next.js keeps a client's `X-Forwarded-For` as it came, so nothing downstream
 * may read that header itself.
 */
import type { IncomingMessage } from "node:http";

export const CLIENT_ADDRESS_HEADER = "x-tct-client-address";
export const UNKNOWN_ADDRESS = "unknown";

/** IPv4 clients of a dual-stack socket show up as `::ffff:203.0.113.7`; log them as IPv4. */
function normalise(address: string | undefined): string {
  const trimmed = (address ?? "").trim().slice(0, 100);
  if (!trimmed) return UNKNOWN_ADDRESS;
  return /^::ffff:\d+\.\d+\.\d+\.\d+$/i.test(trimmed) ? trimmed.slice(7) : trimmed;
}

/**
 * Each trusted proxy appends the address it received the request from, so reading from the right
 * (the socket first, then `X-Forwarded-For` from its end) past `trustedProxies` hops gives the
 * first address no proxy of ours vouches for. With 0 that is the socket itself and the header is
 * ignored; entries a client put at the front are never reached while the count is right. When the
 * chain is shorter than the count (a request that bypassed a proxy), the leftmost entry is used.
 */
export function clientAddressOf(params: {
  socketAddress: string | undefined;
  forwardedFor: string | string[] | undefined;
  trustedProxies: number;
}): string {
  const forwarded = [params.forwardedFor ?? []]
    .flat()
    .flatMap((header) => header.split(","))
    .map((entry) => entry.trim())
    .filter(Boolean);
  const chain = [...forwarded, params.socketAddress ?? ""];
  const index = Math.max(0, chain.length - 1 - params.trustedProxies);
  return normalise(chain[index]);
}

/** server.ts: stamps the client's address on a request before Next.js sees it. */
export function stampClientAddress(req: IncomingMessage, trustedProxies: number): void {
  req.headers[CLIENT_ADDRESS_HEADER] = clientAddressOf({
    socketAddress: req.socket.remoteAddress,
    forwardedFor: req.headers["x-forwarded-for"],
    trustedProxies,
  });
}

/** The address server.ts stamped, from the headers next-auth hands to `authorize`. */
export function clientAddress(headers: Record<string, unknown> | Headers | undefined): string {
  const value = headers instanceof Headers ? headers.get(CLIENT_ADDRESS_HEADER) : headers?.[CLIENT_ADDRESS_HEADER];
  const first: unknown = Array.isArray(value) ? value[0] : value;
  return typeof first === "string" && first ? first.slice(0, 100) : UNKNOWN_ADDRESS;
}
