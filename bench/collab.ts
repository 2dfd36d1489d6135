/**
 * The collaboration server against its peers, each in its own process (CPU and memory from /proc):
 * ours (lib/collab via tests/helpers/collab-process.ts over a fresh PostgreSQL database), plain
 * Hocuspocus 4.7 with no extensions, and a bare @y/websocket-server relay. Clients run here.
 *
 * 1. Two clients on one note, typing alternately 30 ms apart: edit → remote apply.
 * 2. 100 clients over 25 notes (4 a note), each typing about 5 edits a second: edit → remote apply,
 *    server CPU per edit, and for ours "Saved" (edit → the server's stored acknowledgement).
 * Subjects alternate in rounds. Memory is read after full garbage collections (each server runs with
 * --expose-gc and bench/collab/memory-report.mjs): with nothing open before phase 2 and after each of
 * its rounds (a leak shows as growth of the live heap), and 3. with 25 notes open without load, one
 * client each and then two (memory per open note, less a connection's share), for every subject.
 *
 * `node --import tsx bench/collab.ts` (BENCH_DATABASE_URL=postgres://… ; BENCH_QUICK=true or --quick for short runs;
 * BENCH_COLLAB_PROFILE=/some/dir for a CPU profile of ours).
 */
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { like } from "drizzle-orm";
import * as Y from "yjs";
import { recommendations, users } from "../db/schema";
import { noteDocumentName } from "../lib/notes/document-name";
import { signCollabToken } from "../lib/notes/token";
import { createBenchDatabase } from "./harness/databases";
import { round, summarize } from "./harness/stats";
import { quickFromEnv, type Bench, type BenchContext, type Row } from "./harness/types";
import { hocuspocusClient, LatencyProbe, relayClient, type BenchClient } from "./collab/clients";

/** BENCH_COLLAB_PORT: the first of three ports (ours, Hocuspocus, relay); 3402 unless set. */
const PORT_BASE = Number(process.env.BENCH_COLLAB_PORT ?? 3402);
const PORTS = { ours: PORT_BASE, hocuspocus: PORT_BASE + 1, relay: PORT_BASE + 2 } as const;
type Subject = keyof typeof PORTS;
const LABEL: Record<Subject, string> = {
  ours: "ours (PostgreSQL)",
  hocuspocus: "plain Hocuspocus",
  relay: "bare relay",
};
const TICKS_PER_S = 100; // CLK_TCK on Linux

/** Memory of a server after full garbage collections (bench/collab/memory-report.mjs), in MiB. */
interface Memory {
  rss: number;
  /** V8 heap in use plus external memory (Buffers): what the process holds alive. */
  live: number;
}

interface Proc {
  pid: number;
  cpuMs(): number;
  rssMiB(): number;
  memory(): Promise<Memory>;
  stop(): Promise<void>;
}

