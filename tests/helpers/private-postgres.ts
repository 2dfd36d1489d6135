/**
 * A PostgreSQL cluster of the test's own, on its own port and socket folder, that a test may stop and
 * restart (the shared server on 5432 must never be). Needs the server binaries (Debian's
 * postgresql-15 package) and, when run as root, the `postgres` account to own the cluster.
 */
import { execFile, execFileSync } from "node:child_process";
import { promisify } from "node:util";
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import os from "node:os";
import path from "node:path";

/** The folder of initdb and pg_ctl, or null when no PostgreSQL server is installed. */
export function postgresBinaries(): string | null {
  const root = "/usr/lib/postgresql";
  if (!existsSync(root)) return null;
  const versions = readdirSync(root)
    .filter((v) => existsSync(path.join(root, v, "bin", "pg_ctl")))
    .sort((a, b) => Number(b) - Number(a));
  return versions.length ? path.join(root, versions[0]!, "bin") : null;
}

async function freePort(): Promise<number> {
  const server = createServer().listen(0, "127.0.0.1");
  await new Promise((r) => server.once("listening", r));
  const { port } = server.address() as { port: number };
  await new Promise((r) => server.close(r));
  return port;
}

export interface PrivatePostgres {
  url: string;
  port: number;
  /**
   * Stops the server (fast shutdown: open connections are closed). Asynchronous, so the test's own
   * event loop (serving the requests being measured) keeps running meanwhile.
   */
  stop(): Promise<void>;
  start(): Promise<void>;
  /** Stops and removes the cluster. */
  remove(): void;
}

export async function startPrivatePostgres(bin: string): Promise<PrivatePostgres> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "tct-pg-"));
  chmodSync(dir, 0o777);
  const dataDir = path.join(dir, "data");
  const port = await freePort();
  const asRoot = process.getuid?.() === 0;
  // As root, the cluster belongs to the postgres account (PostgreSQL refuses to run as root).
  const command = (tool: string, args: string[]): [string, string[]] =>
    asRoot ? ["runuser", ["-u", "postgres", "--", path.join(bin, tool), ...args]] : [path.join(bin, tool), args];
  execFileSync(...command("initdb", ["-D", dataDir, "-U", "postgres", "--auth=trust", "--no-sync"]), {
    stdio: "ignore",
    cwd: dir,
  });
  const pgCtl = (action: string) =>
    command("pg_ctl", [
      "-D",
      dataDir,
      "-w",
      "-m",
      "fast",
      "-l",
      path.join(dir, "server.log"),
      "-o",
      `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`,
      action,
    ]);
  const run = async (action: string) => {
    await promisify(execFile)(...pgCtl(action), { cwd: dir });
  };
  await run("start");
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    port,
    stop: () => run("stop"),
    start: () => run("start"),
    remove() {
      try {
        execFileSync(...pgCtl("stop"), { stdio: "ignore", cwd: dir });
      } catch {
        // already stopped
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
