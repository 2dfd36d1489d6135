/** Child processes and random edits for the collaboration integration tests. */
import { spawn, type ChildProcess } from "node:child_process";
import * as Y from "yjs";

/** mulberry32: a small seeded PRNG, so a failing run can be replayed with its printed seed. */
export function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (n: number) => Math.floor(next() * n),
    word: (len = 1 + Math.floor(next() * 6)) =>
      Array.from({ length: len }, () => "abcdefghijklmnopqrstuvwxyz 港深"[Math.floor(next() * 28)]).join(""),
  };
}

/** One random edit of the shared Y.Text "t": mostly inserts, some deletes. */
export function randomEdit(doc: Y.Doc, rnd: ReturnType<typeof prng>): void {
  const text = doc.getText("t");
  if (text.length > 0 && rnd.next() < 0.3) {
    const at = rnd.int(text.length);
    text.delete(at, Math.min(1 + rnd.int(4), text.length - at));
  } else {
    text.insert(rnd.int(text.length + 1), rnd.word());
  }
}

export interface Spawned {
  child: ChildProcess;
  output: () => string;
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

/** Starts a process and resolves once it printed `readyLine`. */
export function spawnProcess(
  args: string[],
  env: Record<string, string>,
  readyLine: RegExp,
  timeoutMs = 60_000,
): Promise<Spawned> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", ...args], {
      cwd: process.cwd(),
      env: { PATH: process.env.PATH ?? "", ...env } as unknown as NodeJS.ProcessEnv,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    let ready = false;
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`not ready after ${timeoutMs} ms:\n${output}`));
    }, timeoutMs);
    const onData = (d: Buffer) => {
      output += d;
      if (!ready && readyLine.test(output)) {
        ready = true;
        clearTimeout(timer);
        resolve(spawned);
      }
    };
    child.stdout!.on("data", onData);
    child.stderr!.on("data", onData);
    const exited = new Promise<number | null>((r) => child.on("exit", (code) => r(code)));
    child.on("exit", (code) => {
      if (!ready) {
        clearTimeout(timer);
        reject(new Error(`exited with ${code} before ready:\n${output}`));
      }
    });
    const spawned: Spawned = {
      child,
      output: () => output,
      async stop(signal = "SIGTERM") {
        if (child.exitCode !== null || child.signalCode !== null) return child.exitCode;
        child.kill(signal);
        return exited;
      },
    };
  });
}

export const waitUntil = async (check: () => boolean | Promise<boolean>, what: string, timeoutMs = 5000) => {
  const started = Date.now();
  while (!(await check())) {
    if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
};
