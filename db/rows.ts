import type { SQL } from "drizzle-orm";
import type { DbOrTx } from "./index";

/**
 * Runs raw SQL and returns its rows. postgres.js answers with an array and PGlite with `{ rows }`;
 * this hides the difference so raw queries are written once.
 */
export async function selectRows<T>(db: DbOrTx, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown;
  if (Array.isArray(result)) return result as T[];
  return ((result as { rows?: T[] }).rows ?? []) as T[];
}
