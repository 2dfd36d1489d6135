/**
 * `npm run bench:notes`: what durability costs. Appends N single-keystroke Yjs updates to a note (as
 * the collab server's beforeSync does before each acknowledgement), then times loading the note
 * (state + N updates), compacting it, loading it again, and deriving its text and HTML.
 *
 * PGlite in a temporary folder, and with BENCH_DATABASE_URL also a fresh PostgreSQL database next to
 * that one (dropped afterwards). BENCH_NOTE_UPDATES sets N (default 5,000).
 *
 * Then the stall check (issue 15, item 2): while a large note loads and compacts, a 5 ms timer
 * measures how late the event loop runs it, which is what every other request on the process
 * waits. Two notes: about 3.5 MB typed in 400 large updates, and the same size of unappliable
 * updates (the attack of item 1, inserted straight into note_updates).
 */
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import * as Y from "yjs";
import { openDatabase, type DatabaseHandle } from "../db";
import { recommendations } from "../db/schema";
import { seedDatabase } from "../db/seed";
import { deriveNoteContent } from "../lib/notes/derive";
import { NOTE_FRAGMENT } from "../lib/notes/document-name";
import { loadNoteState } from "../db/queries/notes";
import { appendNoteUpdate, compactNote } from "../db/mutations/note-updates";
import { createFreshPostgresDatabase } from "../tests/helpers/postgres";
import { orphanUpdates } from "../tests/helpers/collab-attack";

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

/** Runs `work` while a 5 ms timer records how late it fires: the event-loop delay others see. */
async function lagDuring<T>(work: () => Promise<T>): Promise<{ ms: number; maxLag: number; p99Lag: number }> {
  const lags: number[] = [];
  let expected = performance.now() + 5;
  const timer = setInterval(() => {
    const now = performance.now();
    lags.push(Math.max(0, now - expected));
    expected = now + 5;
  }, 5);
  const t0 = performance.now();
  await work();
  const elapsed = performance.now() - t0;
  clearInterval(timer);
  lags.push(Math.max(0, performance.now() - expected));
  return { ms: elapsed, maxLag: Math.max(...lags), p99Lag: q(lags, 0.99) };
}

async function stall(label: string, handle: DatabaseHandle) {
  const [rec, orphanRec] = await handle.db.select({ id: recommendations.id }).from(recommendations).limit(2);
  const doc = new Y.Doc();
  const updates: Uint8Array[] = [];
  doc.on("update", (u: Uint8Array) => updates.push(u));
  const fragment = doc.getXmlFragment(NOTE_FRAGMENT);
  for (let i = 0; i < 400; i++) {
    const p = new Y.XmlElement("paragraph");
    const t = new Y.XmlText();
    t.insert(0, `${i} ${"lorem ipsum dolor sit amet ".repeat(330)}`);
    p.insert(0, [t]);
    fragment.insert(fragment.length, [p]);
  }
  const cases: [string, string, Uint8Array[]][] = [
    ["large note", rec!.id, updates],
    ["unappliable updates", orphanRec!.id, orphanUpdates(400, 9000, NOTE_FRAGMENT)],
  ];
  for (const [what, id, list] of cases) {
    for (const update of list) await appendNoteUpdate(handle.db, { recommendationId: id, update, userId: null });
    const bytes = list.reduce((n, u) => n + u.byteLength, 0);
    const load = await lagDuring(() => loadNoteState(handle.db, id));
    const compact = await lagDuring(() => compactNote(handle.db, id));
    const reload = await lagDuring(() => loadNoteState(handle.db, id));
    const cell = (r: { ms: number; maxLag: number; p99Lag: number }) =>
      `${ms(r.ms)} / ${ms(r.maxLag)} / ${ms(r.p99Lag)}`;
    console.log(
      `| ${label} | ${what} | ${list.length} (${(bytes / 1e6).toFixed(2)} MB) | ${cell(load)} | ${cell(compact)} | ${cell(reload)} |`,
    );
  }
}

async function main() {
  console.log(`${N} keystrokes, ${Math.ceil(N / 60)} paragraphs; times in ms`);
  console.log(
    "| database | updates | append p50 | append p95 | append max | load state + updates | compact | load after compaction | derive text + HTML |",
  );
  console.log("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
  const dir = mkdtempSync(path.join(os.tmpdir(), "tct-bench-notes-"));
  const lite = await openDatabase({ dataDir: dir });
  const stallHeader = () => {
    console.log("\nwhile a large note loads and compacts: time / max event-loop delay / p99 delay, ms");
    console.log("| database | note | updates | load | compact | load after compaction |");
    console.log("| --- | --- | ---: | ---: | ---: | ---: |");
  };
  try {
    await run("PGlite", lite);
    stallHeader();
    await stall("PGlite", lite);
  } finally {
    await lite.close();
    rmSync(dir, { recursive: true, force: true });
  }
  if (process.env.BENCH_DATABASE_URL) {
    const pg = await createFreshPostgresDatabase(process.env.BENCH_DATABASE_URL);
    const handle = await openDatabase({ url: pg.url });
    try {
      await run("PostgreSQL", handle);
      stallHeader();
      await stall("PostgreSQL", handle);
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
