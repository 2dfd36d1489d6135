/**
 * Access changes are published by the mutations through db/notify.ts, inside the transaction that
 * makes them; listeners (the collaboration server) take the channel's name from here.
 */
export { ACCESS_CHANNEL } from "@/db/notify";
