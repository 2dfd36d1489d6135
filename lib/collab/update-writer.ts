/**
 * Group commit for note updates: every update accepted in one turn of the event loop, from every
 * connection and note, is stored with one multi-row insert in one commit; while that commit is in
 * flight the next group gathers. Groups finish in the order they were taken: an entry's `done`
 * runs only after everything queued before it is stored.
 *
 * A second commit may start while one is in flight, once that one has taken SECOND_COMMIT_AFTER_MS
 * (a slow commit, for example a WAL flush that waits for the disk, no longer holds back every edit
 * behind it by a whole commit: PostgreSQL flushes the two together). So the writer holds at most
 * two pooled connections, and only one while anything is being retried.
 *
 * An entry may carry no row (an empty update, a reader's message): it is "stored" once the entries
 * before it are, which is what a per-connection count of stored messages needs.
 *
 * Rows that failed are kept at the head of the queue and retried until the database takes them:
 * they are already in the live document (and may have been relayed), so later edits can depend on
 * them. The entries of a failed attempt are told (`done(error)`), so their connections close and
 * the clients resend; so are those of a commit that was in flight beside it, even if it succeeded
 * (what was queued before them is not stored). A row stored twice is harmless (Yjs ignores duplicates).
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
/** A second commit starts only behind one that has been in flight this long. */
const SECOND_COMMIT_AFTER_MS = 2;
const MAX_IN_FLIGHT = 2;

interface Outcome {
  ok: boolean;
  error?: unknown;
}

export class UpdateWriter {
  private queue: WriteEntry[] = [];
  /** Rows of failed attempts, stored before anything queued after them. */
  private retry: NoteUpdateRow[] = [];
  /** When each group in flight started, oldest first. */
  private readonly started: number[] = [];
  /** Settles once the newest group's entries are told: ok if they were told "stored". */
  private last: Promise<Outcome> = Promise.resolve({ ok: true });
  private scheduled = false;
  private timer: NodeJS.Timeout | null = null;
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

  /** A second commit only while all is well: after a failure, one at a time, retried rows first. */
  private mayStart() {
    const inFlight = this.started.length;
    return inFlight === 0 || (inFlight < MAX_IN_FLIGHT && !this.retry.length && !this.failures);
  }

  private schedule(delayMs: number) {
    if (this.scheduled || !this.mayStart()) return;
    if (this.started.length) delayMs = Math.max(delayMs, this.started[0]! + SECOND_COMMIT_AFTER_MS - performance.now());
    this.scheduled = true;
    const start = () => {
      this.scheduled = false;
      this.timer = null;
      if ((this.queue.length || this.retry.length) && this.mayStart()) this.startGroup();
    };
    // setImmediate: everything the current I/O turn delivers joins this group.
    if (delayMs > 0) (this.timer = setTimeout(start, delayMs)).unref();
    else setImmediate(start);
  }

  private backoff() {
    return Math.min(RETRY_MAX_MS, RETRY_FIRST_MS * 2 ** Math.max(0, this.failures - 1));
  }

  private startGroup() {
    const group: WriteEntry[] = [];
    const rows = this.retry.splice(0, MAX_ROWS_PER_INSERT);
    // With entries, a group that takes retried rows takes all of them (entries join only when they fit).
    const retried = rows.length > 0;
    while (this.queue.length && rows.length < MAX_ROWS_PER_INSERT) {
      const entry = this.queue.shift()!;
      group.push(entry);
      if (entry.row) rows.push(entry.row);
    }
    this.started.push(performance.now());
    const write = (async () => {
      if (this.options.delayMs) await new Promise((r) => setTimeout(r, this.options.delayMs));
      if (rows.length) await this.store(rows);
    })();
    const before = this.last;
    const own: Promise<Outcome> = write.then(
      () => ({ ok: true }),
      (error: unknown) => ({ ok: false, error }),
    );
    this.last = Promise.all([own, before]).then(([mine, prev]) => {
      this.started.shift();
      if (this.timer) {
        // A second commit waiting behind this one: decide again now that it is done.
        clearTimeout(this.timer);
        this.timer = null;
        this.scheduled = false;
      }
      if (mine.ok) this.failures = 0;
      else {
        this.failures++;
        // Before anything taken after them; after the rows of a failed group taken before them.
        if (retried) this.retry.unshift(...rows);
        else this.retry.push(...rows);
        this.options.log?.(`storing ${rows.length} note updates failed (attempt ${this.failures}); retrying`);
      }
      // Stored only if everything queued before is: the previous group was, or this one retried its rows.
      const ok = mine.ok && (prev.ok || retried);
      const error = mine.ok ? prev.error : mine.error;
      for (const entry of group) {
        if (ok) entry.done();
        else entry.done(error);
      }
      if (this.queue.length || this.retry.length) this.schedule(this.retry.length ? this.backoff() : 0);
      return { ok, error };
    });
    // A second group may gather behind this one.
    if (this.queue.length) this.schedule(0);
  }
}
