import { inArray, sql } from "drizzle-orm";
import type { DbOrTx } from "../index";
import { emailDigests, notifications } from "../schema";
import { selectRows } from "../rows";

/** A claim older than this is taken to belong to an instance that died mid-send, and is retried. */
export const MAIL_CLAIM_TIMEOUT = "5 minutes";
/** Mail that was due longer ago than this is dropped rather than sent late (SMTP set up long after). */
const STALE_AFTER = "1 day";

/**
 * Claims up to `limit` notifications whose mail is due at once. FOR UPDATE SKIP LOCKED lets several
 * instances claim at the same time without taking the same one; the claim time keeps others off
 * until it is sent or the claim times out. Answers the claimed ids.
 */
export async function claimImmediateMails(db: DbOrTx, limit = 20): Promise<number[]> {
  const rows = await selectRows<{ id: number }>(
    db,
    sql`update notifications set email_claimed_at = now()
        where id in (
          select id from notifications
          where email_due_at is not null and email_sent_at is null
            and email_due_at <= now() and email_due_at > now() - ${STALE_AFTER}::interval
            and (email_claimed_at is null or email_claimed_at < now() - ${MAIL_CLAIM_TIMEOUT}::interval)
          order by email_due_at, id
          limit ${limit}
          for update skip locked)
        returning id`,
  );
  return rows.map((r) => Number(r.id));
}

export async function markMailsSent(db: DbOrTx, ids: number[]): Promise<void> {
  if (!ids.length) return;
  await db
    .update(notifications)
    .set({ emailSentAt: sql`now()` })
    .where(inArray(notifications.id, ids));
}

/** Where a day's digest starts and what it looks back over: notifications made before `day` began. */
function digestWindow(day: string) {
  // Days are UTC days, whatever the database session's time zone.
  return sql`n.created_at < (${day}::date::timestamp at time zone 'UTC')
             and n.created_at >= ((${day}::date - 7)::timestamp at time zone 'UTC')`;
}

/** People with notifications waiting for the digest of `day` (YYYY-MM-DD, UTC). */
export async function listDigestRecipients(db: DbOrTx, day: string): Promise<string[]> {
  const rows = await selectRows<{ id: string }>(
    db,
    sql`select distinct n.recipient_id as id
        from notifications n
        join users u on u.id = n.recipient_id and u.active
        left join notification_preferences p on p.user_id = n.recipient_id and p.reason = n.reason
        where n.email_sent_at is null and n.email_due_at is null
          and coalesce(p.delivery, 'daily') = 'daily' and ${digestWindow(day)}`,
  );
  return rows.map((r) => r.id);
}

/**
 * Claims one person's digest of one day: a row per person per day (its primary key) means one
 * instance wins; a claim that was never marked sent is taken over after the timeout. Answers
 * whether this caller has it.
 */
export async function claimDigest(db: DbOrTx, userId: string, day: string): Promise<boolean> {
  const rows = await selectRows<{ user_id: string }>(
    db,
    sql`insert into email_digests (user_id, day, claimed_at) values (${userId}, ${day}::date, now())
        on conflict (user_id, day) do update set claimed_at = now()
          where email_digests.sent_at is null
            and email_digests.claimed_at < now() - ${MAIL_CLAIM_TIMEOUT}::interval
        returning user_id`,
  );
  return rows.length > 0;
}

/** The ids a person's digest of `day` carries. */
export async function digestNotificationIds(db: DbOrTx, userId: string, day: string): Promise<number[]> {
  const rows = await selectRows<{ id: number }>(
    db,
    sql`select n.id from notifications n
        left join notification_preferences p on p.user_id = n.recipient_id and p.reason = n.reason
        where n.recipient_id = ${userId} and n.email_sent_at is null and n.email_due_at is null
          and coalesce(p.delivery, 'daily') = 'daily' and ${digestWindow(day)}
        order by n.created_at, n.id`,
  );
  return rows.map((r) => Number(r.id));
}

/** After the digest went out: its notifications are mailed, the digest is sent (never again that day). */
export async function markDigestSent(db: DbOrTx, userId: string, day: string, ids: number[]): Promise<void> {
  await db.transaction(async (tx) => {
    await markMailsSent(tx, ids);
    await tx
      .update(emailDigests)
      .set({ sentAt: sql`now()`, count: ids.length })
      .where(sql`${emailDigests.userId} = ${userId} and ${emailDigests.day} = ${day}::date`);
  });
}
