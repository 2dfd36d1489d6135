/**
 * The collaboration websocket through the real server.ts (Next in development mode, so no build is
 * needed): /collab is routed to the collab server beside Next, an acknowledged edit survives kill -9,
 * and SIGTERM derives and compacts every open note before the process exits.
 */
import { randomBytes } from "node:crypto";
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import WebSocket from "ws";
import * as Y from "yjs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type DatabaseHandle } from "@/db";
import { noteUpdates, notes, recommendations, users } from "@/db/schema";
import { NOTE_FRAGMENT, noteDocumentName } from "@/lib/notes/document-name";
import { createFreshPostgresDatabase, testDatabaseUrl } from "../helpers/postgres";
import { connectClient, tokenFor, type TestClient } from "../helpers/collab-client";
import { spawnProcess, type Spawned } from "../helpers/collab-fixtures";

const baseUrl = testDatabaseUrl();
const SECRET = randomBytes(32).toString("hex");
const PORT = 3287;

let pg: Awaited<ReturnType<typeof createFreshPostgresDatabase>>;
let handle: DatabaseHandle;
let server: Spawned | null = null;
const clients: TestClient[] = [];

const startServer = async () =>
  (server = await spawnProcess(
    ["server.ts"],
    {
      NODE_ENV: "development",
      PORT: String(PORT),
      HOSTNAME: "127.0.0.1",
      DATABASE_URL: pg.url,
      NEXTAUTH_SECRET: SECRET,
      SEED_DEMO: "true",
      DATA_DIR: mkdtempSync(path.join(os.tmpdir(), "tct-collab-")),
      NEXT_TELEMETRY_DISABLED: "1",
    },
    /Twin City Tracker ready/,
    120_000,
  ));

function paragraph(fragment: Y.XmlFragment, text: string) {
  const p = new Y.XmlElement("paragraph");
  const t = new Y.XmlText();
  t.insert(0, text);
  p.insert(0, [t]);
  fragment.insert(fragment.length, [p]);
}
const texts = (doc: Y.Doc) =>
  doc
    .getXmlFragment(NOTE_FRAGMENT)
    .toArray()
    .map((n) =>
      (n as Y.XmlElement)
        .toArray()
        .map((t) => (t as Y.XmlText).toString())
        .join(""),
    );

describe.skipIf(!baseUrl)("notes through server.ts", () => {
  let coordinatorId: string;
  let recId: string;

  beforeAll(async () => {
    pg = await createFreshPostgresDatabase(baseUrl!);
    await startServer();
    handle = await openDatabase({ url: pg.url, migrate: false });
    const [coord] = await handle.db.select().from(users).where(eq(users.email, "coordinator@demo.local"));
    coordinatorId = coord!.id;
    const [rec] = await handle.db.select().from(recommendations).orderBy(recommendations.code).limit(1);
    recId = rec!.id;
  }, 180_000);

  afterAll(async () => {
    for (const c of clients) c.destroy();
    await server?.stop("SIGKILL");
    await handle?.close();
    await pg?.drop();
  });

  const connect = () => {
    const name = noteDocumentName(recId);
    const c = connectClient({ port: PORT, documentName: name, token: tokenFor(SECRET, coordinatorId, name) });
    clients.push(c);
    return c;
  };

  it("refuses a /collab upgrade without a ticket and other upgrades in production paths", async () => {
    const status = await new Promise<number>((resolve) => {
      const ws = new WebSocket(`ws://127.0.0.1:${PORT}/collab`);
      ws.on("unexpected-response", (_q, res) => resolve(res.statusCode ?? 0));
      ws.on("open", () => resolve(101));
      ws.on("error", () => resolve(-1));
    });
    expect(status).toBe(401);
  });

  it("keeps an acknowledged edit through kill -9, and SIGTERM derives and compacts before exit", async () => {
    const a = connect();
    await a.synced();
    paragraph(a.doc.getXmlFragment(NOTE_FRAGMENT), "Saved before the crash.");
    await a.saved();
    await server!.stop("SIGKILL");
    a.destroy();

    await startServer();
    const b = connect();
    await b.synced();
    expect(texts(b.doc)).toEqual(["Saved before the crash."]);
    paragraph(b.doc.getXmlFragment(NOTE_FRAGMENT), "Written before SIGTERM.");
    await b.saved();
    expect(
      (await handle.db.select().from(noteUpdates).where(eq(noteUpdates.recommendationId, recId))).length,
    ).toBeGreaterThan(0);

    const started = Date.now();
    const code = await server!.stop("SIGTERM");
    console.log(`SIGTERM to exit: ${Date.now() - started} ms`);
    expect(code).toBe(0);
    expect(server!.output()).toMatch(/flushed 1 notes/);
    const [row] = await handle.db.select().from(notes).where(eq(notes.recommendationId, recId));
    expect(row!.text).toBe("Saved before the crash.\nWritten before SIGTERM.");
    expect(row!.html).toBe("<p>Saved before the crash.</p><p>Written before SIGTERM.</p>");
    expect(await handle.db.select().from(noteUpdates).where(eq(noteUpdates.recommendationId, recId))).toEqual([]);
    const state = new Y.Doc();
    Y.applyUpdate(state, row!.state);
    expect(texts(state)).toEqual(["Saved before the crash.", "Written before SIGTERM."]);
  });
});
