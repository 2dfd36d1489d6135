/**
 * The notification scheduler, run by every instance (server.ts starts it). Each tick creates the
 * timed notifications of the day (due soon, overdue, round due) and, when mail is set up, sends the
 * mail due at once and the daily digests. It works from the state in the database, never from when
 * it last ran, and every step is idempotent (unique dedupe keys, claimed mail), so instances need
 * not know about each other and a restart neither skips a day nor repeats one.
 * The clock is injected: tests drive it and call `tick` themselves.
 */
import type { DbOrTx } from "@/db";
import { createTimedNotifications } from "@/db/mutations/timed-notifications";
import type { MailContext } from "./mail-content";
import type { MailSender } from "./mail-transport";
import { sendDailyDigests, sendImmediateMails } from "./mailer";
import { periodicTask } from "@/lib/periodic-task";

/** Often enough that mail "at once" means within a minute. */
export const SCHEDULER_INTERVAL_MS = 30_000;

export interface SchedulerOptions {
  db: () => Promise<DbOrTx>;
  /** Null: no SMTP_URL, no mail (notifications are still made). */
  mail: { sender: MailSender; context: Omit<MailContext, "now"> } | null;
  now?: () => Date;
  intervalMs?: number;
}

export interface TickResult {
  created: number;
  mailed: number;
  digests: number;
}

/** The UTC day of a moment, YYYY-MM-DD: the app's days are UTC days. */
export const utcDay = (at: Date) => at.toISOString().slice(0, 10);

export function createNotificationScheduler(options: SchedulerOptions) {
  const now = options.now ?? (() => new Date());

  async function runTick(): Promise<TickResult> {
    const db = await options.db();
    const at = now();
    const day = utcDay(at);
    const created = await createTimedNotifications(db, day);
    if (!options.mail) return { created, mailed: 0, digests: 0 };
    const ctx = { ...options.mail.context, now: at };
    const mailed = await sendImmediateMails(db, options.mail.sender, ctx);
    const digests = await sendDailyDigests(db, options.mail.sender, ctx, day);
    return { created, mailed, digests };
  }

  // A tick asked for while one runs waits for it instead of running beside it.
  return periodicTask(runTick, {
    intervalMs: options.intervalMs ?? SCHEDULER_INTERVAL_MS,
    label: "notification scheduler",
  });
}

export type NotificationScheduler = ReturnType<typeof createNotificationScheduler>;
