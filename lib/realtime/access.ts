/**
 * Access changes (deactivation, role or agency change, sessions revoked, agencies merged), published
 * inside the transaction that makes them, like lib/realtime/changes.ts, so the collaboration server
 * (of every instance, on PostgreSQL) closes or downgrades the open connections of those users at
 * once rather than at its next periodic re-check.
 */
import { sql } from "drizzle-orm";
import type { DbOrTx } from "@/db";

export const ACCESS_CHANNEL = "tct_access";

export async function publishAccessChange(tx: DbOrTx, userIds: string[]): Promise<void> {
  if (!userIds.length) return;
  await tx.execute(sql`select pg_notify(${ACCESS_CHANNEL}, ${JSON.stringify({ userIds })})`);
}
