"use client";
import { useFormatter, useNow } from "next-intl";

/** When a notification came, as the reader's language says it ("5 minutes ago", "5 分钟前"). */
export function NotificationTime({ at }: { at: string }) {
  const format = useFormatter();
  const now = useNow({ updateInterval: 60_000 });
  const date = new Date(at);
  return (
    <time dateTime={at} title={format.dateTime(date, { dateStyle: "medium", timeStyle: "short" })}>
      {format.relativeTime(date, now)}
    </time>
  );
}
