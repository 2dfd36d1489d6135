import { and, asc, eq, gt } from "drizzle-orm";
import type { DbOrTx } from "../index";
import { activityLog, users } from "../schema";
import { conflict } from "@/lib/errors";

/**
 * The refusal for a write based on an old version: it names who changed which fields since, so the
 * person can review the current values and reapply their change.
 */
export async function staleVersionError(
  db: DbOrTx,
  entity: { id: string; version: number; label: string },
  baseVersion: number,
  current: unknown,
) {
  const changes = await db
    .select({ field: activityLog.field, at: activityLog.at, name: users.name, label: activityLog.actorLabel })
    .from(activityLog)
    .leftJoin(users, eq(users.id, activityLog.actorId))
    .where(and(eq(activityLog.entityId, entity.id), gt(activityLog.entityVersion, baseVersion)))
    .orderBy(asc(activityLog.at));
  const byPerson = new Map<string, Set<string>>();
  for (const c of changes) {
    const who = c.name ?? c.label ?? "someone";
    const fields = byPerson.get(who) ?? new Set<string>();
    if (c.field) fields.add(c.field);
    byPerson.set(who, fields);
  }
  const summary = byPerson.size
    ? [...byPerson].map(([who, fields]) => `${who} changed ${fields.size ? [...fields].join(", ") : "it"}`).join("; ")
    : "It was changed by someone else";
  return conflict(
    `${entity.label} was changed after you opened it (you had version ${baseVersion}, it is now ${entity.version}). ${summary}. Review the current values and apply your change again.`,
    {
      currentVersion: entity.version,
      changedBy: [...byPerson].map(([name, fields]) => ({ name, fields: [...fields] })),
      current,
    },
  );
}
