/**
 * The one place that chooses the database driver.
 *
 * - `DATABASE_URL` set: PostgreSQL through postgres.js.
 * - otherwise: PGlite (Postgres in WebAssembly) in `${DATA_DIR ?? ".data"}/pglite`.
 *
 * Both run the same drizzle migrations from db/migrations on open: every opener (the server, the
 * scripts, the tests) then works on the schema its code expects, and on PostgreSQL an advisory lock
 * lets concurrent starts take turns. Seeding is not done here but by server.ts and `db:seed`.
 * Deliberately no `import "server-only"` here: server.ts, scripts and tests load this module outside
 * React.
 */
import path from "node:path";
import { mkdirSync } from "node:fs";
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from "drizzle-orm/pg-core";
import type { ExtractTablesWithRelations } from "drizzle-orm";
import * as schema from "./schema";
import { databaseUnavailable } from "@/lib/errors";
import { DatabaseCircuit } from "./availability";
import { fillMissingSearchText } from "./search-text";
import { createListener, type ClientOptions } from "./listener";
import { guardedSocket } from "./postgres-socket";

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
  /** True while the database is out of reach and queries are refused at once (PostgreSQL only). */
  unavailable(): boolean;
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
  if (options.migrate !== false) {
    await handle.migrate();
    // Rows from before a searched column existed (or written by an older version) get theirs now.
    await fillMissingSearchText(handle.db);
  }
  return handle;
}

/** Seconds to wait for a connection to PostgreSQL before the query fails (and counts toward the circuit). */
const CONNECT_TIMEOUT_SECONDS = 2;

async function openPostgres(url: string): Promise<DatabaseHandle> {
  const { default: postgres } = await import("postgres");
  const { drizzle } = await import("drizzle-orm/postgres-js");
  const { migrate } = await import("drizzle-orm/postgres-js/migrator");
  const connect = (extra: ClientOptions = {}) =>
    postgres(url, {
      onnotice: () => {},
      // An option of postgres.js its type definitions leave out.
      ...({ socket: guardedSocket } as ClientOptions),
      connect_timeout: CONNECT_TIMEOUT_SECONDS,
      // postgres.js waits up to 20 s between reconnection attempts by default; a restarted database
      // should be used again as soon as it answers.
      backoff: (retries: number) => Math.min(0.05 * 2 ** retries, 0.5),
      ...extra,
    });
  const client = connect({ max: Number(process.env.DATABASE_POOL_SIZE ?? 10) });
  // The probe goes through the pool itself, so the circuit closes only once the connections the
  // requests will use work again.
  const circuit = new DatabaseCircuit(() => client`select 1`);
  const listener = createListener(connect);
  const db = drizzle(guardedClient(client, circuit), { schema, casing: "snake_case" }) as unknown as Database;
  return {
    kind: "postgres",
    db,
    unavailable: () => circuit.isOpen,
    async migrate() {
      // A one-connection client holds a session lock for the whole run, so instances starting
      // together migrate in turn instead of racing on the same DDL.
      const single = connect({ max: 1 });
      try {
        await single`select pg_advisory_lock(${MIGRATION_LOCK})`;
        await migrate(drizzle(single, { casing: "snake_case" }), { migrationsFolder });
      } finally {
        await single.end({ timeout: 5 });
      }
    },
    listen: (channel, onNotify) => listener.listen(channel, onNotify),
    async close() {
      circuit.dispose();
      await Promise.all([listener.close(), client.end({ timeout: 5 })]);
    },
  };
}

/**
 * The client drizzle queries through: refused at once while the circuit is open, every outcome
 * counted (queries outside transactions, and whole transactions), and transactions bounded in time
 * once an outage began.
 */
function guardedClient<C extends { unsafe: (...args: never[]) => unknown; begin: (...args: never[]) => unknown }>(
  client: C,
  circuit: DatabaseCircuit,
): C {
  return new Proxy(client, {
    get(target, key, receiver) {
      const value = Reflect.get(target, key, receiver);
      if (key !== "unsafe" && key !== "begin") return value;
      return (...args: unknown[]) => {
        // A transaction is a promise, so it is refused as one; drizzle awaits queries in async code.
        if (key === "begin" && circuit.isOpen) return Promise.reject(databaseUnavailable());
        circuit.check();
        const outcome = (value as (...a: unknown[]) => PromiseLike<unknown>).apply(target, args);
        circuit.observe(outcome);
        // A query is a lazy postgres.js object drizzle calls methods on; a transaction a plain promise.
        return key === "begin" ? circuit.bounded(outcome as Promise<unknown>) : outcome;
      };
    },
  });
}

async function openPglite(options: OpenOptions): Promise<DatabaseHandle> {
  const { PGlite } = await import("@electric-sql/pglite");
  const { drizzle } = await import("drizzle-orm/pglite");
  const { migrate } = await import("drizzle-orm/pglite/migrator");
  // Trigram indexes for search (migration 0007), as PostgreSQL's contrib module provides them.
  const { pg_trgm } = await import("@electric-sql/pglite/contrib/pg_trgm");
  const dataDir = options.dataDir ?? defaultPgliteDir();
  if (!dataDir.startsWith("memory://")) mkdirSync(dataDir, { recursive: true });
  const client = await PGlite.create({ dataDir, loadDataDir: options.loadDataDir, extensions: { pg_trgm } });
  const db = drizzle(client, { schema, casing: "snake_case" });
  return {
    kind: "pglite",
    db: db as unknown as Database,
    migrate: () => migrate(db, { migrationsFolder }),
    // In this process: it is out of reach only when the process is.
    unavailable: () => false,
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
 * The application's database, opened and migrated once per process (server.ts seeds it next, before
 * serving). Kept on globalThis because server.ts and Next's bundled route code are separate module
 * graphs in one process, and two PGlite instances must never open the same folder.
 */
const globalKey = Symbol.for("twin-city-tracker.database");
type GlobalWithDb = typeof globalThis & { [globalKey]?: Promise<DatabaseHandle> };

export function getDatabaseHandle(): Promise<DatabaseHandle> {
  const g = globalThis as GlobalWithDb;
  g[globalKey] ??= openDatabase({ url: process.env.DATABASE_URL || undefined });
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
