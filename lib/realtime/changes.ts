/**
 * Live changes, the listening side. A mutation publishes inside its transaction (db/notify.ts), so
 * the event leaves only if the change commits, and on PostgreSQL it reaches every instance listening
 * on the channel (that is what carries it between instances behind a load balancer). Each process
 * listens once and fans the events out to its subscribers (the server-sent events of
 * /api/v1/events); a page that subscribes late catches up through db/queries/changes.ts.
 */
import { CHANGES_CHANNEL, type ChangeEvent } from "@/db/notify";
import { channelSubscriber } from "./channel-hub";

export { CHANGES_CHANNEL, type ChangeEvent };

/** Calls `onChange` for every committed change until the returned function is called. */
export const subscribeToChanges = channelSubscriber<ChangeEvent>(CHANGES_CHANNEL, (payload) => payload as ChangeEvent);
