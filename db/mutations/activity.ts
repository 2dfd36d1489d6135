import type { DbOrTx } from "../index";
import { activityLog } from "../schema";
import type { ActivityEvent, ActivityKind, ActivityEntityType } from "../schema/activity";
import { notifiesAnyone, notifyFromActivity } from "./activity-notifications";

/** Who did something: a signed-in user, a user through an API token, or the system. */
export interface ActorRef {
  id: string | null;
  /** Shown where there is no user, or to say how a user acted, e.g. "api-token:ci-sync". */
  label?: string | null;
}

/** What every entry says besides its entity type and kind. */
interface ActivityDetails {
  actor: ActorRef;
  entityId?: string | null;
  recommendationId?: string | null;
  field?: string | null;
  from?: unknown;
  to?: unknown;
  reason?: string | null;
  entityVersion?: number | null;
}

/** One entry: an entity type with one of its own kinds (db/schema/activity.ts lists them). */
export type ActivityInput = ActivityEvent & ActivityDetails;

/** Entity types whose changes are recorded field by field. */
type FieldChangedEntity = {
  [E in ActivityEntityType]: "update" extends ActivityKind<E> ? E : never;
}[ActivityEntityType];

/**
 * Appends entries to the audit trail; call it inside the transaction of the change it records.
 * Entries that tell someone (an assignment, a status change, a round event) also create their
 * notifications here, in the same transaction: one more statement for those, none for the rest
 * (this is the write path every mutation takes).
 */
export async function recordActivity(db: DbOrTx, entries: ActivityInput | ActivityInput[]): Promise<void> {
  const list = Array.isArray(entries) ? entries : [entries];
  if (!list.length) return;
  const insert = db.insert(activityLog).values(
    list.map((e) => ({
      actorId: e.actor.id,
      actorLabel: e.actor.label ?? null,
      entityType: e.entityType,
      entityId: e.entityId ?? null,
      recommendationId: e.recommendationId ?? null,
      kind: e.kind,
      field: e.field ?? null,
      fromValue: e.from === undefined ? null : e.from,
      toValue: e.to === undefined ? null : e.to,
      reason: e.reason ?? null,
      entityVersion: e.entityVersion ?? null,
    })),
  );
  if (!list.some(notifiesAnyone)) {
    await insert;
    return;
  }
  // RETURNING gives the ids in the order of the VALUES list, so they pair with the entries.
  const ids = await insert.returning({ id: activityLog.id });
  await notifyFromActivity(
    db,
    list.map((e, i) => ({ ...e, id: ids[i]!.id })),
  );
}

/** One entry per field whose value differs between `before` and `after`. */
export function fieldChanges<T extends Record<string, unknown>>(
  before: T,
  after: Partial<T>,
  base: Omit<ActivityDetails, "field" | "from" | "to"> & { entityType: FieldChangedEntity },
): ActivityInput[] {
  return Object.entries(after)
    .filter(([field, value]) => value !== undefined && !sameValue(before[field], value))
    .map(([field, value]) => ({
      ...base,
      entityType: base.entityType,
      kind: "update" as const,
      field,
      from: before[field] ?? null,
      to: value ?? null,
    }));
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a instanceof Date || b instanceof Date) return new Date(a as Date).getTime() === new Date(b as Date).getTime();
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}
