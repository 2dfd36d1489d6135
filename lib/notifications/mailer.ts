/**
 * Sends notification mail: what is due at once, and each person's daily digest. Every step is a
 * claim in the database first (db/mutations/notification-mail.ts), so any number of instances can
 * run this at the same time and each mail still goes out once; a mail whose sending failed stays
 * claimed until the claim times out, and is then tried again.
 */
import { inArray } from "drizzle-orm";
import type { DbOrTx } from "@/db";
import { notifications, users } from "@/db/schema";
import { selectNotificationItems, type NotificationItem } from "@/db/queries/notifications";
import {
  claimDigest,
  claimImmediateMails,
  digestNotificationIds,
  listDigestRecipients,
  markDigestSent,
  markMailsSent,
} from "@/db/mutations/notification-mail";
import { matchLocale } from "@/lib/i18n/config";
import { digestMail, immediateMail, type MailContext, type MailRecipient } from "./mail-content";
import type { MailSender } from "./mail-transport";

async function recipients(db: DbOrTx, ids: string[]): Promise<Map<string, MailRecipient>> {
  if (!ids.length) return new Map();
  const rows = await db
    .select({ id: users.id, email: users.email, locale: users.locale })
    .from(users)
    .where(inArray(users.id, ids));
  return new Map(rows.map((u) => [u.id, { id: u.id, email: u.email, locale: matchLocale(u.locale) }]));
}

const itemsByIds = (db: DbOrTx, ids: number[]): Promise<NotificationItem[]> =>
  ids.length ? selectNotificationItems(db, inArray(notifications.id, ids), ids.length) : Promise.resolve([]);

/** Sends the mail due at once, a batch at a time, until none is left. Answers how many were sent. */
export async function sendImmediateMails(db: DbOrTx, sender: MailSender, ctx: MailContext): Promise<number> {
  let sent = 0;
  for (;;) {
    const ids = await claimImmediateMails(db);
    if (!ids.length) return sent;
    const items = await itemsByIds(db, ids);
    const people = await recipients(db, [...new Set(items.map((n) => n.recipientId))]);
    for (const n of items) {
      const to = people.get(n.recipientId);
      if (!to) continue;
      try {
        await sender.send(immediateMail(n, to, ctx));
        await markMailsSent(db, [n.id]);
        sent++;
      } catch (err) {
        // Left claimed: retried once the claim times out, by this instance or another.
        console.error(`notification mail ${n.id} could not be sent`, err);
      }
    }
  }
}

/** Sends the digest of `day` (YYYY-MM-DD, UTC) to everyone with notifications waiting for it. */
export async function sendDailyDigests(db: DbOrTx, sender: MailSender, ctx: MailContext, day: string): Promise<number> {
  let sent = 0;
  const waiting = await listDigestRecipients(db, day);
  const people = await recipients(db, waiting);
  for (const userId of waiting) {
    const to = people.get(userId);
    if (!to || !(await claimDigest(db, userId, day))) continue;
    const ids = await digestNotificationIds(db, userId, day);
    if (!ids.length) {
      await markDigestSent(db, userId, day, ids); // nothing left to say: the day is done
      continue;
    }
    try {
      await sender.send(digestMail(await itemsByIds(db, ids), to, ctx));
      await markDigestSent(db, userId, day, ids);
      sent++;
    } catch (err) {
      console.error(`the digest of ${day} for ${userId} could not be sent`, err);
    }
  }
  return sent;
}
