/** Start-up checks of server.ts that need no build: the database step, and configuration errors that stop it with a clear message. */
import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { openDatabase } from "@/db";
import { users } from "@/db/schema";
import { demoUsers } from "@/db/seed/demo-users";

function runServer(env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", "server.ts"], {
      cwd: process.cwd(),
      env: { PATH: process.env.PATH ?? "", ...env } as unknown as NodeJS.ProcessEnv,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (d) => (output += d));
    child.stderr.on("data", (d) => (output += d));
    // Generous: tsx, PGlite's start, the migrations and the seed take 5 s on a quiet machine, several
    // times that on a loaded one; a hung start still ends the test.
    const timer = setTimeout(() => child.kill("SIGKILL"), 100_000);
    child.on("exit", (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

describe("server start-up", () => {
  it("migrates and seeds the embedded database before it serves", { timeout: 120_000 }, async () => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), "tct-start-"));
    // No production build here, so Next cannot start: start-up ends after the database step.
    const { createServer } = await import("node:net");
    const probe = createServer().listen(0, "127.0.0.1");
    await new Promise((r) => probe.once("listening", r));
    const port = String((probe.address() as { port: number }).port);
    await new Promise((r) => probe.close(r));
    const { output } = await runServer({
      NODE_ENV: "production",
      PORT: port,
      HOSTNAME: "127.0.0.1",
      DATA_DIR: dataDir,
    });
    expect(output).toMatch(/database: pglite ready \(migrated and seeded\)/);
    const handle = await openDatabase({ dataDir: path.join(dataDir, "pglite"), migrate: false });
    try {
      const rows = await handle.db.select({ email: users.email }).from(users);
      expect(rows.map((r) => r.email).sort()).toEqual(demoUsers.map((u) => u.email).sort());
    } finally {
      await handle.close();
    }
  });

  it("refuses to start in production on PostgreSQL without NEXTAUTH_SECRET", async () => {
    const { code, output } = await runServer({
      NODE_ENV: "production",
      DATABASE_URL: "postgres://nobody@127.0.0.1:1/none",
      DATA_DIR: mkdtempSync(path.join(os.tmpdir(), "tct-start-")),
    });
    expect(code).toBe(1);
    expect(output).toMatch(/NEXTAUTH_SECRET is not set/);
  });

  it("stops with a clear message when the port is taken", async () => {
    const { createServer } = await import("node:net");
    const blocker = createServer().listen(0, "127.0.0.1");
    await new Promise((r) => blocker.once("listening", r));
    const port = (blocker.address() as { port: number }).port;
    try {
      const { code, output } = await runServer({
        PORT: String(port),
        HOSTNAME: "127.0.0.1",
        DATA_DIR: mkdtempSync(path.join(os.tmpdir(), "tct-start-")),
      });
      expect(code).toBe(1);
      expect(output).toMatch(new RegExp(`Port ${port} is already in use`));
    } finally {
      blocker.close();
    }
  });

  it("names a malformed variable", async () => {
    const { code, output } = await runServer({
      PORT: "eighty",
      DATA_DIR: mkdtempSync(path.join(os.tmpdir(), "tct-start-")),
    });
    expect(code).toBe(1);
    expect(output).toMatch(/PORT/);
  });
});
