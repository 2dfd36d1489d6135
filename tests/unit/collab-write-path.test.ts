/** The collaboration server's group commit (lib/collab/update-writer.ts) and per-note settle schedule. */
import { afterEach, describe, expect, it, vi } from "vitest";
import type { DbOrTx } from "@/db";
import { SettleSchedule } from "@/lib/collab/settle-schedule";
import { UpdateWriter } from "@/lib/collab/update-writer";

/** A database whose inserts take 5 ms and fail while `fail()` says so. */
function fakeDb(fail: () => boolean) {
  const inserts: string[][] = [];
  const db = {} as DbOrTx;
  const store = async (rows: { userId: string | null }[]) => {
    const ids = rows.map((r) => r.userId!);
    await new Promise((r) => setTimeout(r, 5));
    if (fail()) throw new Error("database down");
    inserts.push(ids);
  };
  return { db, inserts, store };
}

const row = (id: string) => ({ recommendationId: "r", update: new Uint8Array([1]), userId: id });

describe("UpdateWriter", () => {
  it("stores what arrives in one turn in one insert, and reports each entry only after those before it", async () => {
    const { db, inserts, store } = fakeDb(() => false);
    const writer = new UpdateWriter(db, { store });
    const done: string[] = [];
    writer.enqueue({ row: row("a"), done: () => done.push("a") });
    writer.enqueue({ row: row("b"), done: () => done.push("b") });
    writer.enqueue({ row: null, done: () => done.push("empty") });
    await new Promise((r) => setImmediate(r));
    // While the first commit is in flight, the next group gathers.
    writer.enqueue({ row: row("c"), done: () => done.push("c") });
    writer.enqueue({ row: null, done: () => done.push("empty after c") });
    await writer.barrier();
    expect(inserts).toEqual([["a", "b"], ["c"]]);
    expect(done).toEqual(["a", "b", "empty", "c", "empty after c"]);
  });

  it("tells the entries of a failed commit and stores their rows first once the database is back", async () => {
    let down = true;
    const { db, inserts, store } = fakeDb(() => down);
    const writer = new UpdateWriter(db, { store });
    const errors: string[] = [];
    writer.enqueue({ row: row("a"), done: (err) => err && errors.push("a") });
    await writer.barrier();
    expect(errors).toEqual(["a"]);
    expect(writer.pendingRetries).toBe(1);
    down = false;
    const later: string[] = [];
    writer.enqueue({ row: row("b"), done: (err) => later.push(err ? "b failed" : "b") });
    await vi.waitFor(() => expect(later).toEqual(["b"]), { timeout: 3000 });
    expect(inserts).toEqual([["a", "b"]]);
    expect(writer.pendingRetries).toBe(0);
  });
});

describe("SettleSchedule", () => {
  afterEach(() => vi.useRealTimers());

  it("settles a note once its edits pause, and under continuous edits at its own jittered cap", () => {
    vi.useFakeTimers();
    const ran: string[] = [];
    const schedule = new SettleSchedule(
      { debounceMs: 2000, maxDebounceMs: 10_000, jitter: 0.3, random: () => 1 },
      (name) => ran.push(name),
    );
    schedule.touch("paused");
    vi.advanceTimersByTime(1999);
    expect(ran).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(ran).toEqual(["paused"]);

    // Typing every 500 ms never pauses for 2 s: the cap (10 s shortened by 30 %) applies.
    const start = Date.now();
    for (let t = 0; t < 12_000; t += 500) {
      schedule.touch("busy");
      vi.advanceTimersByTime(500);
      if (ran.includes("busy")) break;
    }
    expect(ran.filter((n) => n === "busy")).toHaveLength(1);
    expect(Date.now() - start).toBeGreaterThanOrEqual(7000);
    expect(Date.now() - start).toBeLessThanOrEqual(7500);
  });

  it("gives notes that start together different caps", () => {
    vi.useFakeTimers();
    const at = new Map<string, number>();
    const values = [0, 1, 0, 0];
    const schedule = new SettleSchedule(
      { debounceMs: 2000, maxDebounceMs: 10_000, jitter: 0.3, random: () => values.shift()! },
      (name) => at.set(name, at.get(name) ?? Date.now()),
    );
    const start = Date.now();
    for (let t = 0; t < 11_000; t += 250) {
      schedule.touch("one");
      schedule.touch("two");
      vi.advanceTimersByTime(250);
    }
    expect(at.get("one")! - start).toBeGreaterThan(9000);
    expect(at.get("two")! - start).toBeLessThan(7600);
  });
});
