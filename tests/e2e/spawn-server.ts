import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { createFreshPostgresDatabase } from "../helpers/postgres";

export interface SpawnedServer {
  origin: string;
  databaseUrl: string;
  process: ChildProcess;
  log: () => string;
  stop: () => Promise<void>;
}

/**
 * Starts the production build on a fresh PostgreSQL database of its own (with demo accounts), for
 * tests that need to look into the database while the server runs.
 */
export async function startServerOnPostgres(
  baseDatabaseUrl: string,
  port: number,
  options: { shareDatabaseOf?: SpawnedServer; env?: Record<string, string> } = {},
): Promise<SpawnedServer> {
  // A second instance can share the first one's database, as instances behind a load balancer do.
  const fresh = options.shareDatabaseOf
    ? { url: options.shareDatabaseOf.databaseUrl, drop: async () => {} }
    : await createFreshPostgresDatabase(baseDatabaseUrl);
  const origin = `http://localhost:${port}`;
  let log = "";
  const child = spawn(process.execPath, ["--import", "tsx", "server.ts"], {
    env: {
      ...process.env,
      NODE_ENV: "production",
      PORT: String(port),
      HOSTNAME: "127.0.0.1",
      NEXTAUTH_URL: origin,
      NEXTAUTH_SECRET: "e2e-secret-for-the-postgres-instance-0123456789",
      DATABASE_URL: fresh.url,
      SEED_DEMO: "true",
      DATA_DIR: mkdtempSync(path.join(os.tmpdir(), "tct-e2e-pg-")),
      ...options.env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout!.on("data", (d) => (log += d));
  child.stderr!.on("data", (d) => (log += d));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill("SIGTERM");
      await new Promise((r) => child.once("exit", r));
    }
    await fresh.drop();
  };
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    const ok = await fetch(`${origin}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return { origin, databaseUrl: fresh.url, process: child, log: () => log, stop };
    if (child.exitCode !== null) break;
    await new Promise((r) => setTimeout(r, 250));
  }
  await stop();
  throw new Error(`server on PostgreSQL did not start:\n${log}`);
}
