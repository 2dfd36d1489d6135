/**
 * The one place that chooses the database driver.
 *
 * - `DATABASE_URL` set: PostgreSQL through postgres.js.
 * - otherwise: PGlite (Postgres in WebAssembly) in `${DATA_DIR ?? ".data"}/pglite`.
 *
 * Both run the same drizzle migrations from db/migrations on open. Deliberately no
 * `import "server-only"` here: server.ts, scripts and tests load this module outside React.
 */
import path from "node:path";
import { mkdirSync } from "node:fs";
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from "drizzle-orm/pg-core";
import type { ExtractTablesWithRelations } from "drizzle-orm";
import * as schema from "./schema";

export type Schema = typeof schema;
export type Database = PgDatabase<PgQueryResultHKT, Schema>;
export type Transaction = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
/** Query functions take either, so they run standalone or inside a caller's transaction. */
export type DbOrTx = Database | Transaction;
export type DriverKind = "pglite" | "postgres";

export interface DatabaseHandle {
  kind: DriverKind;
  db: Database;
  /** Applies pending migrations from db/migrations. */
  migrate(): Promise<void>;
  /**
   * Calls `onNotify` with the payload of every NOTIFY on `channel` (from any instance on PostgreSQL;
   * from this process on PGlite). Resolves to a function that stops listening.
   */
  listen(channel: string, onNotify: (payload: string) => void): Promise<() => Promise<void>>;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** A postgres:// URL; when absent PGlite is used. */
  url?: string;
  /** PGlite folder; ignored for PostgreSQL. `"memory://"` for an in-memory database. */
  dataDir?: string;
  /** A PGlite data-dir dump (from `dumpDataDir`) to start from instead of an empty database. */
  loadDataDir?: Blob;
  migrate?: boolean;
}

// turbopackIgnore: these are read at run time from the project folder, not bundled or traced.
export const migrationsFolder = path.join(/*turbopackIgnore: true*/ process.cwd(), "db", "migrations");

/** Keys for a PostgreSQL advisory lock, so two instances starting together migrate one at a time. */
const MIGRATION_LOCK = 727_274_001;

export async function openDatabase(options: OpenOptions = {}): Promise<DatabaseHandle> {
  const handle = options.url ? await openPostgres(options.url) : await openPglite(options);
  if (options.migrate !== false) await handle.migrate();
  return handle;
}

async function openPostgres(url: string): Promise<DatabaseHandle> {
  const { default: postgres } = await import("postgres");
  const { drizzle } = await import("drizzle-orm/postgres-js");
  const { migrate } = await import("drizzle-orm/postgres-js/migrator");
  const client = postgres(url, {
    max: Number(process.env.DATABASE_POOL_SIZE ?? 10),
    onnotice: () => {},
  });
  const db = drizzle(client, { schema, casing: "snake_case" }) as unknown as Database;
  return {
    kind: "postgres",
    db,
    async migrate() {
      // A one-connection client holds a session lock for the whole run, so instances starting
      // together migrate in turn instead of racing on the same DDL.
      const single = postgres(url, { max: 1, onnotice: () => {} });
      try {
        await single`select pg_advisory_lock(${MIGRATION_LOCK})`;
        await migrate(drizzle(single, { casing: "snake_case" }), { migrationsFolder });
      } finally {
        await single.end({ timeout: 5 });
      }
    },
    async listen(channel, onNotify) {
      // postgres.js keeps one dedicated connection for all listeners and re-listens after reconnects.
      const { unlisten } = await client.listen(channel, onNotify);
      return unlisten;
    },
    close: () => client.end({ timeout: 5 }),
  };
}

async function openPglite(options: OpenOptions): Promise<DatabaseHandle> {
  const { PGlite } = await import("@electric-sql/pglite");
  const { drizzle } = await import("drizzle-orm/pglite");
  const { migrate } = await import("drizzle-orm/pglite/migrator");
  const dataDir = options.dataDir ?? defaultPgliteDir();
  if (!dataDir.startsWith("memory://")) mkdirSync(dataDir, { recursive: true });
  const client = await PGlite.create({ dataDir, loadDataDir: options.loadDataDir });
  const db = drizzle(client, { schema, casing: "snake_case" });
  return {
    kind: "pglite",
    db: db as unknown as Database,
    migrate: () => migrate(db, { migrationsFolder }),
    async listen(channel, onNotify) {
      const stop = await client.listen(channel, onNotify);
      return () => stop();
    },
    close: () => client.close(),
  };
}

export function dataDirectory(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.env.DATA_DIR ?? ".data");
}

function defaultPgliteDir(): string {
  return path.join(dataDirectory(), "pglite");
}

/**
 * The application's database, opened, migrated and seeded once per process. Kept on globalThis
 * because server.ts and Next's bundled route code are separate module graphs in one process, and
 * two PGlite instances must never open the same folder.
 */
const globalKey = Symbol.for("twin-city-tracker.database");
type GlobalWithDb = typeof globalThis & { [globalKey]?: Promise<DatabaseHandle> };

export function getDatabaseHandle(): Promise<DatabaseHandle> {
  const g = globalThis as GlobalWithDb;
  g[globalKey] ??= (async () => {
    const handle = await openDatabase({ url: process.env.DATABASE_URL || undefined });
    const { seedOnStart } = await import("./seed");
    await seedOnStart(handle);
    return handle;
  })();
  return g[globalKey];
}

export async function getDb(): Promise<Database> {
  return (await getDatabaseHandle()).db;
}

export async function closeDatabase(): Promise<void> {
  const g = globalThis as GlobalWithDb;
  const pending = g[globalKey];
  g[globalKey] = undefined;
  if (pending) await (await pending).close();
}

export { schema };
