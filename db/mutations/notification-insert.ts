import { sql, type SQL } from "drizzle-orm";
import type { DbOrTx } from "../index";
import { NOTIFICATIONS_CHANNEL } from "../notify";
import { selectRows } from "../rows";

/**
 * A query for notifications to create, selecting, in this order: recipient_id, reason, dedupe_key,
 * actor_id, recommendation_id, action_id, round_id, detail (jsonb). Fan-outs (activity entries, the
 * scheduler, mentions) each write one; `insertNotifications` runs them as one statement.
 */
export type NotificationCandidates = SQL;

/** More recipients than this are announced as `{ all: true }`: their ids would not fit a pg_notify payload. */
const LISTED_RECIPIENTS = 150;

/**
 * Inserts the candidates in one statement: inactive recipients and the actor themself are left out,
 * a dedupe key that exists already is skipped (ON CONFLICT DO NOTHING, which is what keeps two
 * instances or a restarted scheduler from creating a notification twice), mail is due at once for
 * recipients whose delivery for the reason is "immediate", and the recipients are announced on
 * NOTIFICATIONS_CHANNEL, which the database sends only when the transaction commits.
 * Returns how many were created.
 */
export async function insertNotifications(db: DbOrTx, candidates: NotificationCandidates[]): Promise<number> {
  if (!candidates.length) return 0;
  const union = sql.join(
    candidates.map((c) => sql`(${c})`),
    sql` union all `,
  );
  const [row] = await selectRows<{ created: number }>(
    db,
    sql`with candidates (recipient_id, reason, dedupe_key, actor_id, recommendation_id, action_id, round_id, detail) as (
          ${union}
        ), inserted as (
          insert into notifications
            (recipient_id, reason, dedupe_key, actor_id, recommendation_id, action_id, round_id, detail, email_due_at)
          select distinct on (c.dedupe_key)
            c.recipient_id, c.reason, c.dedupe_key, c.actor_id, c.recommendation_id, c.action_id, c.round_id, c.detail,
            case when p.delivery = 'immediate' then now() end
          from candidates c
          join users u on u.id = c.recipient_id and u.active
          left join notification_preferences p on p.user_id = c.recipient_id and p.reason = c.reason
          where c.recipient_id is distinct from c.actor_id
          on conflict (dedupe_key) do nothing
          returning recipient_id
        ), summary as (
          select count(*)::int as created, count(distinct recipient_id)::int as people,
                 coalesce(json_agg(distinct recipient_id), '[]'::json) as ids
          from inserted
        )
        select created, (
          select pg_notify(${NOTIFICATIONS_CHANNEL},
            case when people <= ${LISTED_RECIPIENTS} then json_build_object('userIds', ids)::text
                 else '{"all":true}' end)
          where created > 0
        )::text as announced
        from summary`,
  );
  return row?.created ?? 0;
}
