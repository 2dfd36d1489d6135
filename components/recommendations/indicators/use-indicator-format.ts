"use client";
import { useFormatter } from "next-intl";

/**
 * Days and figures of indicators as the reader writes them. A reading's day is a calendar date
 * without a time, so it is formatted in UTC: the same day for every reader wherever they are.
 */
export function useIndicatorFormat() {
  const format = useFormatter();
  return {
    day: (iso: string) => format.dateTime(new Date(`${iso}T00:00:00Z`), { dateStyle: "medium", timeZone: "UTC" }),
    figure: (n: number) => format.number(n, { maximumFractionDigits: 3 }),
    /** Rounded down, so "100 %" only once the target is reached. */
    percent: (share: number) =>
      format.number(Math.floor(share * 100) / 100, { style: "percent", maximumFractionDigits: 0 }),
  };
}

/** Today in the reader's own calendar, as YYYY-MM-DD: the day a new reading defaults to. */
export function localToday(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