async function startProcess(args: string[], env: Record<string, string>, ready: RegExp): Promise<Proc> {
  const child: ChildProcess = spawn(
    "node",
    ["--expose-gc", "--import", "./bench/collab/memory-report.mjs", "--import", "tsx", ...args],
    {
      env: { ...process.env, ...env },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let output = "";
  const memoryWaiters: ((m: Memory) => void)[] = [];
  let lineBuffer = "";
  child.stdout!.on("data", (d: Buffer) => {
    lineBuffer += d;
    let nl: number;
    while ((nl = lineBuffer.indexOf("\n")) !== -1) {
      const line = lineBuffer.slice(0, nl);
      lineBuffer = lineBuffer.slice(nl + 1);
      const m = /^memory-report rss=(\d+) heapUsed=(\d+) external=(\d+)/.exec(line);
      if (m) {
        const mib = (x: string) => Number(x) / 2 ** 20;
        memoryWaiters.shift()?.({ rss: mib(m[1]!), live: mib(m[2]!) + mib(m[3]!) });
      }
    }
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${args.join(" ")} did not start:\n${output}`)), 60_000);
    const onData = (d: Buffer) => {
      output = (output + d).slice(-4000);
      if (ready.test(output)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout!.on("data", onData);
    child.stderr!.on("data", onData);
    child.once("exit", (code) => reject(new Error(`${args.join(" ")} exited (${code}):\n${output}`)));
  });
  const pid = child.pid!;
  return {
    pid,
    cpuMs() {
      // Fields after the command name: utime is the 14th and stime the 15th of the whole line.
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_S;
    },
    rssMiB() {
      const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
      return Number(m![1]) / 1024;
    },
    memory() {
      return new Promise<Memory>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error("no memory report in 10 s")), 10_000);
        memoryWaiters.push((m) => {
          clearTimeout(timer);
          resolve(m);
        });
        child.kill("SIGUSR2");
      });
    },
    async stop() {
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function prng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Setup {
  secret: string;
  userId: string;
  recIds: string[];
}

function connect(subject: Subject, setup: Setup, note: number, run: string): BenchClient {
  if (subject === "relay") return relayClient({ url: `ws://127.0.0.1:${PORTS.relay}/${run}-${note}` });
  if (subject === "hocuspocus") {
    return hocuspocusClient({
      url: `ws://127.0.0.1:${PORTS.hocuspocus}`,
      name: `${run}-${note}`,
      token: "none",
      trackStored: false,
    });
  }
  const name = noteDocumentName(setup.recIds[note]!);
  const token = signCollabToken(setup.secret, { userId: setup.userId, documentName: name, name: "Bench" }).token;
  return hocuspocusClient({
    url: `ws://127.0.0.1:${PORTS.ours}/collab?token=${encodeURIComponent(token)}`,
    name,
    token,
    trackStored: true,
  });
}

interface PhaseResult {
  latency: number[];
  saved: number[];
  edits: number;
  cpuMs: number;
}

/**
 * One timed phase: `clients` clients over `notes` notes, each editing every `intervalMs` (with
 * jitter; `alternate`: one edit at a time, clients taking turns) for `durationMs`.
 */
async function phase(
  subject: Subject,
  proc: Proc,
  setup: Setup,
  opts: { clients: number; notes: number; intervalMs: number; durationMs: number; alternate: boolean; seed: number },
): Promise<PhaseResult> {
  const run = randomBytes(3).toString("hex");
  const probe = new LatencyProbe();
  const rnd = prng(opts.seed);
  const clients: BenchClient[] = [];
  for (let i = 0; i < opts.clients; i++) clients.push(connect(subject, setup, i % opts.notes, run));
  await Promise.all(clients.map((c) => c.ready));
  for (const c of clients) probe.watch(c.doc);
  await sleep(200);
  const saved: number[] = [];
  const pendingSaved = new Map<BenchClient, { sent: number; t0: number }[]>();
  for (const c of clients) {
    const tracker = c.stored;
    if (!tracker) continue;
    const list: { sent: number; t0: number }[] = [];
    pendingSaved.set(c, list);
    tracker.onChange(() => {
      const { stored } = tracker.counts();
      while (list.length && list[0]!.sent <= stored) saved.push(performance.now() - list.shift()!.t0);
    });
  }
  const edit = (c: BenchClient) => {
    const t0 = probe.edit(c.doc, rnd);
    pendingSaved.get(c)?.push({ sent: c.stored!.counts().sent, t0 });
  };
  const cpu0 = proc.cpuMs();
  const end = performance.now() + opts.durationMs;
  const timers: NodeJS.Timeout[] = [];
  if (opts.alternate) {
    let turn = 0;
    while (performance.now() < end) {
      edit(clients[turn++ % clients.length]!);
      await sleep(opts.intervalMs);
    }
  } else {
    for (const c of clients) {
      const tick = () => {
        if (performance.now() >= end) return;
        edit(c);
        timers.push(setTimeout(tick, opts.intervalMs * (0.5 + rnd())));
      };
      timers.push(setTimeout(tick, rnd() * opts.intervalMs));
    }
    await sleep(opts.durationMs);
  }
  await sleep(500); // the last edits arrive and are stored
  const cpuMs = proc.cpuMs() - cpu0;
  for (const t of timers) clearTimeout(t);
  for (const c of clients) c.close();
  return { latency: probe.samples, saved, edits: probe.edits, cpuMs };
}

interface OpenMemory {
  /** Per open note, less one connection's share (MiB, after gc). */
  noteLive: number;
  noteRss: number;
  connectionLive: number;
  /** The notes' average encoded size, as a client received them. */
  docBytes: number;
}

/**
 * Memory per open note, measured without load: after gc with nothing open; with `n` notes open
 * (one client each, no edits); with a second client on each. The second step gives a connection's
 * share, which the first step's difference also holds, so per note = Δ1 / n − per connection.
 */
async function openNotesMemory(subject: Subject, proc: Proc, setup: Setup, n: number): Promise<OpenMemory> {
  const run = randomBytes(3).toString("hex");
  const m0 = await proc.memory();
  const first: BenchClient[] = [];
  for (let i = 0; i < n; i++) first.push(connect(subject, setup, i, run));
  await Promise.all(first.map((c) => c.ready));
  await sleep(300);
  const m1 = await proc.memory();
  const second: BenchClient[] = [];
  for (let i = 0; i < n; i++) second.push(connect(subject, setup, i, run));
  await Promise.all(second.map((c) => c.ready));
  await sleep(300);
  const m2 = await proc.memory();
  const docBytes = first.reduce((a, c) => a + Y.encodeStateAsUpdate(c.doc).byteLength, 0) / n;
  for (const c of [...first, ...second]) c.close();
  await sleep(1500);
  const connectionLive = (m2.live - m1.live) / n;
  return {
    noteLive: (m1.live - m0.live) / n - connectionLive,
    noteRss: (m1.rss - m0.rss) / n - (m2.rss - m1.rss) / n,
    connectionLive,
    docBytes,
  };
}

function latencyRow(measure: string, subject: Subject, samples: number[], note?: string): Row {
  const s = summarize(samples);
  return {
    measure,
    subject: LABEL[subject],
    unit: "ms",
    p50: round(s.p50, 2),
    p95: round(s.p95, 2),
    p99: round(s.p99, 2),
    note: note ?? `n=${s.n}`,
  };
}

async function run(ctx: BenchContext): Promise<Row[]> {
  if (!ctx.postgresUrl) {
    ctx.log("collab: skipped (needs BENCH_DATABASE_URL for ours over PostgreSQL)");
    return [];
  }
  const quick = ctx.quick;
  const rounds2 = quick ? 2 : 5;
  const edits2 = quick ? 30 : 150;
  const rounds100 = Number(process.env.BENCH_COLLAB_ROUNDS ?? (quick ? 2 : 3));
  const duration100 = Number(process.env.BENCH_COLLAB_LOAD_MS ?? (quick ? 2000 : 15_000));

  const database = await createBenchDatabase(
    "postgres",
    { recommendations: 30, actionsPer: 0 },
    { postgresUrl: ctx.postgresUrl, log: ctx.log },
  );
  const procs: Partial<Record<Subject, Proc>> = {};
  try {
    const handle = await database.open();
    const [admin] = await handle.db.select({ id: users.id }).from(users).where(like(users.email, "admin@%"));
    const recRows = await handle.db
      .select({ id: recommendations.id })
      .from(recommendations)
      .orderBy(recommendations.code)
      .limit(26);
    await handle.close();
    const setup: Setup = {
      secret: randomBytes(32).toString("hex"),
      userId: admin!.id,
      recIds: recRows.map((r) => r.id),
    };

    [procs.ours, procs.hocuspocus, procs.relay] = await Promise.all([
      startProcess(
        // BENCH_COLLAB_PROFILE=dir: a CPU profile of ours (written when it exits).
        [
          ...(process.env.BENCH_COLLAB_PROFILE
            ? ["--cpu-prof", `--cpu-prof-dir=${process.env.BENCH_COLLAB_PROFILE}`]
            : []),
          "tests/helpers/collab-process.ts",
        ],
        { ...database.env, PORT: String(PORTS.ours), NEXTAUTH_SECRET: setup.secret, REDIS_URL: "" },
        /collab ready/,
      ),
      startProcess(["bench/collab/peer.ts", "hocuspocus", String(PORTS.hocuspocus)], {}, /ready/),
      startProcess(["bench/collab/peer.ts", "relay", String(PORTS.relay)], {}, /ready/),
    ]);
    const subjects: Subject[] = ["ours", "hocuspocus", "relay"];
    const order = (r: number) => subjects.map((_, i) => subjects[(i + r) % subjects.length]!);

    // Warm-up: each server's code paths (and ours' first note loads) before anything is timed.
    for (const s of subjects)
      await phase(s, procs[s]!, setup, {
        clients: 2,
        notes: 1,
        intervalMs: 10,
        durationMs: 300,
        alternate: true,
        seed: 1,
      });

    ctx.log("collab: 2 clients, 30 ms apart");
    const two: Record<Subject, number[]> = { ours: [], hocuspocus: [], relay: [] };
    for (let r = 0; r < rounds2; r++) {
      for (const s of order(r)) {
        // Note 25 for the two-client phase, so its history does not mix with the load's notes.
        const res = await phase(
          s,
          procs[s]!,
          { ...setup, recIds: [setup.recIds[25]!] },
          {
            clients: 2,
            notes: 1,
            intervalMs: 30,
            durationMs: edits2 * 30,
            alternate: true,
            seed: 10 + r,
          },
        );
        two[s].push(...res.latency);
      }
    }

    ctx.log("collab: 100 clients over 25 notes, ~5 edits/s each");
    const many: Record<Subject, PhaseResult[]> = { ours: [], hocuspocus: [], relay: [] };
    // After gc, with nothing open: before the load runs and after each (a leak shows as growth).
    const idle: Record<Subject, Memory[]> = { ours: [], hocuspocus: [], relay: [] };
    for (const s of subjects) idle[s].push(await procs[s]!.memory());
    for (let r = 0; r < rounds100; r++) {
      for (const s of order(r)) {
        many[s].push(
          await phase(s, procs[s]!, setup, {
            clients: 100,
            notes: 25,
            intervalMs: 200,
            durationMs: duration100,
            alternate: false,
            seed: 100 + r,
          }),
        );
        await sleep(1500); // the notes unload (ours: and compact) once their clients have gone
        idle[s].push(await procs[s]!.memory());
      }
    }

    ctx.log("collab: memory per open note");
    const perNote: Record<Subject, OpenMemory> = {} as Record<Subject, OpenMemory>;
    for (const s of subjects) perNote[s] = await openNotesMemory(s, procs[s]!, setup, 25);

    const rows: Row[] = [];
    const p99 = (xs: number[]) => summarize(xs).p99;
    const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}× Hocuspocus`;
    for (const s of subjects) {
      const note =
        s === "hocuspocus" ? undefined : `p99 ${ratio(p99(two[s]), p99(two.hocuspocus))} (target ≤ 2× for ours)`;
      rows.push(latencyRow("edit → remote apply, 2 clients 30 ms apart", s, two[s], note));
    }
    const all = (s: Subject) => many[s].flatMap((p) => p.latency);
    for (const s of subjects) {
      const note =
        s === "hocuspocus" ? undefined : `p99 ${ratio(p99(all(s)), p99(all("hocuspocus")))} (target ≤ 2× for ours)`;
      rows.push(latencyRow("edit → remote apply, 100 clients / 25 notes", s, all(s), note));
    }
    const cpuPerEdit = (s: Subject) =>
      many[s].reduce((a, p) => a + p.cpuMs, 0) / many[s].reduce((a, p) => a + p.edits, 0);
    for (const s of subjects) {
      rows.push({
        measure: "server CPU per edit, 100 clients / 25 notes",
        subject: LABEL[s],
        unit: "ms CPU/edit",
        value: round(cpuPerEdit(s), 3),
        note: s === "hocuspocus" ? undefined : `${(cpuPerEdit(s) / cpuPerEdit("hocuspocus")).toFixed(2)}× Hocuspocus`,
      });
    }
    const saved = many.ours.flatMap((p) => p.saved);
    rows.push({
      ...latencyRow('edit → "Saved" (stored acknowledgement), 100 clients', "ours", saved),
      note: `target p99 < 10 ms; n=${saved.length}`,
    });
    for (const s of subjects) {
      const m = perNote[s];
      rows.push({
        measure: "memory per open note, after gc (25 notes open with no edits, 1 client each, less 1 connection)",
        subject: LABEL[s],
        unit: "MiB",
        value: round(m.noteLive, 3),
        note:
          `heap+external; RSS ${m.noteRss.toFixed(3)} MiB; a connection ${m.connectionLive.toFixed(3)} MiB; ` +
          `notes ${(m.docBytes / 1024).toFixed(1)} KiB encoded on average` +
          (s === "ours" ? "; target < 1 MiB" : s === "hocuspocus" ? " (nothing stored: empty notes)" : ""),
      });
    }
    for (const s of subjects) {
      const seq = idle[s];
      rows.push({
        measure: `live memory after gc with nothing open, before / after each of ${rounds100} load runs`,
        subject: LABEL[s],
        unit: "MiB",
        value: round(seq.at(-1)!.live, 1),
        note:
          `heap+external ${seq.map((m) => m.live.toFixed(1)).join(" → ")}; ` +
          `RSS ${seq.map((m) => m.rss.toFixed(1)).join(" → ")}`,
      });
    }
    return rows;
  } finally {
    await Promise.all(Object.values(procs).map((p) => p!.stop()));
    await database.drop();
  }
}

export const bench: Bench = { name: "collab", run };

function printTable(rows: Row[]) {
  console.log("| measure | subject | unit | p50 | p95 | p99 | value | note |");
  console.log("| --- | --- | --- | ---: | ---: | ---: | ---: | --- |");
  for (const r of rows) {
    console.log(
      `| ${r.measure} | ${r.subject} | ${r.unit} | ${r.p50 ?? ""} | ${r.p95 ?? ""} | ${r.p99 ?? ""} | ${r.value ?? ""} | ${r.note ?? ""} |`,
    );
  }
}

if (process.argv[1] && /bench\/collab\.ts$/.test(process.argv[1])) {
  const started = Date.now();
  run({
    quick: quickFromEnv(),
    postgresUrl: process.env.BENCH_DATABASE_URL,
    log: (m) => console.error(m),
  })
    .then((rows) => {
      console.log(
        `${new Date().toISOString()}, load average ${readFileSync("/proc/loadavg", "utf8").trim()}, ${((Date.now() - started) / 1000).toFixed(0)} s`,
      );
      printTable(rows);
      process.exit(0);
    })
    .catch((err) => {
      console.error(err);
      process.exit(1);
    });
}
