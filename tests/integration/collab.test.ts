/**
 * The collaboration server as a child process on real PostgreSQL (the lib/collab code server.ts
 * mounts, in a small process that restarts in about a second), driven by real HocuspocusProvider
 * clients over `ws`. Seeds are printed; replay with COLLAB_SEED.
 */
import { randomBytes } from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import WebSocket from "ws";
import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import { Awareness, encodeAwarenessUpdate } from "y-protocols/awareness";
import * as Y from "yjs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type DatabaseHandle } from "@/db";
import { noteUpdates, recommendations, users } from "@/db/schema";
import { seedDatabase } from "@/db/seed";
import { setUserActive } from "@/db/mutations/users";
import { noteDocumentName } from "@/lib/notes/document-name";
import { loadNoteState } from "@/db/queries/notes";
import { createFreshPostgresDatabase, testDatabaseUrl } from "../helpers/postgres";
import { connectClient, tokenFor, type TestClient } from "../helpers/collab-client";
import { prng, randomEdit, spawnProcess, waitUntil, type Spawned } from "../helpers/collab-fixtures";
import { authFrame, orphanUpdates, updateFrame } from "../helpers/collab-attack";

const baseUrl = testDatabaseUrl();
const SECRET = randomBytes(32).toString("hex");
const SEED = Number(process.env.COLLAB_SEED ?? Date.now() % 1_000_000);
const RUN = randomBytes(4).toString("hex");

let pg: Awaited<ReturnType<typeof createFreshPostgresDatabase>>;
let handle: DatabaseHandle;
const who: Record<string, string> = {};
const recs: string[] = [];
const clients: TestClient[] = [];
const processes: Spawned[] = [];

function startCollab(port: number, env: Record<string, string> = {}) {
  const p = spawnProcess(
    ["tests/helpers/collab-process.ts"],
    {
      PORT: String(port),
      DATABASE_URL: pg.url,
      NEXTAUTH_SECRET: SECRET,
      COLLAB_DEBOUNCE_MS: "200",
      COLLAB_ACCESS_CHECK_MS: "300",
      DATABASE_POOL_SIZE: "4",
      ...env,
    },
    /collab ready/,
  );
  return p.then((s) => (processes.push(s), s));
}

function client(
  port: number,
  userKey: string,
  recIndex: number,
  extra: Partial<Parameters<typeof connectClient>[0]> = {},
) {
  const documentName = noteDocumentName(recs[recIndex]!);
  const c = connectClient({ port, documentName, token: tokenFor(SECRET, who[userKey]!, documentName), ...extra });
  clients.push(c);
  return c;
}

const countRows = async (recommendationId: string, userId: string) => {
  const [r] = await handle.db
    .select({ n: sql<number>`count(*)::int` })
    .from(noteUpdates)
    .where(and(eq(noteUpdates.recommendationId, recommendationId), eq(noteUpdates.userId, userId)));
  return r!.n;
};

const storedText = async (recIndex: number) => {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, await loadNoteState(handle.db, recs[recIndex]!));
  return doc.getText("t").toString();
};

