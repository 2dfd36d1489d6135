import { and, asc, eq, gt } from "drizzle-orm";
import type { DbOrTx } from "../index";
import { activityLog, users } from "../schema";
import { conflict } from "@/lib/errors";
import { fieldRef, listOf, msg, type Message } from "@/lib/i18n/server-message";

/**
 * The refusal for a write based on an old version: it names who changed which fields since, so the
 * person can review the current values and reapply their change.
 */
export async function staleVersionError(
  db: DbOrTx,
  /** `label` names it at the start of a sentence: a code, or a message such as 'The action "…"'. */
  entity: { id: string; version: number; label: string | Message },
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
  // Who changed what, the fields named as the API names them (in words in Chinese).
  const summary = byPerson.size
    ? listOf(
        [...byPerson].map(([who, fields]) =>
          msg("errors.stale.personChanged", {
            who: who === "someone" ? msg("errors.stale.someone") : who,
            fields: fields.size ? listOf([...fields].map(fieldRef), "comma") : msg("errors.stale.it"),
          }),
        ),
        "semicolon",
      )
    : msg("errors.stale.someoneElse");
  return conflict(
    msg("errors.stale.changed", {
      entity: entity.label,
      base: baseVersion,
      current: entity.version,
      summary,
    }),
    {
      currentVersion: entity.version,
      changedBy: [...byPerson].map(([name, fields]) => ({ name, fields: [...fields] })),
      current,
    },
  );
}
