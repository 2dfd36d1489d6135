/**
 * Group commit for note updates: every update accepted in one turn of the event loop, from every
 * connection and note, is stored with one multi-row insert in one commit; while that commit is in
 * flight the next group gathers. One group is in flight at a time, so the writer holds at most one
 * pooled connection and groups finish in the order they were taken: an entry's `done` runs only
 * after everything queued before it is stored.
 *
 * An entry may carry no row (an empty update, a reader's message): it is "stored" once the entries
 * before it are, which is what a per-connection count of stored messages needs.
 *
 * Rows that failed are kept at the head of the queue and retried until the database takes them:
 * they are already in the live document (and may have been relayed), so later edits can depend on
 * them. The entries of a failed attempt are told (`done(error)`), so their connections close and
 * the clients resend; a retried row that was stored twice is harmless (Yjs ignores duplicates).
 */
import type { DbOrTx } from "@/db";
import { appendNoteUpdates, type NoteUpdateRow } from "@/db/mutations/note-updates";

export interface WriteEntry {
  row: NoteUpdateRow | null;
  done: (error?: unknown) => void;
}

/** Far below PostgreSQL's 65,535 parameters (3 a row), and a bounded statement. */
const MAX_ROWS_PER_INSERT = 500;
const RETRY_FIRST_MS = 250;
const RETRY_MAX_MS = 10_000;

export class UpdateWriter {
  private queue: WriteEntry[] = [];
  /** Rows of failed attempts, stored before anything queued after them. */
  private retry: NoteUpdateRow[] = [];
  private running: Promise<void> | null = null;
  private scheduled = false;
  private failures = 0;

  private readonly store: (rows: NoteUpdateRow[]) => Promise<void>;

  constructor(
    db: DbOrTx,
    private readonly options: {
      delayMs?: number;
      log?: (message: string) => void;
      /** Tests: stores rows instead of the database insert. */
      store?: (rows: NoteUpdateRow[]) => Promise<void>;
    } = {},
  ) {
    this.store = options.store ?? ((rows) => appendNoteUpdates(db, rows));
  }

  enqueue(entry: WriteEntry): void {
    this.queue.push(entry);
    this.schedule(0);
  }

  /** Resolves once everything queued before it has been stored, or its attempt failed. */
  barrier(): Promise<void> {
    return new Promise((resolve) => this.enqueue({ row: null, done: () => resolve() }));
  }

  get pendingRetries(): number {
    return this.retry.length;
  }

  private schedule(delayMs: number) {
    if (this.scheduled || this.running) return;
    this.scheduled = true;
    // setImmediate: everything the current I/O turn delivers joins this group.
    const start = () => {
      this.scheduled = false;
      this.running = this.writeGroup().finally(() => {
        this.running = null;
        if (this.queue.length || this.retry.length) this.schedule(this.retry.length ? this.backoff() : 0);
      });
    };
    if (delayMs > 0) setTimeout(start, delayMs).unref();
    else setImmediate(start);
  }

  private backoff() {
    return Math.min(RETRY_MAX_MS, RETRY_FIRST_MS * 2 ** Math.max(0, this.failures - 1));
  }

  private async writeGroup() {
    const group: WriteEntry[] = [];
    const rows = this.retry.splice(0, MAX_ROWS_PER_INSERT);
    while (this.queue.length && rows.length < MAX_ROWS_PER_INSERT) {
      const entry = this.queue.shift()!;
      group.push(entry);
      if (entry.row) rows.push(entry.row);
    }
    try {
      if (this.options.delayMs) await new Promise((r) => setTimeout(r, this.options.delayMs));
      if (rows.length) await this.store(rows);
      this.failures = 0;
    } catch (err) {
      this.failures++;
      this.retry.unshift(...rows);
      this.options.log?.(`storing ${rows.length} note updates failed (attempt ${this.failures}); retrying`);
      for (const entry of group) entry.done(err);
      return;
    }
    for (const entry of group) entry.done();
  }
}
