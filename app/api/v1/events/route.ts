import { apiRoute } from "@/lib/api/handler";
import { changesSince, subscribeToChanges, type ChangeEvent } from "@/lib/realtime/changes";

export const dynamic = "force-dynamic";

const HEARTBEAT_MS = 25_000;

/**
 * GET /api/v1/events: server-sent events, one `change` event per committed change
 * (`{ type, code, version, actorId }`), so open pages refresh without a reload. Everyone signed in
 * may read every recommendation, so every event goes to every subscriber.
 *
 * `?since=<ISO time>`: the time the page was rendered. Changes committed between then and this
 * subscription (the page loading, a dropped connection) are sent first, so none is missed.
 */
export const GET = apiRoute(async ({ req, db }) => {
  const sinceParam = req.nextUrl.searchParams.get("since");
  const since = sinceParam && !Number.isNaN(Date.parse(sinceParam)) ? new Date(sinceParam) : null;
  const encoder = new TextEncoder();
  let cleanup = () => {};
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      const send = (text: string) => {
        try {
          controller.enqueue(encoder.encode(text));
        } catch {
          cleanup(); // the client went away between two events
        }
      };
      // A client that loses the connection reconnects after 2 s, inside the 2-second promise.
      send(": connected\nretry: 2000\n\n");
      const unsubscribe = await subscribeToChanges((event: ChangeEvent) =>
        send(`event: change\ndata: ${JSON.stringify(event)}\n\n`),
      );
      // After subscribing, so a change is either replayed here or delivered live (or both, harmlessly).
      if (since)
        for (const event of await changesSince(db, since)) send(`event: change\ndata: ${JSON.stringify(event)}\n\n`);
      // Proxies close idle connections; a comment line every 25 s keeps this one open.
      const heartbeat = setInterval(() => send(": heartbeat\n\n"), HEARTBEAT_MS);
      cleanup = () => {
        clearInterval(heartbeat);
        unsubscribe();
        try {
          controller.close();
        } catch {
          // already closed
        }
      };
      req.signal.addEventListener("abort", () => cleanup());
    },
    cancel() {
      cleanup();
    },
  });
  return new Response(stream, {
    headers: {
      "Content-Type": "text/event-stream; charset=utf-8",
      "Cache-Control": "no-cache, no-transform",
      Connection: "keep-alive",
      "X-Accel-Buffering": "no",
    },
  });
});
