import { getUserAccess } from "@/db/queries/sessions";
import { apiRoute } from "@/lib/api/handler";
import { accessEndedSince } from "@/lib/auth/session-rules";
import { subscribeToAccessChanges } from "@/lib/realtime/access";
import { changesSince } from "@/db/queries/changes";
import { subscribeToChanges, type ChangeEvent } from "@/lib/realtime/changes";
import { concerns, subscribeToNotifications } from "@/lib/realtime/notifications";

export const dynamic = "force-dynamic";

const HEARTBEAT_MS = 25_000;
/** The backstop for an access notification that never arrived (a database connection dropped). */
const ACCESS_RECHECK_MS = 30_000;

/**
 * GET /api/v1/events: server-sent events, one `change` event per committed change
 * (`{ type, code, version, actorId }`), so open pages refresh without a reload. Everyone signed in
 * may read every recommendation, so every event goes to every subscriber. A `notification` event
 * (no data) says the caller has new notifications (GET /api/v1/notifications lists them).
 *
 * `?since=<ISO time>`: the time the page was rendered. Changes committed between then and this
 * subscription (the page loading, a dropped connection) are sent first, so none is missed.
 *
 * Only who was signed in when the stream opened is checked, so any access change of that user
 * (deactivated, signed out, sessions or tokens revoked, role or agency changed) ends the stream:
 * the browser reconnects after the `retry` interval and is authenticated afresh, or refused. The
 * user row is also re-read every 30 s, in case a notification was lost; a failed re-read (the
 * database unreachable) keeps the stream, since the browser would not retry a refused reconnect.
 */
export const GET = apiRoute(async ({ req, db, actor }) => {
  const sinceParam = req.nextUrl.searchParams.get("since");
  const since = sinceParam && !Number.isNaN(Date.parse(sinceParam)) ? new Date(sinceParam) : null;
  const encoder = new TextEncoder();
  const openedAt = new Date();
  // Filled in as the stream sets itself up; `close` may run at any point of that (an access
  // change arriving while the replay is read), and then undoes what was set up so far.
  const stops: Array<() => void> = [];
  let closed = false;
  let close = () => {};
  /** Keeps `stop` for closing time, or runs it now when the stream is already closed. */
  const onClose = (stop: () => void) => (closed ? stop() : stops.push(stop));
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      close = () => {
        if (closed) return;
        closed = true;
        for (const stop of stops.splice(0)) stop();
        try {
          controller.close();
        } catch {
          // already closed
        }
      };
      const send = (text: string) => {
        if (closed) return;
        try {
          controller.enqueue(encoder.encode(text));
        } catch {
          close(); // the client went away between two events
        }
      };
      req.signal.addEventListener("abort", () => close());
      // A client that loses the connection reconnects after 2 s, inside the 2-second promise.
      send(": connected\nretry: 2000\n\n");
      onClose(
        await subscribeToAccessChanges((userIds) => {
          if (userIds.includes(actor.id)) close();
        }),
      );
      onClose(
        await subscribeToChanges((event: ChangeEvent) => send(`event: change\ndata: ${JSON.stringify(event)}\n\n`)),
      );
      // The caller's own new notifications only: the bell fetches them (nobody else's ids pass).
      onClose(
        await subscribeToNotifications((event) => {
          if (concerns(event, actor.id)) send("event: notification\ndata: {}\n\n");
        }),
      );
      // After subscribing, so a change is either replayed here or delivered live (or both, harmlessly).
      if (since)
        for (const event of await changesSince(db, since)) send(`event: change\ndata: ${JSON.stringify(event)}\n\n`);
      // Proxies close idle connections; a comment line every 25 s keeps this one open.
      const heartbeat = setInterval(() => send(": heartbeat\n\n"), HEARTBEAT_MS);
      onClose(() => clearInterval(heartbeat));
      const recheck = setInterval(() => {
        getUserAccess(db, actor.id).then(
          (current) => accessEndedSince(actor, current, openedAt) && close(),
          (err) => console.error("event stream: access re-check failed", err),
        );
      }, ACCESS_RECHECK_MS);
      onClose(() => clearInterval(recheck));
    },
    cancel() {
      close();
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
