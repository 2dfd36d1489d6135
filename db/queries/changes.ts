import { sql } from "drizzle-orm";
import type { DbOrTx } from "../index";
import type { ChangeEvent } from "../notify";
import { selectRows } from "../rows";

/**
 * Changes recorded since `since`, one per recommendation (the latest), for a subscriber that was not
 * listening yet. The activity log's time is when the writing transaction began, so the window starts
 * a few seconds early: replaying a change the page already shows only costs a refresh.
 */
export async function changesSince(db: DbOrTx, since: Date, limit = 100): Promise<ChangeEvent[]> {
  const from = new Date(since.getTime() - 5_000);
  const rows = await selectRows<{ code: string; version: number; actor_id: string | null }>(
    db,
    sql`select distinct on (r.code) r.code, r.version, a.actor_id
        from activity_log a join recommendations r on r.id = a.recommendation_id
        where a.at > ${from.toISOString()}::timestamptz
        order by r.code, a.id desc
        limit ${limit}`,
  );
  return rows.map((r) => ({ type: "recommendation", code: r.code, version: r.version, actorId: r.actor_id }));
}
