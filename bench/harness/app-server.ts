/**
 * Our server (server.ts, production build) as a child process for benchmarks, so its CPU and memory
 * are its own and readable from /proc. Needs a `next build` (.next/BUILD_ID); `ensureBuild` makes one
 * when it is missing. The peer for HTTP figures is the same server's `/api/health`.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { randomBytes } from "node:crypto";

export interface AppServer {
  url: string;
  pid: number;
  /** Resident memory now, in MiB (VmRSS), and the peak so far (VmHWM). */
  memory(): { rssMiB: number; peakMiB: number };
  /** CPU time used so far (user + system), in ms. */
  cpuMs(): number;
  stop(): Promise<void>;
}

export function ensureBuild(log: (m: string) => void = () => {}): void {
  if (existsSync(".next/BUILD_ID")) return;
  log("no production build: running next build");
  const res = spawnSync("node_modules/.bin/next", ["build"], { stdio: "inherit" });
  if (res.status !== 0) throw new Error("next build failed");
}

export async function startAppServer(options: {
  port: number;
  env: Record<string, string>;
  log?: (m: string) => void;
}): Promise<AppServer> {
  const url = `http://127.0.0.1:${options.port}`;
  const child: ChildProcess = spawn("node", ["--import", "tsx", "server.ts"], {
    env: {
      ...process.env,
      NODE_ENV: "production",
      PORT: String(options.port),
      HOSTNAME: "127.0.0.1",
      NEXTAUTH_URL: url,
      NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? randomBytes(32).toString("hex"),
      REDIS_URL: "",
      ...options.env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout!.on("data", (d) => (output += d));
  child.stderr!.on("data", (d) => (output += d));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));

  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited during start-up:\n${output}`);
    try {
      const res = await fetch(`${url}/api/health`);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill("SIGKILL");
      throw new Error(`server did not start in 120 s:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  options.log?.(`server on ${url} (pid ${child.pid})`);

  const pid = child.pid!;
  const status = (field: string) => {
    const line = readFileSync(`/proc/${pid}/status`, "utf8").match(new RegExp(`^${field}:\\s+(\\d+) kB`, "m"));
    return line ? Number(line[1]) / 1024 : Number.NaN;
  };
  const ticks = 100; // USER_HZ on Linux
  return {
    url,
    pid,
    memory: () => ({ rssMiB: status("VmRSS"), peakMiB: status("VmHWM") }),
    cpuMs() {
      // Fields 14 and 15 of /proc/<pid>/stat (utime, stime), after the command name in parentheses.
      const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
      return ((Number(fields[11]) + Number(fields[12])) * 1000) / ticks;
    },
    async stop() {
      if (child.exitCode !== null) return;
      child.kill("SIGTERM");
      const timeout = setTimeout(() => child.kill("SIGKILL"), 15_000);
      await exited;
      clearTimeout(timeout);
    },
  };
}
