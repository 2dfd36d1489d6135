import { sql } from "drizzle-orm";
import type { DbOrTx } from "../index";
import { insertNotifications, type NotificationCandidates } from "./notification-insert";

/** How many days ahead "due soon" looks: an action or a round due today or in the next three days. */
export const DUE_SOON_DAYS = 3;

/** Who hears of an action: its assignee, or every member of its agency while nobody is assigned. */
const actionRecipients = sql`join users r on (a.assignee_id is not null and r.id = a.assignee_id)
                                        or (a.assignee_id is null and r.agency_id = a.agency_id)`;
const openAction = sql`a.status not in ('done', 'cancelled') and a.due_date is not null
                       and rec.archived_at is null`;

/**
 * The timed notifications for the day `today` (YYYY-MM-DD, UTC), created from the state of the
 * actions and rounds, never from when the scheduler last ran: a restarted or late scheduler
 * creates what is due, and the dedupe keys (item, its due date, recipient, and for overdue actions
 * the week since the due date) make a second run, or a second instance, create nothing.
 * Returns how many were created.
 */
export async function createTimedNotifications(db: DbOrTx, today: string): Promise<number> {
  const day = sql`${today}::date`;
  const candidates: NotificationCandidates[] = [
    // Once per action per due date (a new due date is a new reminder).
    sql`select r.id, 'action_due_soon'::text,
          'action_due_soon:' || a.id || ':' || a.due_date || ':' || r.id, null::uuid,
          a.recommendation_id, a.id, null::uuid,
          jsonb_build_object('dueDate', a.due_date, 'days', a.due_date - ${day})
        from actions a join recommendations rec on rec.id = a.recommendation_id ${actionRecipients}
        where ${openAction} and a.due_date - ${day} between 0 and ${DUE_SOON_DAYS}`,
    // The day after the due date, then every seventh day: week 0, 1, 2… since it fell due.
    sql`select r.id, 'action_overdue'::text,
          'action_overdue:' || a.id || ':' || a.due_date || ':w' || ((${day} - a.due_date - 1) / 7) || ':' || r.id,
          null::uuid, a.recommendation_id, a.id, null::uuid,
          jsonb_build_object('dueDate', a.due_date, 'days', ${day} - a.due_date)
        from actions a join recommendations rec on rec.id = a.recommendation_id ${actionRecipients}
        where ${openAction} and a.due_date < ${day}`,
    // Members of every agency that still owes an answer in an open round due soon.
    sql`select distinct r.id, 'round_due_soon'::text,
          'round_due_soon:' || o.id || ':' || o.due_date || ':' || r.id, null::uuid,
          null::uuid, null::uuid, o.id,
          jsonb_build_object('round', o.name, 'dueDate', o.due_date, 'days', o.due_date - ${day})
        from rounds o
        join round_requests q on q.round_id = o.id and q.state in ('not_started', 'draft', 'returned')
        join users r on r.agency_id = q.agency_id
        where o.status = 'open' and o.due_date - ${day} between 0 and ${DUE_SOON_DAYS}`,
  ];
  return insertNotifications(db, candidates);
}
