/**
 * Access changes (deactivation, role or agency change, signing out, sessions or tokens revoked,
 * agencies merged) are published by the mutations through db/notify.ts, inside the transaction that
 * makes them, so that (on every instance, on PostgreSQL) the collaboration server closes or
 * downgrades the open connections of those users and their event streams (/api/v1/events) close
 * and have to authenticate again, at once rather than at a periodic re-check.
 */
import { ACCESS_CHANNEL } from "@/db/notify";
import { channelSubscriber } from "./channel-hub";

export { ACCESS_CHANNEL };

/** Calls `onChange` with the users concerned by every committed access change, until stopped. */
export const subscribeToAccessChanges = channelSubscriber<string[]>(ACCESS_CHANNEL, (payload) => {
  const userIds = (payload as { userIds?: unknown } | null)?.userIds;
  return Array.isArray(userIds) ? userIds.map(String) : undefined;
});
