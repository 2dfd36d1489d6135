"use client";
/**
 * The dashboard's charts (recharts), data-driven: every label, figure and link comes in the props,
 * so the page and the committee report render the same chart from the same data. Clicking a bar
 * opens its `href` (the table filtered to that segment); the same links are in each chart's table
 * (ChartCard), which is how keyboards and screen readers reach them.
 */
import { useRouter } from "next/navigation";
import { useLocale } from "next-intl";
import {
  Bar,
  BarChart,
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  Rectangle,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
  type BarShapeProps,
} from "recharts";

/** One bar: its label on the axis, its value, and the rows it stands for. */
export interface BarDatum {
  key: string;
  label: string;
  value: number;
  href: string | null;
}

/** One group of a rate chart: implemented, and accepted but not implemented yet, stacked. */
export interface RateDatum {
  key: string;
  label: string;
  implemented: number;
  notYet: number;
  implementedHref: string | null;
  acceptedHref: string | null;
}

export interface ProgressDatum {
  month: string;
  label: string;
  reached: number;
  cumulative: number;
}

const axis = { fill: "var(--muted-foreground)", fontSize: 12 };
const tooltipStyle = {
  contentStyle: { background: "var(--card)", border: "1px solid var(--border)", color: "var(--foreground)" },
  labelStyle: { color: "var(--foreground)" },
  itemStyle: { color: "var(--foreground)" },
  cursor: { fill: "var(--accent)" },
};
/** A bar marked with its segment (`data-segment`), so tests and styles can find it. */
const segmentShape = (suffix?: string) =>
  function SegmentShape(props: BarShapeProps) {
    const key = (props.payload as { key?: string } | undefined)?.key;
    return (
      <g data-segment={suffix ? `${key}:${suffix}` : key}>
        <Rectangle {...props} />
      </g>
    );
  };

/** Room for the category labels: a horizontal chart's height grows with its bars. */
const heightFor = (bars: number) => Math.max(120, bars * 34 + 40);

function useOpen() {
  const router = useRouter();
  return (href: string | null | undefined) => {
    if (href) router.push(href);
  };
}

function useCount() {
  const locale = useLocale();
  const format = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  return (v: number) => format.format(v);
}

/** Horizontal bars of counts, one per segment. */
export function SegmentBarChart({
  data,
  valueLabel,
  color = "var(--primary)",
}: {
  data: BarDatum[];
  valueLabel: string;
  color?: string;
}) {
  const open = useOpen();
  const count = useCount();
  return (
    <ResponsiveContainer width="100%" height={heightFor(data.length)}>
      <BarChart
        accessibilityLayer={false}
        data={data}
        layout="vertical"
        margin={{ top: 4, right: 16, bottom: 4, left: 4 }}
      >
        <CartesianGrid horizontal={false} stroke="var(--border)" />
        <XAxis type="number" allowDecimals={false} tick={axis} tickFormatter={count} stroke="var(--border)" />
        <YAxis type="category" dataKey="label" width={110} tick={axis} stroke="var(--border)" interval={0} />
        <Tooltip {...tooltipStyle} formatter={(v) => [count(Number(v)), valueLabel]} />
        <Bar
          dataKey="value"
          name={valueLabel}
          fill={color}
          shape={segmentShape()}
          cursor="pointer"
          isAnimationActive={false}
          onClick={(d) => open((d.payload as BarDatum | undefined)?.href)}
        />
      </BarChart>
    </ResponsiveContainer>
  );
}

/** Stacked horizontal bars: implemented, then accepted but not yet implemented, per group. */
export function RateBarChart({ data, labels }: { data: RateDatum[]; labels: { implemented: string; notYet: string } }) {
  const open = useOpen();
  const count = useCount();
  return (
    <ResponsiveContainer width="100%" height={heightFor(data.length) + 24}>
      <BarChart
        accessibilityLayer={false}
        data={data}
        layout="vertical"
        margin={{ top: 4, right: 16, bottom: 4, left: 4 }}
      >
        <CartesianGrid horizontal={false} stroke="var(--border)" />
        <XAxis type="number" allowDecimals={false} tick={axis} tickFormatter={count} stroke="var(--border)" />
        <YAxis type="category" dataKey="label" width={110} tick={axis} stroke="var(--border)" interval={0} />
        <Tooltip {...tooltipStyle} formatter={(v, name) => [count(Number(v)), name]} />
        <Legend wrapperStyle={{ fontSize: 12, color: "var(--foreground)" }} />
        <Bar
          dataKey="implemented"
          name={labels.implemented}
          stackId="rate"
          fill="var(--primary)"
          shape={segmentShape("implemented")}
          cursor="pointer"
          isAnimationActive={false}
          onClick={(d) => open((d.payload as RateDatum | undefined)?.implementedHref)}
        />
        <Bar
          dataKey="notYet"
          name={labels.notYet}
          stackId="rate"
          fill="var(--muted-foreground)"
          fillOpacity={0.45}
          shape={segmentShape("notYet")}
          cursor="pointer"
          isAnimationActive={false}
          onClick={(d) => open((d.payload as RateDatum | undefined)?.acceptedHref)}
        />
      </BarChart>
    </ResponsiveContainer>
  );
}

/** Per month: bars of recommendations reaching implemented, the running total, and the accepted line. */
export function ProgressChart({
  data,
  accepted,
  labels,
}: {
  data: ProgressDatum[];
  accepted: number;
  labels: { reached: string; cumulative: string; accepted: string };
}) {
  const count = useCount();
  return (
    <ResponsiveContainer width="100%" height={240}>
      <ComposedChart accessibilityLayer={false} data={data} margin={{ top: 16, right: 16, bottom: 4, left: 0 }}>
        <CartesianGrid vertical={false} stroke="var(--border)" />
        <XAxis dataKey="label" tick={axis} stroke="var(--border)" minTickGap={12} />
        <YAxis
          allowDecimals={false}
          tick={axis}
          tickFormatter={count}
          stroke="var(--border)"
          width={40}
          domain={[0, Math.max(accepted, 1)]}
        />
        <Tooltip {...tooltipStyle} formatter={(v, name) => [count(Number(v)), name]} />
        <Legend wrapperStyle={{ fontSize: 12, color: "var(--foreground)" }} />
        <Bar dataKey="reached" name={labels.reached} fill="var(--hong-kong)" isAnimationActive={false} />
        <Line
          dataKey="cumulative"
          name={labels.cumulative}
          stroke="var(--primary)"
          strokeWidth={2}
          dot={false}
          isAnimationActive={false}
        />
        <ReferenceLine
          y={accepted}
          stroke="var(--shenzhen)"
          strokeDasharray="4 4"
          label={{ value: labels.accepted, position: "insideTopRight", fill: "var(--foreground)", fontSize: 12 }}
        />
      </ComposedChart>
    </ResponsiveContainer>
  );
}
