/**
 * Throwaway databases for benchmarks, filled the same way on both engines: migrated, seeded with the
 * source content and demo users, then `generateLoad` (db/seed/generate.ts) and ANALYZE.
 * PostgreSQL: a new database next to BENCH_DATABASE_URL's (the role needs CREATEDB), dropped by
 * `drop()`. PGlite: a new temporary DATA_DIR (the layout server.ts opens), removed by `drop()`.
 */
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { sql } from "drizzle-orm";
import { openDatabase, type DatabaseHandle } from "../../db";
import { seedDatabase } from "../../db/seed";
import { generateLoad } from "../../db/seed/generate";
import { createFreshPostgresDatabase } from "../../tests/helpers/postgres";

export interface BenchDatabase {
  kind: "postgres" | "pglite";
  /** Environment for a server process over this database: DATABASE_URL or DATA_DIR. */
  env: Record<string, string>;
  /** Opens a connection (PostgreSQL) or the folder (PGlite: close it before a server opens it). */
  open(): Promise<DatabaseHandle>;
  drop(): Promise<void>;
}

export interface LoadSize {
  recommendations: number;
  actionsPer: number;
}

export async function createBenchDatabase(
  kind: "postgres" | "pglite",
  size: LoadSize,
  options: { postgresUrl?: string; log?: (m: string) => void } = {},
): Promise<BenchDatabase> {
  const log = options.log ?? (() => {});
  let db: BenchDatabase;
  if (kind === "postgres") {
    if (!options.postgresUrl) throw new Error("a PostgreSQL benchmark needs BENCH_DATABASE_URL");
    const fresh = await createFreshPostgresDatabase(options.postgresUrl);
    db = {
      kind,
      env: { DATABASE_URL: fresh.url },
      open: () => openDatabase({ url: fresh.url }),
      drop: () => fresh.drop(),
    };
  } else {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), "tct-bench-"));
    db = {
      kind,
      env: { DATA_DIR: dataDir, DATABASE_URL: "" },
      open: () => openDatabase({ dataDir: path.join(dataDir, "pglite") }),
      drop: async () => rmSync(dataDir, { recursive: true, force: true }),
    };
  }
  const started = performance.now();
  const handle = await db.open();
  try {
    await seedDatabase(handle.db, { demoUsers: true });
    if (size.recommendations > 0) {
      await generateLoad(handle.db, {
        recommendations: size.recommendations,
        actionsPerRecommendation: size.actionsPer,
        seed: 1,
      });
    }
    await handle.db.execute(sql`analyze`);
  } finally {
    await handle.close();
  }
  log(
    `${kind}: ${size.recommendations} recommendations × ${size.actionsPer} actions ready in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
  return db;
}

/** An API token for a demo user (e-mail in db/seed), for load generators that call the API as that person. */
export async function createBenchToken(
  database: BenchDatabase,
  email: string,
  scope: "read" | "write" = "write",
): Promise<string> {
  const { actorFor } = await import("../../tests/helpers/actors");
  const { createApiToken } = await import("../../db/mutations/tokens");
  const handle = await database.open();
  try {
    return (await createApiToken(handle.db, await actorFor(handle.db, email), { name: "bench", scope })).token;
  } finally {
    await handle.close();
  }
}
