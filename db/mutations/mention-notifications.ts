import { sql } from "drizzle-orm";
import type { DbOrTx } from "../index";
import { isUuid } from "@/lib/validation/ids";
import { insertNotifications } from "./notification-insert";

const counts = (ids: string[]) => ids.reduce((m, id) => m.set(id, (m.get(id) ?? 0) + 1), new Map<string, number>());

/**
 * Tells people mentioned in a note since its last derivation. A mention has no identity of its
 * own in the document, so the n-th mention of a person in a note is the instance: its dedupe key
 * is note + person + n. A person is told when their count rises past anything told before, so
 * deriving again, or removing a mention and typing it back, tells nobody twice.
 */
export async function notifyNewMentions(
  db: DbOrTx,
  p: { recommendationId: string; actorId: string | null; before: string[]; after: string[] },
): Promise<void> {
  const before = counts(p.before);
  const added = [...counts(p.after)].filter(([id, n]) => isUuid(id) && n > (before.get(id) ?? 0));
  if (!added.length) return;
  const rows = sql.join(
    added.map(([id, n]) => sql`(${id}::uuid, ${n}::int)`),
    sql`, `,
  );
  await insertNotifications(db, [
    sql`select m.user_id, 'mentioned'::text, 'mentioned:' || ${p.recommendationId}::text || ':' || m.user_id || ':' || m.n,
          ${p.actorId}::uuid, ${p.recommendationId}::uuid, null::uuid, null::uuid, '{}'::jsonb
        from (values ${rows}) as m(user_id, n)`,
  ]);
}
