import { sql } from "drizzle-orm";
import type { DbOrTx } from "../index";
import type { ActivityInput } from "./activity";
import { insertNotifications, type NotificationCandidates } from "./notification-insert";

/** An activity entry as logged, with the id the log gave it (part of event notifications' dedupe keys). */
export type LoggedActivity = ActivityInput & { id: number };

const ASSIGNMENT_FIELDS = new Set(["agencyId", "assigneeId"]);
const RECOMMENDATION_FIELDS = new Set(["status", "health"]);

/**
 * Whether an entry tells anyone anything. Checked before the log insert, so that entries that
 * notify nobody (the vast majority: titles, progress, sign-ins) cost no statement at all.
 */
export function notifiesAnyone(e: ActivityInput): boolean {
  switch (e.entityType) {
    case "action":
      return e.kind === "create" || ASSIGNMENT_FIELDS.has(e.field ?? "");
    case "recommendation":
      return e.kind === "update" && RECOMMENDATION_FIELDS.has(e.field ?? "");
    case "round":
      return e.kind === "round_opened";
    case "round_request":
      return e.kind === "answer_returned" || e.kind === "answer_submitted";
    default:
      return false;
  }
}

/**
 * The notifications the entries of one change call for, created in the caller's transaction with
 * one statement (none when no entry notifies). Several entries about one entity (an action's
 * agency and assignee changed together, a recommendation's status and health) make one
 * notification per recipient, keyed by the first entry's id.
 */
export async function notifyFromActivity(db: DbOrTx, logged: LoggedActivity[]): Promise<void> {
  const byEntity = new Map<string, LoggedActivity[]>();
  for (const e of logged.filter(notifiesAnyone)) {
    const key = `${e.entityType}:${e.kind === "update" ? "update" : e.kind}:${e.entityId}`;
    byEntity.set(key, [...(byEntity.get(key) ?? []), e]);
  }
  const candidates = [...byEntity.values()].flatMap((group) => {
    const c = candidatesFor(group);
    return c ? [c] : [];
  });
  await insertNotifications(db, candidates);
}

function candidatesFor(group: LoggedActivity[]): NotificationCandidates | null {
  const first = group[0]!;
  if (!first.entityId) return null;
  const id = first.entityId;
  const actor = first.actor.id;
  const key = (reason: string) => sql`${`${reason}:${first.id}:`}::text || r.id::text`;
  switch (first.entityType) {
    case "action":
      // The assignee, or every member of the agency while nobody is assigned. Read from the row
      // (already written in this transaction), so a create and an update are handled alike.
      return sql`select r.id, 'action_assigned'::text, ${key("action_assigned")}, ${actor}::uuid,
                   a.recommendation_id, a.id, null::uuid, jsonb_build_object('toAgency', a.assignee_id is null)
                 from actions a
                 join users r on (a.assignee_id is not null and r.id = a.assignee_id)
                              or (a.assignee_id is null and r.agency_id = a.agency_id)
                 where a.id = ${id}::uuid and a.status not in ('done', 'cancelled')`;
    case "recommendation": {
      const changes = group.map((e) => ({ field: e.field, from: e.from ?? null, to: e.to ?? null }));
      return sql`select distinct r.id, 'recommendation_changed'::text, ${key("recommendation_changed")}, ${actor}::uuid,
                   o.recommendation_id, null::uuid, null::uuid, ${JSON.stringify({ changes })}::jsonb
                 from recommendation_owners o join users r on r.agency_id = o.agency_id
                 where o.recommendation_id = ${id}::uuid`;
    }
    case "round":
      return sql`select distinct r.id, 'round_opened'::text, ${key("round_opened")}, ${actor}::uuid,
                   null::uuid, null::uuid, q.round_id, ${JSON.stringify(first.to ?? {})}::jsonb
                 from round_requests q join users r on r.agency_id = q.agency_id
                 where q.round_id = ${id}::uuid`;
    case "round_request": {
      const detail = JSON.stringify(first.to ?? {});
      // A returned answer goes back to the answering agency; a submitted one to who reviews it.
      const recipients =
        first.kind === "answer_returned"
          ? sql`join users r on r.agency_id = q.agency_id`
          : sql`join users r on r.role in ('coordinator', 'admin')`;
      return sql`select r.id, ${first.kind}::text, ${key(first.kind)}, ${actor}::uuid,
                   q.recommendation_id, null::uuid, q.round_id, ${detail}::jsonb
                 from round_requests q ${recipients}
                 where q.id = ${id}::uuid`;
    }
    default:
      return null;
  }
}
