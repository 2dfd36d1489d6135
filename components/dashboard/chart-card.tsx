"use client";
/**
 * A dashboard chart with what stands behind it: a title, a one-sentence summary, the chart (hidden
 * from screen readers, which get the sentence and the table), and its data as a table behind a
 * "Show as table" toggle, each row with a link that opens the table filtered to that segment.
 * Plain props only, so the committee report can render the same cards.
 */
import { useId, useState, type ReactNode } from "react";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";

export interface ChartTableCell {
  text: string;
  /** Where the cell's link leads (the table filtered to this segment); none for plain text. */
  href?: string | null;
  /** Right-aligned figures. */
  numeric?: boolean;
}

export interface ChartTableData {
  columns: { label: string; numeric?: boolean }[];
  rows: { key: string; cells: ChartTableCell[] }[];
}

export interface ChartCardLabels {
  showTable: string;
  hideTable: string;
}

export function ChartCard({
  id,
  title,
  subtitle,
  summary,
  note,
  table,
  labels,
  children,
  empty,
}: {
  /** Stable id of the chart (tests and anchors): `chart-<id>`. */
  id: string;
  title: string;
  subtitle?: ReactNode;
  /** One sentence saying what the chart shows. */
  summary: string;
  /** A caveat under the chart (what a link opens, a definition). */
  note?: string;
  table: ChartTableData | null;
  labels: ChartCardLabels;
  children?: ReactNode;
  /** Said instead of the chart when there is nothing to show. */
  empty?: string | null;
}) {
  const [open, setOpen] = useState(false);
  const tableId = useId();
  return (
    <Card className="min-w-0 space-y-3" data-chart={id} aria-labelledby={`${tableId}-title`}>
      <div>
        <CardTitle id={`${tableId}-title`} className="mb-1">
          {title}
        </CardTitle>
        {subtitle ? <p className="text-sm text-muted-foreground">{subtitle}</p> : null}
      </div>
      <p className="text-sm" data-summary="">
        {summary}
      </p>
      {empty ? (
        <p className="rounded-md border border-dashed p-4 text-center text-sm text-muted-foreground">{empty}</p>
      ) : (
        <>
          <div aria-hidden className="min-w-0">
            {children}
          </div>
          {note ? <p className="text-xs text-muted-foreground">{note}</p> : null}
          {table ? (
            <div>
              <Button
                type="button"
                variant="outline"
                size="sm"
                aria-expanded={open}
                aria-controls={tableId}
                onClick={() => setOpen((o) => !o)}
              >
                {open ? labels.hideTable : labels.showTable}
              </Button>
              <div id={tableId} hidden={!open} className="mt-3 overflow-x-auto">
                <table className="w-full text-sm">
                  <caption className="sr-only">{title}</caption>
                  <thead>
                    <tr className="border-b text-left">
                      {table.columns.map((c) => (
                        <th
                          key={c.label}
                          scope="col"
                          className={`py-1.5 pr-3 font-medium ${c.numeric ? "text-right" : ""}`}
                        >
                          {c.label}
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {table.rows.map((row) => (
                      <tr key={row.key} className="border-b last:border-0">
                        {row.cells.map((cell, i) => {
                          const content = cell.href ? (
                            <Link href={cell.href} className="text-primary underline underline-offset-2">
                              {cell.text}
                            </Link>
                          ) : (
                            cell.text
                          );
                          return i === 0 ? (
                            <th key={i} scope="row" className="py-1.5 pr-3 text-left font-normal">
                              {content}
                            </th>
                          ) : (
                            <td key={i} className={`py-1.5 pr-3 ${cell.numeric ? "text-right tabular-nums" : ""}`}>
                              {content}
                            </td>
                          );
                        })}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </div>
          ) : null}
        </>
      )}
    </Card>
  );
}
