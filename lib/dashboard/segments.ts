/**
 * Where a dashboard segment leads: the recommendations (or All actions) table filtered to exactly the
 * rows the segment counts, as a link with the URL state those tables read (lib/table/url-state.ts).
 * A segment's filters are the selection's with the segment's own value added, intersected with what
 * the selection already chose for that filter, so the table's count is the segment's
 * (tests/helpers/dashboard-suite.ts holds every figure to the list's total for its segment).
 * No server imports: the charts build their links in the browser too.
 */
import { createSerializer } from "nuqs/server";
import type { AgeBucket } from "@/lib/table/filters";
import { actionUrlState, tableUrlState } from "@/lib/table/url-state";
import { ACCEPTED } from "@/lib/lifecycle";
import type { Health, RecommendationStatus, Side } from "@/db/schema/enums";
import type { RecommendationFilters } from "@/db/queries/recommendation-list";

/** The statuses of an open recommendation (db/queries/dashboard.ts OPEN_STATUSES). */
const OPEN: readonly RecommendationStatus[] = ["proposed", "accepted", "in_progress"];

/** Of a rate: its accepted recommendations, or those of them implemented. */
export type RatePart = "accepted" | "implemented";

export type Segment =
  | { kind: "all" }
  | { kind: "status"; status: RecommendationStatus }
  | { kind: "health"; health: Health | "none" }
  | { kind: "rate"; part: RatePart }
  | { kind: "theme"; theme: string; part: RatePart }
  | { kind: "side"; side: Side; part: RatePart }
  /** Grouped by lead agency: the group of this agency lists the rows the segment counts. */
  | { kind: "lead"; agency: string; part: RatePart }
  | { kind: "age"; bucket: AgeBucket };

type ListKey = Exclude<keyof RecommendationFilters, "q" | "includeArchived">;

/** `values`, narrowed by what the selection already chose for `key`; null when nothing is left. */
function narrowed<K extends ListKey>(
  selection: RecommendationFilters,
  key: K,
  values: readonly string[],
): RecommendationFilters | null {
  const chosen = selection[key] as readonly string[] | undefined;
  const next = chosen?.length ? values.filter((v) => chosen.includes(v)) : [...values];
  if (!next.length) return null;
  return { ...selection, [key]: next };
}

const rate = (selection: RecommendationFilters | null, part: RatePart) => {
  if (!selection) return null;
  const acceptedOnly = narrowed(selection, "acceptance", ACCEPTED);
  return part === "accepted" || !acceptedOnly ? acceptedOnly : narrowed(acceptedOnly, "implemented", ["yes"]);
};

/** The list's filters for a segment; null when the selection leaves it no row (its count is 0). */
export function segmentFilters(selection: RecommendationFilters, segment: Segment): RecommendationFilters | null {
  switch (segment.kind) {
    case "all":
      return selection;
    case "status":
      return narrowed(selection, "status", [segment.status]);
    case "health":
      return narrowed(selection, "health", [segment.health]);
    case "rate":
      return rate(selection, segment.part);
    case "theme":
      return rate(narrowed(selection, "theme", [segment.theme]), segment.part);
    case "side":
      return rate(narrowed(selection, "side", [segment.side]), segment.part);
    case "lead":
      return rate(narrowed(selection, "agency", [segment.agency]), segment.part);
    case "age": {
      const open = narrowed(selection, "status", OPEN);
      return open && narrowed(open, "age", [segment.bucket]);
    }
  }
}

const serializeList = createSerializer(tableUrlState);
const serializeActions = createSerializer(actionUrlState);

/** The selection as the list's URL query (no leading "?"), e.g. for a link to the whole selection. */
export function selectionQuery(filters: RecommendationFilters, extra: { group?: "agency" } = {}): string {
  const { includeArchived, ...rest } = filters;
  return serializeList({
    ...rest,
    archived: includeArchived ? ("include" as const) : null,
    group: extra.group ?? null,
  }).replace(/^\?/, "");
}

/** The recommendations table filtered to a segment's rows; null when the segment is necessarily empty. */
export function segmentHref(selection: RecommendationFilters, segment: Segment): string | null {
  const filters = segmentFilters(selection, segment);
  if (!filters) return null;
  const query = selectionQuery(filters, segment.kind === "lead" ? { group: "agency" } : {});
  return query ? `/recommendations?${query}` : "/recommendations";
}

/**
 * All actions filtered to an agency's overdue actions. The actions table filters by the action's own
 * agency and due date, not by the recommendation's theme or owners, so this is the agency's overdue
 * actions under every recommendation (the page says so when the selection narrows recommendations).
 */
export function overdueActionsHref(agency: string, includeArchived = false): string {
  return `/actions${serializeActions({ agency: [agency], due: ["overdue"], archived: includeArchived ? ("include" as const) : null })}`;
}
