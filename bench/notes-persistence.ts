/**
 * `npm run bench:notes`: what durability costs. Appends N single-keystroke Yjs updates to a note (as
 * the collab server's beforeSync does before each acknowledgement), then times loading the note
 * (state + N updates), compacting it, loading it again, and deriving its text and HTML.
 *
 * PGlite in a temporary folder, and with BENCH_DATABASE_URL also a fresh PostgreSQL database next to
 * that one (dropped afterwards). BENCH_NOTE_UPDATES sets N (default 5,000).
 */
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import * as Y from "yjs";
import { openDatabase, type DatabaseHandle } from "../db";
import { recommendations } from "../db/schema";
import { seedDatabase } from "../db/seed";
import { deriveNoteContent } from "../lib/collab/derive";
import { NOTE_FRAGMENT } from "../lib/collab/document-name";
import { appendNoteUpdate, compactNote, loadNoteState } from "../lib/collab/persistence";
import { createFreshPostgresDatabase } from "../tests/helpers/postgres";

const N = Number(process.env.BENCH_NOTE_UPDATES ?? 5000);

const q = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.floor(p * (xs.length - 1))]!;
const ms = (x: number) => x.toFixed(2);

async function run(label: string, handle: DatabaseHandle) {
  await seedDatabase(handle.db, { demoUsers: false });
  const [rec] = await handle.db.select({ id: recommendations.id }).from(recommendations).limit(1);
  const doc = new Y.Doc();
  const updates: Uint8Array[] = [];
  doc.on("update", (u: Uint8Array) => updates.push(u));
  const fragment = doc.getXmlFragment(NOTE_FRAGMENT);
  let text: Y.XmlText | null = null;
  for (let i = 0; i < N; i++) {
    if (i % 60 === 0) {
      const p = new Y.XmlElement("paragraph");
      text = new Y.XmlText();
      p.insert(0, [text]);
      fragment.insert(fragment.length, [p]);
    }
    text!.insert(text!.length, "abcdefghij klmnopqrst"[i % 21]!);
  }
  const appendTimes: number[] = [];
  for (const update of updates) {
    const t0 = performance.now();
    await appendNoteUpdate(handle.db, { recommendationId: rec!.id, update, userId: null });
    appendTimes.push(performance.now() - t0);
  }
  let t0 = performance.now();
  const before = await loadNoteState(handle.db, rec!.id);
  const loadPending = performance.now() - t0;
  t0 = performance.now();
  const compaction = await compactNote(handle.db, rec!.id);
  const compactMs = performance.now() - t0;
  t0 = performance.now();
  const after = await loadNoteState(handle.db, rec!.id);
  const loadCompacted = performance.now() - t0;
  const check = new Y.Doc();
  Y.applyUpdate(check, after);
  t0 = performance.now();
  const derived = deriveNoteContent(check);
  const deriveMs = performance.now() - t0;
  if (derived.text !== deriveNoteContent(doc).text || before.byteLength === 0) throw new Error("mismatch");
  console.log(
    `| ${label} | ${updates.length} | ${ms(q(appendTimes, 0.5))} | ${ms(q(appendTimes, 0.95))} | ${ms(q(appendTimes, 1))} | ${ms(loadPending)} | ${ms(compactMs)} (${compaction.folded} → ${compaction.stateBytes} B) | ${ms(loadCompacted)} | ${ms(deriveMs)} (${derived.html.length} chars) |`,
  );
}

async function main() {
  console.log(`${N} keystrokes, ${Math.ceil(N / 60)} paragraphs; times in ms`);
  console.log(
    "| database | updates | append p50 | append p95 | append max | load state + updates | compact | load after compaction | derive text + HTML |",
  );
  console.log("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
  const dir = mkdtempSync(path.join(os.tmpdir(), "tct-bench-notes-"));
  const lite = await openDatabase({ dataDir: dir });
  try {
    await run("PGlite", lite);
  } finally {
    await lite.close();
    rmSync(dir, { recursive: true, force: true });
  }
  if (process.env.BENCH_DATABASE_URL) {
    const pg = await createFreshPostgresDatabase(process.env.BENCH_DATABASE_URL);
    const handle = await openDatabase({ url: pg.url });
    try {
      await run("PostgreSQL", handle);
    } finally {
      await handle.close();
      await pg.drop();
    }
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
