import { z } from "zod";
import { zodMessage as m } from "@/lib/i18n/server-message";

/** The My work query, shared by the page (`/my-work?…`) and the API (`GET /api/v1/my-work?…`). */
export const myWorkQuery = z
  .object({
    agency: z
      .string()
      .trim()
      .min(1, m("validation.myWorkAgency"))
      .max(64, m("validation.myWorkAgencyLength"))
      .optional(),
    scope: z.enum(["agency", "mine"], { error: m("validation.myWorkScope") }).optional(),
    show: z.enum(["unassigned", "overdue", "unplanned"], { error: m("validation.myWorkShow") }).optional(),
  })
  .strict();

export type MyWorkQuery = z.output<typeof myWorkQuery>;

/**
 * The query as a request or a page gets it, one value per key (the first, when repeated), as
 * myWorkQuery takes it: every key of it names one thing. Empty values are left out.
 */
export function myWorkQueryInput(
  params: URLSearchParams | Record<string, string | string[] | undefined>,
): Record<string, string> {
  const out: Record<string, string> = {};
  const entries: [string, string][] =
    params instanceof URLSearchParams
      ? [...params.entries()]
      : Object.entries(params).flatMap(([k, v]) => (v === undefined ? [] : [[k, Array.isArray(v) ? (v[0] ?? "") : v]]));
  for (const [k, v] of entries) if (!(k in out) && v !== "") out[k] = v;
  return out;
}
