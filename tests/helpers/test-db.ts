import { readFileSync } from "node:fs";
import { inject } from "vitest";
import { sql } from "drizzle-orm";
import { selectRows } from "@/db/rows";
import { openDatabase, type DatabaseHandle } from "@/db";

/** A migrated and seeded PGlite database of its own, from the run's template. */
export async function createTestDb(): Promise<DatabaseHandle> {
  const dump = readFileSync(inject("pgliteTemplate"));
  return openDatabase({ dataDir: "memory://", loadDataDir: new Blob([dump]), migrate: false });
}

/** A fingerprint of every table's contents, to show that an operation changed nothing. */
export async function databaseChecksum(handle: DatabaseHandle): Promise<string> {
  const tables = await selectRows<{ table_name: string }>(
    handle.db,
    sql`select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`,
  );
  const parts: string[] = [];
  for (const { table_name } of tables) {
    const [row] = await selectRows<{ h: string }>(
      handle.db,
      sql.raw(`select md5(coalesce(string_agg(t::text, '|' order by t::text), '')) as h from "${table_name}" t`),
    );
    parts.push(`${table_name}:${row?.h}`);
  }
  return parts.join("\n");
}

export { openDatabase };
export { createFreshPostgresDatabase, testDatabaseUrl } from "./postgres";
