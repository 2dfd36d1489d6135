"use client";
import { useTranslations } from "next-intl";
import { useIndicatorFormat } from "./use-indicator-format";

const WIDTH = 160;
const HEIGHT = 40;
const PAD = 4;
const DAY = 86_400_000;

/**
 * The readings as a small trend line (inline SVG: no chart library is installed), spaced by the
 * days between them, with the target as a dashed line when there is one. Screen readers get the
 * same facts as a sentence: how many readings, over which days, from which value to which.
 */
export function Sparkline(props: {
  readings: { value: number; observedOn: string }[];
  target: number | null;
  unit: string;
}) {
  const t = useTranslations("indicators");
  const f = useIndicatorFormat();
  const { readings, target } = props;
  if (!readings.length) return null;
  const first = readings[0]!;
  const last = readings.at(-1)!;
  const summary =
    readings.length === 1
      ? t("trendOne", { date: f.day(first.observedOn), value: f.figure(first.value), unit: props.unit })
      : t("trend", {
          count: readings.length,
          from: f.day(first.observedOn),
          to: f.day(last.observedOn),
          first: f.figure(first.value),
          last: f.figure(last.value),
          unit: props.unit,
        });

  const days = readings.map((r) => Date.parse(`${r.observedOn}T00:00:00Z`) / DAY);
  const values = readings.map((r) => r.value);
  const domain = target === null ? values : [...values, target];
  const [lo, hi] = [Math.min(...domain), Math.max(...domain)];
  const [d0, d1] = [days[0]!, days.at(-1)!];
  // Readings all on one day are spread evenly; a flat series sits in the middle.
  const x = (i: number) =>
    PAD +
    (WIDTH - 2 * PAD) * (d1 > d0 ? (days[i]! - d0) / (d1 - d0) : readings.length > 1 ? i / (readings.length - 1) : 0.5);
  const y = (v: number) => (hi > lo ? PAD + (HEIGHT - 2 * PAD) * (1 - (v - lo) / (hi - lo)) : HEIGHT / 2);
  const points = readings.map((r, i) => `${x(i).toFixed(1)},${y(r.value).toFixed(1)}`).join(" ");

  return (
    <svg
      role="img"
      aria-label={summary}
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      width={WIDTH}
      height={HEIGHT}
      className="h-10 w-40 max-w-full shrink-0 text-primary"
      data-testid="indicator-trend"
    >
      {target !== null && hi > lo ? (
        <line
          x1={PAD}
          x2={WIDTH - PAD}
          y1={y(target)}
          y2={y(target)}
          className="stroke-muted-foreground"
          strokeWidth={1}
          strokeDasharray="3 3"
        />
      ) : null}
      {readings.length > 1 ? (
        <polyline points={points} fill="none" stroke="currentColor" strokeWidth={2} strokeLinejoin="round" />
      ) : null}
      {readings.map((r, i) => (
        <circle key={i} cx={x(i)} cy={y(r.value)} r={i === readings.length - 1 ? 3 : 2} fill="currentColor" />
      ))}
    </svg>
  );
}
