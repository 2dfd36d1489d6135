"use client";
/**
 * One event stream per tab for the caller's `notification` events (GET /api/v1/events), shared by
 * the bell and the list page: browsers allow few connections per host, and the live page refresh
 * already holds one.
 */
type Listener = () => void;
const listeners = new Set<Listener>();
let source: EventSource | null = null;

export function onNewNotifications(listener: Listener): () => void {
  listeners.add(listener);
  if (!source) {
    source = new EventSource("/api/v1/events");
    source.addEventListener("notification", () => listeners.forEach((l) => l()));
  }
  return () => {
    listeners.delete(listener);
    if (!listeners.size) {
      source?.close();
      source = null;
    }
  };
}
