"use client";
import { useEffect, useState } from "react";
import { useRouter } from "next/navigation";

/**
 * Keeps a server-rendered page current: when someone else's change commits (to the recommendation
 * `code`, or to any when no code is given), the page re-renders from the server. Forms on the page
 * keep what their user is typing (see useServerAction's callers), so a refresh never loses input.
 */
export function LiveRefresh({ code, renderedAt }: { code?: string; renderedAt: string }) {
  const router = useRouter();
  // The first render's time: changes after it are replayed on (re)connecting, so a change that lands
  // while the page loads is not missed. Later refreshes don't reconnect.
  const [since] = useState(renderedAt);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const source = new EventSource(`/api/v1/events?since=${encodeURIComponent(since)}`);
    source.addEventListener("change", (message) => {
      const event = JSON.parse((message as MessageEvent<string>).data) as { code: string };
      if (code && event.code !== code) return;
      // Several changes in a burst (a bulk edit) cause one refresh.
      clearTimeout(timer);
      timer = setTimeout(() => router.refresh(), 150);
    });
    return () => {
      clearTimeout(timer);
      source.close();
    };
  }, [code, router, since]);
  return null;
}
