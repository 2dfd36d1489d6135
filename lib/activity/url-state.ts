/**
 * The activity feed's filters and cursor in the URL, as nuqs parsers: the same keys the API takes
 * (lib/validation/activity.ts validates them on the server). No server imports: the browser uses it.
 */
import { createSerializer, parseAsInteger, parseAsString, parseAsStringLiteral } from "nuqs/server";
import type { HistorySource } from "@/db/queries/history";

/** The feed's kinds: the timeline's sources (db/queries/history.ts), listed here so the browser needs no database module. */
export const activityKinds = [
  "agency",
  "assessment",
  "coordination",
  "system",
] as const satisfies readonly HistorySource[];
// Fails to compile when a source is added there and not here.
type Missing = Exclude<HistorySource, (typeof activityKinds)[number]>;
export const everySourceListed: [Missing] extends [never] ? true : never = true;

export const activityUrlState = {
  person: parseAsString,
  agency: parseAsString,
  kind: parseAsStringLiteral(activityKinds),
  item: parseAsString,
  from: parseAsString,
  to: parseAsString,
  before: parseAsInteger,
  limit: parseAsInteger,
};

export const activityFilterKeys = ["person", "agency", "kind", "item", "from", "to"] as const;

const serializeActivity = createSerializer(activityUrlState);
type ActivityUrlValues = Partial<
  Record<Exclude<(typeof activityFilterKeys)[number], "kind">, string | null> & {
    kind: (typeof activityKinds)[number] | null;
    before: number | null;
    limit: number | null;
  }
>;

/** `/activity?…` for these filters (and cursor); keys left out or null are not written. */
export function activityHref(values: ActivityUrlValues): string {
  return `/activity${serializeActivity(values)}`;
}