describe.skipIf(!baseUrl)("collaboration server (child process, PostgreSQL)", () => {
  beforeAll(async () => {
    console.log(`collab integration seed: ${SEED} (replay with COLLAB_SEED=${SEED})`);
    pg = await createFreshPostgresDatabase(baseUrl!);
    handle = await openDatabase({ url: pg.url });
    await seedDatabase(handle.db, { demoUsers: true });
    for (const u of await handle.db.select().from(users)) who[u.email.split("@")[0]!] = u.id;
    const rows = await handle.db.select({ id: recommendations.id }).from(recommendations).orderBy(recommendations.code);
    recs.push(...rows.slice(0, 13).map((r) => r.id));
  });

  afterAll(async () => {
    for (const c of clients) c.destroy();
    for (const p of processes) await p.stop("SIGKILL");
    await handle?.close();
    await pg?.drop();
  });

  it("refuses an upgrade without a token, a forged token, and a token for another note", async () => {
    const server = await startCollab(3261);
    const upgrade = (query: string) =>
      new Promise<number>((resolve) => {
        const ws = new WebSocket(`ws://127.0.0.1:3261/collab${query}`);
        ws.on("unexpected-response", (_req, res) => resolve(res.statusCode ?? 0));
        ws.on("open", () => {
          ws.close();
          resolve(101);
        });
        ws.on("error", () => resolve(-1));
      });
    expect(await upgrade("")).toBe(401);
    expect(await upgrade("?token=abc.def")).toBe(401);
    const forged = tokenFor("another-secret-another-secret-000", who.coordinator!, noteDocumentName(recs[0]!));
    expect(await upgrade(`?token=${forged}`)).toBe(401);
    const valid = tokenFor(SECRET, who.coordinator!, noteDocumentName(recs[0]!));
    expect(await upgrade(`?token=${valid}`)).toBe(101);

    // Valid upgrade, but the auth message's token is for another note: denied, nothing loaded.
    const doc0 = noteDocumentName(recs[0]!);
    const wrong = connectClient({
      port: 3261,
      documentName: doc0,
      token: tokenFor(SECRET, who.coordinator!, noteDocumentName(recs[1]!)),
      urlToken: valid,
    });
    clients.push(wrong);
    await waitUntil(() => wrong.denied.length > 0 || wrong.closes.length > 0, "denial");
    expect(wrong.provider.isSynced).toBe(false);

    // Messages for a document the ticket was not issued for close the connection.
    const other = connectClient({
      port: 3261,
      documentName: noteDocumentName(recs[1]!),
      token: tokenFor(SECRET, who.coordinator!, noteDocumentName(recs[1]!)),
      urlToken: valid,
    });
    clients.push(other);
    await waitUntil(() => other.closes.length > 0, "close");
    expect(other.closes[0]!.code).toBe(4404);
    await server.stop();
  });

  it("refuses a deactivated user and closes an open connection when access is removed", async () => {
    const server = await startCollab(3262);
    const c = client(3262, "sz.member", 2);
    await c.synced();
    await handle.db.update(users).set({ active: false }).where(eq(users.id, who["sz.member"]!));
    try {
      await waitUntil(() => c.closes.length > 0, "the server to close a deactivated user's connection", 5000);
      const again = client(3262, "sz.member", 2);
      await waitUntil(() => again.denied.length > 0 || again.closes.length > 0, "refusal");
      expect(again.provider.isSynced).toBe(false);
    } finally {
      await handle.db.update(users).set({ active: true }).where(eq(users.id, who["sz.member"]!));
    }
    await server.stop();
  });

  it("closes a connection at once when an administrator deactivates the user (notification, not the timer)", async () => {
    const server = await startCollab(3281, { COLLAB_ACCESS_CHECK_MS: "600000" });
    const c = client(3281, "hk.member", 2);
    await c.synced();
    const adminActor = { id: who.admin!, role: "admin" as const, agencyId: null };
    const started = Date.now();
    await setUserActive(handle.db, adminActor, { id: who["hk.member"]!, active: false });
    try {
      await waitUntil(() => c.closes.length > 0, "the close after the notification", 2000);
      console.log(`deactivation to close: ${Date.now() - started} ms`);
    } finally {
      await setUserActive(handle.db, adminActor, { id: who["hk.member"]!, active: true });
    }
    await server.stop();
  });

  it("stores nothing a viewer sends, even crafted updates", async () => {
    const server = await startCollab(3263);
    const writer = client(3263, "coordinator", 3);
    await writer.synced();
    writer.doc.getText("t").insert(0, "official ");
    await writer.saved();
    const viewer = client(3263, "viewer", 3);
    await viewer.synced();
    expect(viewer.text()).toBe("official ");
    viewer.doc.getText("t").insert(0, "HACKED ");
    // A crafted update message straight on the viewer's socket as well.
    const crafted = new Y.Doc();
    crafted.getText("t").insert(0, "CRAFTED ");
    const enc = encoding.createEncoder();
    encoding.writeVarString(enc, noteDocumentName(recs[3]!));
    encoding.writeVarUint(enc, 0);
    encoding.writeVarUint(enc, 2);
    encoding.writeVarUint8Array(enc, Y.encodeStateAsUpdate(crafted));
    viewer.socket.send(encoding.toUint8Array(enc));
    await new Promise((r) => setTimeout(r, 500));
    expect(writer.text()).toBe("official ");
    expect(await storedText(3)).toBe("official ");
    const viewerRows = await handle.db
      .select({ n: sql<number>`count(*)::int` })
      .from(noteUpdates)
      .where(eq(noteUpdates.userId, who.viewer!));
    expect(viewerRows[0]!.n).toBe(0);
    await server.stop();
  });

  it("shows the session's name on presence, whatever name a client claims", async () => {
    const server = await startCollab(3280);
    const mallory = client(3280, "sz.member", 9);
    const watcher = client(3280, "coordinator", 9);
    await Promise.all([mallory.synced(), watcher.synced()]);
    mallory.provider.setAwarenessField("user", { id: who.admin, name: "Alex Admin", color: "#000000" });
    const seen = () =>
      [...watcher.provider.awareness!.getStates().entries()]
        .filter(([clientId]) => clientId === mallory.doc.clientID)
        .map(([, state]) => (state as { user?: { id: string; name: string } }).user);
    await waitUntil(() => seen().length > 0 && seen()[0] !== undefined, "mallory's awareness to arrive");
    expect(seen()[0]).toMatchObject({ id: who["sz.member"], name: "Li Wei" });
    await server.stop();
  });

  it("refuses updates hanging off content it never received, stores none, and the note stays editable", async () => {
    const server = await startCollab(3283);
    const docName = noteDocumentName(recs[10]!);
    const writer = client(3283, "coordinator", 10);
    await writer.synced();
    writer.doc.getText("t").insert(0, "before the attack. ");
    await writer.saved();

    // Frames under 1 MiB each, as in issue 15: ~15 MB in all, over several connections.
    const frames = orphanUpdates(20, 750 * 1024);
    const token = tokenFor(SECRET, who.admin!, docName);
    const closes: number[] = [];
    let acknowledged = 0;
    for (let round = 0; round < 4; round++) {
      await new Promise<void>((resolve) => {
        const ws = new WebSocket(`ws://127.0.0.1:3283/collab?token=${token}`);
        let sent = false;
        ws.on("open", () => ws.send(authFrame(docName, token)));
        ws.on("message", (data: Buffer) => {
          // A SyncStatus message (type 8) is the "saved" acknowledgement.
          const d = decoding.createDecoder(new Uint8Array(data));
          decoding.readVarString(d);
          if (decoding.readVarUint(d) === 8) acknowledged++;
          if (sent) return;
          sent = true;
          for (const f of frames.slice(round * 5, round * 5 + 5)) ws.send(updateFrame(docName, f));
        });
        ws.on("close", (code) => {
          closes.push(code);
          resolve();
        });
        ws.on("error", () => resolve());
      });
    }
    expect(closes).toEqual([4422, 4422, 4422, 4422]);
    expect(acknowledged).toBe(0);
    expect(await countRows(recs[10]!, who.admin!)).toBe(0);

    writer.doc.getText("t").insert(writer.doc.getText("t").length, "after it.");
    await writer.saved();
    const fresh = client(3283, "admin", 10);
    await fresh.synced();
    expect(fresh.text()).toBe("before the attack. after it.");
    const stored = await loadNoteState(handle.db, recs[10]!);
    expect(stored.byteLength).toBeLessThan(4 * 1024 * 1024);
    expect(stored.byteLength).toBeLessThan(10_000);
    expect(await storedText(10)).toBe("before the attack. after it.");
    await server.stop();
  });

  it("lets nobody move or erase another person's caret through awareness updates with their client id", async () => {
    const server = await startCollab(3284);
    const victim = client(3284, "coordinator", 11);
    const viewer = client(3284, "viewer", 11);
    const watcher = client(3284, "admin", 11);
    await Promise.all([victim.synced(), viewer.synced(), watcher.synced()]);
    victim.provider.setAwarenessField("cursor", { at: 1 });
    const victimState = () =>
      watcher.provider.awareness!.getStates().get(victim.doc.clientID) as
        { cursor?: { at: number }; user?: { name: string } } | undefined;
    await waitUntil(() => victimState()?.cursor?.at === 1, "the victim's caret to arrive");

    // The viewer's socket speaks for the victim's client id, with a clock far ahead.
    const forgedDoc = new Y.Doc();
    forgedDoc.clientID = victim.doc.clientID;
    const forged = new Awareness(forgedDoc);
    for (let i = 0; i < 50; i++) forged.setLocalState({ cursor: { at: 999 }, n: i });
    const e = encoding.createEncoder();
    encoding.writeVarString(e, noteDocumentName(recs[11]!));
    encoding.writeVarUint(e, 1);
    encoding.writeVarUint8Array(e, encodeAwarenessUpdate(forged, [victim.doc.clientID]));
    viewer.socket.send(encoding.toUint8Array(e));
    forged.destroy();
    // The viewer's own presence still goes through, so the message was handled.
    viewer.provider.setAwarenessField("cursor", { at: 7 });
    await waitUntil(
      () =>
        (watcher.provider.awareness!.getStates().get(viewer.doc.clientID) as { cursor?: { at: number } } | undefined)
          ?.cursor?.at === 7,
      "the viewer's own caret",
    );
    await new Promise((r) => setTimeout(r, 200));
    expect(victimState()).toMatchObject({ cursor: { at: 1 }, user: { name: "Casey Coordinator" } });
    await server.stop();
  });

  // Twenty crash-and-restart rounds take about 40 s on a quiet machine: give a loaded one room.
  it("keeps every acknowledged edit through kill -9, 20 times", { timeout: 180_000 }, async () => {
    const rnd = prng(SEED);
    const latencies: number[] = [];
    let expected = await storedText(4);
    for (let round = 0; round < 20; round++) {
      const server = await startCollab(3264);
      const c = client(3264, "coordinator", 4);
      await c.synced();
      expect(c.text(), `round ${round}: state after restart`).toBe(expected);
      const burst = 1 + rnd.int(30);
      for (let i = 0; i < burst; i++) {
        const t0 = performance.now();
        randomEdit(c.doc, rnd);
        if (rnd.next() < 0.3) {
          await c.saved();
          latencies.push(performance.now() - t0);
        }
      }
      await c.saved();
      expected = c.text();
      await server.stop("SIGKILL");
      c.destroy();
      expect(await storedText(4), `round ${round}: stored after kill -9`).toBe(expected);
    }
    latencies.sort((a, b) => a - b);
    const q = (p: number) => latencies[Math.floor(p * (latencies.length - 1))]!.toFixed(1);
    console.log(`ack latency over ${latencies.length} edits: p50 ${q(0.5)} ms, p95 ${q(0.95)} ms, max ${q(1)} ms`);
  });

  it("relays an edit before storing it, shows it saved only once stored, and kill -9 in between loses nothing", async () => {
    // Each group commit is held 1.5 s: a window between relaying an edit and storing it.
    let server = await startCollab(3285, { COLLAB_STORE_DELAY_MS: "1500" });
    const a = client(3285, "coordinator", 12, { reconnect: true });
    const b = client(3285, "admin", 12);
    await Promise.all([a.synced(), b.synced()]);
    await a.saved(5000);
    a.doc.getText("t").insert(0, "relayed first. ");
    await waitUntil(() => b.text().includes("relayed first."), "the other client to receive it", 1000);
    await expect(a.saved(300)).rejects.toThrow(/saved/);
    await server.stop("SIGKILL");
    b.destroy();
    expect(await storedText(12)).not.toContain("relayed first.");
    server = await startCollab(3285);
    // The client still holds the edit and sends it again (sync step 2); then it is stored and saved.
    await a.saved(15_000);
    expect(await storedText(12)).toContain("relayed first.");
    await server.stop();

    // A delete-only update advances no Yjs clock: "Saved" must still wait for it to be stored.
    server = await startCollab(3285, { COLLAB_STORE_DELAY_MS: "1000" });
    await a.saved(15_000);
    a.doc.getText("t").delete(0, "relayed ".length);
    await expect(a.saved(200)).rejects.toThrow(/saved/);
    await a.saved(5000);
    expect(await storedText(12)).toBe(a.text());
    expect(a.text()).toMatch(/^first\. /);
    a.destroy();
    await server.stop();
  });

  it("merges edits made while offline when the connection returns", async () => {
    let server = await startCollab(3265);
    const a = client(3265, "coordinator", 5, { reconnect: true });
    await a.synced();
    a.doc.getText("t").insert(0, "before. ");
    await a.saved();
    await server.stop("SIGKILL");
    await waitUntil(() => a.closes.length > 0, "disconnect");
    a.doc.getText("t").insert(a.doc.getText("t").length, "offline A. ");
    expect(a.provider.hasUnsyncedChanges).toBe(true);
    server = await startCollab(3265);
    const c = client(3265, "admin", 5);
    await c.synced();
    c.doc.getText("t").insert(0, "online C. ");
    await c.saved();
    await a.saved(15_000);
    await waitUntil(() => a.text() === c.text(), "convergence", 5000);
    expect(a.text()).toContain("offline A. ");
    expect(a.text()).toContain("online C. ");
    expect(await storedText(5)).toBe(a.text());
    await server.stop();
  });

  it("survives 1,000 malformed frames: other clients keep working and the note is unchanged", async () => {
    const server = await startCollab(3266);
    const docName = noteDocumentName(recs[6]!);
    const writer = client(3266, "coordinator", 6);
    await writer.synced();
    writer.doc.getText("t").insert(0, "stable content");
    await writer.saved();
    const before = await loadNoteState(handle.db, recs[6]!);

    const rnd = prng(SEED + 1);
    const editorToken = tokenFor(SECRET, who.coordinator!, docName);
    const viewerToken = tokenFor(SECRET, who.viewer!, docName);
    const authFrame = (token: string) => {
      const e = encoding.createEncoder();
      encoding.writeVarString(e, docName);
      encoding.writeVarUint(e, 2);
      encoding.writeVarUint(e, 0);
      encoding.writeVarString(e, token);
      return encoding.toUint8Array(e);
    };
    const update = new Y.Doc();
    update.getText("t").insert(0, "should never land");
    const validUpdate = (() => {
      const e = encoding.createEncoder();
      encoding.writeVarString(e, docName);
      encoding.writeVarUint(e, 0);
      encoding.writeVarUint(e, 2);
      encoding.writeVarUint8Array(e, Y.encodeStateAsUpdate(update));
      return encoding.toUint8Array(e);
    })();
    const malformed = (): Uint8Array => {
      const kind = rnd.int(5);
      if (kind === 0) return Uint8Array.from({ length: 1 + rnd.int(64) }, () => rnd.int(256));
      if (kind === 1) return validUpdate.slice(0, 1 + rnd.int(validUpdate.length - 2)); // truncated
      if (kind === 2) {
        const e = encoding.createEncoder();
        encoding.writeVarString(e, docName);
        encoding.writeVarUint(e, 11 + rnd.int(200)); // unknown message type
        return encoding.toUint8Array(e);
      }
      if (kind === 3) {
        const e = encoding.createEncoder();
        encoding.writeVarString(e, `note:${"0".repeat(8)}-0000-0000-0000-000000000000`); // unknown document
        encoding.writeVarUint(e, 0);
        return encoding.toUint8Array(e);
      }
      const e = encoding.createEncoder();
      encoding.writeVarString(e, docName);
      encoding.writeVarUint(e, 1);
      encoding.writeVarUint8Array(
        e,
        Uint8Array.from({ length: 1 + rnd.int(32) }, () => rnd.int(256)),
      );
      return encoding.toUint8Array(e); // awareness garbage
    };

    let sent = 0;
    let closedWithReason = 0;
    const oneSocket = (frames: number, token: string, authenticate: boolean) =>
      new Promise<void>((resolve) => {
        const ws = new WebSocket(`ws://127.0.0.1:3266/collab?token=${token}`);
        ws.on("open", () => {
          // Out of order: a well-formed update before any auth message must never be applied.
          if (!authenticate) ws.send(validUpdate);
          if (authenticate) ws.send(authFrame(token));
          for (let i = 0; i < frames; i++) {
            ws.send(malformed());
            sent++;
          }
          setTimeout(() => ws.close(), 200);
        });
        ws.on("close", (code) => {
          if (code >= 4400 && code < 4500) closedWithReason++;
          resolve();
        });
        ws.on("error", () => resolve());
      });
    const jobs: Promise<void>[] = [];
    for (let i = 0; i < 100; i++) jobs.push(oneSocket(10, i % 2 ? editorToken : viewerToken, i % 3 !== 0));
    await Promise.all(jobs);
    // One oversized frame (2 MiB) closes only its own connection.
    await new Promise<void>((resolve) => {
      const ws = new WebSocket(`ws://127.0.0.1:3266/collab?token=${editorToken}`);
      ws.on("open", () => ws.send(new Uint8Array(2 * 1024 * 1024)));
      ws.on("close", (code) => {
        expect([1009, 4413]).toContain(code);
        resolve();
      });
    });
    expect(sent).toBe(1000);
    expect(closedWithReason).toBeGreaterThan(50);
    expect(server.child.exitCode).toBeNull();

    writer.doc.getText("t").insert(0, "still ");
    await writer.saved();
    const fresh = client(3266, "admin", 6);
    await fresh.synced();
    expect(fresh.text()).toBe("still stable content");
    // Stored (state + updates; compaction may have run meanwhile): exactly the two real edits.
    expect(await storedText(6)).toBe("still stable content");
    const replay = new Y.Doc();
    Y.applyUpdate(replay, before);
    expect(replay.getText("t").toString()).toBe("stable content");
    await server.stop();
  });

  it("refuses to grow a note past its size limit and keeps what was stored", async () => {
    const server = await startCollab(3282);
    const writer = client(3282, "coordinator", 9);
    await writer.synced();
    writer.doc.getText("t").insert(0, "small start");
    await writer.saved();
    const big = "x".repeat(900 * 1024);
    for (let i = 0; i < 6 && writer.closes.length === 0; i++) {
      writer.doc.getText("t").insert(0, big);
      await waitUntil(() => !writer.provider.hasUnsyncedChanges || writer.closes.length > 0, "ack or close", 10_000);
    }
    expect(writer.closes.map((c) => c.code)).toContain(4413);
    const stored = await storedText(9);
    expect(stored.endsWith("small start")).toBe(true);
    expect(stored.length).toBeLessThan(4 * 1024 * 1024);
    await server.stop();
  });

  it("converges: several clients making random concurrent edits end with the same content", async () => {
    const server = await startCollab(3267);
    const rnd = prng(SEED + 2);
    const users4 = ["coordinator", "admin", "coordinator", "admin"];
    const cs = users4.map((u) => client(3267, u, 7));
    await Promise.all(cs.map((c) => c.synced()));
    for (let step = 0; step < 400; step++) {
      randomEdit(cs[rnd.int(cs.length)]!.doc, rnd);
      if (rnd.next() < 0.05) await new Promise((r) => setTimeout(r, rnd.int(5)));
    }
    await Promise.all(cs.map((c) => c.saved(30_000)));
    await waitUntil(() => cs.every((c) => c.text() === cs[0]!.text()), "convergence", 10_000);
    expect(cs[0]!.text().length).toBeGreaterThan(0);
    expect(await storedText(7)).toBe(cs[0]!.text());
    await server.stop();
  });

  it("two instances with Redis serve the same note: edits through one reach clients of the other", async () => {
    const redis = { REDIS_URL: "redis://127.0.0.1:6379", COLLAB_REDIS_PREFIX: `tct-test-${RUN}` };
    const one = await startCollab(3268, redis);
    const two = await startCollab(3269, redis);
    const a = client(3268, "coordinator", 8);
    const b = client(3269, "admin", 8);
    await Promise.all([a.synced(), b.synced()]);
    a.doc.getText("t").insert(0, "from one. ");
    await waitUntil(() => b.text().includes("from one."), "instance two to receive", 3000);
    b.doc.getText("t").insert(b.doc.getText("t").length, "from two.");
    await waitUntil(() => a.text().includes("from two."), "instance one to receive", 3000);
    await Promise.all([a.saved(), b.saved()]);
    expect(a.text()).toBe(b.text());
    expect(await storedText(8)).toBe(a.text());
    await one.stop();
    await two.stop();
  });
});
