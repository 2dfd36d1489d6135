"use client";
/**
 * The executive summary's charts (recharts, animation off so the printer never catches a bar half
 * drawn). Fixed sizes, so they draw the same on screen, on paper and in the server's HTML. Each has
 * a figure caption and the data as a table beside it (the table is the accessible version, and
 * the committee reads the figures too).
 */
import { useEffect } from "react";
import { Bar, BarChart, CartesianGrid, Cell, XAxis, YAxis } from "recharts";

export interface ChartDatum {
  label: string;
  value: number;
  /** How the value is shown in the table (a percentage, a count in the report's language). */
  shown: string;
  color: string;
}

export function ReportBarChart({
  id,
  title,
  data,
  max,
}: {
  id: string;
  title: string;
  data: ChartDatum[];
  max?: number;
}) {
  return (
    <figure className="report-chart break-inside-avoid" aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`} className="mb-1 text-sm font-semibold">
        {title}
      </figcaption>
      <div aria-hidden="true" className="max-w-full overflow-hidden">
        <BarChart
          accessibilityLayer={false}
          width={320}
          height={170}
          data={data}
          layout="vertical"
          margin={{ left: 8, right: 16, top: 4, bottom: 4 }}
        >
          <CartesianGrid horizontal={false} stroke="#e5e7eb" />
          <XAxis
            type="number"
            domain={[0, max ?? "auto"]}
            allowDecimals={false}
            tick={{ fontSize: 10, fill: "#374151" }}
          />
          <YAxis type="category" dataKey="label" width={110} tick={{ fontSize: 10, fill: "#111827" }} />
          <Bar dataKey="value" isAnimationActive={false}>
            {data.map((d) => (
              <Cell key={d.label} fill={d.color} />
            ))}
          </Bar>
        </BarChart>
      </div>
      <table className="mt-1 w-full text-xs">
        <caption className="sr-only">{title}</caption>
        <tbody>
          {data.map((d) => (
            <tr key={d.label} className="border-t border-gray-200">
              <th scope="row" className="py-0.5 text-left font-normal">
                <span aria-hidden className="mr-1 inline-block size-2.5 rounded-sm" style={{ background: d.color }} />
                {d.label}
              </th>
              <td className="py-0.5 text-right tabular-nums">{d.shown}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}

/**
 * Marks the page ready for the printer once it has mounted and the browser has painted twice (the
 * charts are drawn by then): the worker waits for `[data-report-ready='true']`.
 */
export function ReportReadyMarker() {
  useEffect(() => {
    let second = 0;
    const first = requestAnimationFrame(() => {
      second = requestAnimationFrame(() => document.documentElement.setAttribute("data-report-ready", "true"));
    });
    return () => {
      cancelAnimationFrame(first);
      cancelAnimationFrame(second);
    };
  }, []);
  return null;
}
