/**
 * Durability without waiting for the database on the hot path. A writer's update is checked
 * (lib/collab/extensions/limits.ts, before this) and handed in `beforeSync` to the group-commit
 * writer (lib/collab/update-writer.ts); Hocuspocus then applies and relays it at once. Hocuspocus's
 * own acknowledgement means "applied in memory", so "Saved" comes from a stateless message of ours,
 * `{"stored": n}`: the first n sync-step-2/update messages this connection sent are stored (a
 * reader's or an empty message counts as stored once those before it are). The client counts the
 * update messages it sent on that socket (lib/notes/stored-acks.ts) and shows "Saved" when the two
 * agree, so a crash between apply and store loses nothing shown as saved: the client still holds
 * the update and sends it again on reconnect (sync step 2). Counting messages, not Yjs clocks, also
 * covers delete-only updates, which do not advance a clock.
 *
 * If storing fails, the connections whose updates were in that commit are closed (so their clients
 * resend) and the writer retries the rows, which are already in the live document.
 *
 * Derivation (text, HTML, the history's editors) runs when a note's edits settle, at the latest at
 * a per-note, jittered cap (lib/collab/settle-schedule.ts); compaction at most every
 * `compactEveryMs`, when the last person leaves and on shutdown. Both read what is stored (derivation
 * waits for the writer first), run at most `backgroundSlots` at once so they never take the pooled
 * connections the writer needs, and never twice at once for one note. Failures are retried later.
 */
import {
  shouldSkipStoreHooks,
  type afterUnloadDocumentPayload,
  type beforeSyncPayload,
  type Connection,
  type Extension,
  type onChangePayload,
  type onLoadDocumentPayload,
  type onStoreDocumentPayload,
} from "@hocuspocus/server";
import * as Y from "yjs";
import type { DbOrTx } from "@/db";
import { loadNoteInto } from "@/db/queries/notes";
import { storeDerivedNote } from "@/db/mutations/note-derived";
import { compactNote } from "@/db/mutations/note-updates";
import { parseNoteDocumentName } from "@/lib/notes/document-name";
import { storedAckPayload } from "@/lib/notes/stored-acks";
import { decodeUpdateOnce, dropPending, isEmptyUpdate } from "@/lib/notes/yjs-state";
import { authenticated } from "../context";
import { CloseCodes, closePeer } from "../frames";
import { SettleSchedule } from "../settle-schedule";
import { UpdateWriter } from "../update-writer";

const RETRY_FIRST_MS = 1000;
const RETRY_MAX_MS = 60_000;

/** Per connection: sync messages received, and how many of the first of them are stored. */
interface Counts {
  received: number;
  stored: number;
  sendQueued: boolean;
  failed: boolean;
}

export class PersistenceExtension implements Extension {
  extensionName = "tct-persistence";
  /** Last of the beforeSync hooks: an update is queued only once every check has passed. */
  priority = 10;
  /** Users whose edits are not yet in the history, per document. */
  private readonly editors = new Map<string, Set<string>>();
  private readonly lastCompaction = new Map<string, number>();
  /** Per document, so derivation, compaction and shutdown never run at once for one note. */
  private readonly locks = new Map<string, Promise<unknown>>();
  private readonly retries = new Map<string, NodeJS.Timeout>();
  /** Live documents replaced in the database (a repair): never derived from or stored again. */
  private readonly discarded = new WeakSet<Y.Doc>();
  private readonly counts = new WeakMap<Connection, Counts>();
  private readonly live = new Map<string, Y.Doc>();
  private readonly writer: UpdateWriter;
  private readonly schedule: SettleSchedule;
  private readonly slots: Slots;
  private stopped = false;

  constructor(
    private readonly options: {
      db: DbOrTx;
      compactEveryMs?: number;
      debounceMs?: number;
      maxDebounceMs?: number;
      /** Derivations and compactions running at once, across notes (each holds a pooled connection). */
      backgroundSlots?: number;
      /** Tests only: holds each group commit this long, to widen the window between apply and store. */
      storeDelayMs?: number;
      log: (message: string) => void;
    },
  ) {
    this.writer = new UpdateWriter(options.db, { delayMs: options.storeDelayMs, log: options.log });
    this.schedule = new SettleSchedule(
      { debounceMs: options.debounceMs ?? 2000, maxDebounceMs: options.maxDebounceMs ?? 10_000 },
      (name) => {
        const document = this.live.get(name);
        if (document) void this.settle(name, document, { compact: false });
      },
    );
    this.slots = new Slots(options.backgroundSlots ?? 2);
  }

  async onLoadDocument({ document, documentName }: onLoadDocumentPayload) {
    const recommendationId = parseNoteDocumentName(documentName);
    if (!recommendationId) throw new Error("unknown document");
    const started = performance.now();
    const pending = await loadNoteInto(this.options.db, recommendationId, document);
    this.options.log(
      `loaded ${documentName} (${pending} pending updates) in ${(performance.now() - started).toFixed(1)} ms`,
    );
    // Stored before such updates were refused (lib/collab/extensions/limits.ts): never sent to
    // clients from here on; the stored copy stays as it is until an administrator repairs it.
    if (dropPending(document)) {
      console.warn(`collab: ${documentName} holds content that cannot be applied; an administrator can repair it`);
    }
    this.live.set(documentName, document);
  }

  async beforeSync({ type, payload, connection, documentName }: beforeSyncPayload) {
    if (type !== 1 && type !== 2) return;
    const ctx = authenticated(connection.context);
    let counts = this.counts.get(connection);
    if (!counts) this.counts.set(connection, (counts = { received: 0, stored: 0, sendQueued: false, failed: false }));
    const seq = ++counts.received;
    // A reader's update reaches beforeSync too (before Hocuspocus's read-only check): never stored.
    const store = !connection.readOnly && ctx?.canEdit && !isEmptyUpdate(decodeUpdateOnce(payload));
    const row = store ? { recommendationId: ctx.recommendationId, update: payload, userId: ctx.userId } : null;
    // Not awaited: Hocuspocus applies and relays the update while the writer stores it.
    this.writer.enqueue({ row, done: (err) => this.stored(documentName, connection, counts, seq, row, err) });
  }

  private stored(
    documentName: string,
    connection: Connection,
    counts: Counts,
    seq: number,
    row: { userId: string } | null,
    err: unknown,
  ) {
    if (err) {
      if (counts.failed) return;
      counts.failed = true;
      console.error(`collab: storing an update to ${documentName} failed; closing the connection`, err);
      // Not stored, so never reported stored: the client keeps the change and sends it again on reconnect.
      closePeer(
        authenticated(connection.context)?.peer,
        CloseCodes.storageUnavailable,
        "notes cannot be saved right now",
      );
      return;
    }
    if (row) this.addEditor(documentName, row.userId);
    counts.stored = seq;
    if (counts.sendQueued || counts.failed) return;
    counts.sendQueued = true;
    // One message per connection for all of its updates in a commit.
    queueMicrotask(() => {
      counts.sendQueued = false;
      connection.sendStateless(storedAckPayload(counts.stored));
    });
  }

  async onChange({ documentName, document, transactionOrigin }: onChangePayload) {
    if (shouldSkipStoreHooks(transactionOrigin) || this.stopped) return;
    this.live.set(documentName, document);
    this.schedule.touch(documentName);
  }

  /** Hocuspocus calls this after edits and when the last person leaves; only the latter is ours to act on. */
  async onStoreDocument({ document, documentName, clientsCount }: onStoreDocumentPayload) {
    if (clientsCount > 0) return;
    this.schedule.cancel(documentName);
    await this.settle(documentName, document, { compact: true });
  }

  async afterUnloadDocument({ documentName }: afterUnloadDocumentPayload) {
    this.schedule.cancel(documentName);
    this.live.delete(documentName);
    this.lastCompaction.delete(documentName);
    await this.settle(documentName, null, { compact: true });
  }

  /** Stops deriving from `document` (the database now holds something else); compaction goes on. */
  discard(document: Y.Doc): void {
    this.discarded.add(document);
  }

  /** Stores what is queued, derives and compacts each document now (shutdown), then waits for the rest. */
  async flush(documents: Iterable<[string, Y.Doc]>): Promise<void> {
    this.stopped = true;
    this.schedule.cancelAll();
    for (const timer of this.retries.values()) clearTimeout(timer);
    this.retries.clear();
    await this.writer.barrier();
    await Promise.all([...documents].map(([name, document]) => this.settle(name, document, { compact: true })));
    await Promise.all([...this.locks.values()]);
    await this.writer.barrier();
    if (this.writer.pendingRetries) this.options.log(`${this.writer.pendingRetries} note updates could not be stored`);
  }

  private addEditor(documentName: string, userId: string) {
    let set = this.editors.get(documentName);
    if (!set) this.editors.set(documentName, (set = new Set()));
    set.add(userId);
  }

  /**
   * Derivation (from `document`, or when it is gone or failed before, from the database) and, when
   * due, compaction. Never throws: a failure is logged and the work retried later.
   */
  private settle(documentName: string, document: Y.Doc | null, opts: { compact: boolean }, attempt = 0) {
    return this.serialized(documentName, () =>
      this.slots.run(async () => {
        const recommendationId = parseNoteDocumentName(documentName);
        if (!recommendationId) return;
        try {
          // What is derived from the live document is then stored too (the writer is a commit or two behind).
          await this.writer.barrier();
          await this.derive(documentName, recommendationId, document);
          const due =
            Date.now() - (this.lastCompaction.get(documentName) ?? 0) >= (this.options.compactEveryMs ?? 30_000);
          if (opts.compact || due) {
            const started = performance.now();
            const result = await compactNote(this.options.db, recommendationId);
            this.lastCompaction.set(documentName, Date.now());
            if (result.folded) {
              this.options.log(
                `compacted ${documentName}: ${result.folded} updates, ${result.stateBytes} bytes in ${(performance.now() - started).toFixed(1)} ms`,
              );
            }
          }
        } catch (err) {
          console.error(`collab: deriving or compacting ${documentName} failed; retrying later`, err);
          this.retryLater(documentName, opts, attempt + 1);
        }
      }),
    );
  }

  private async derive(documentName: string, recommendationId: string, live: Y.Doc | null) {
    const who = [...(this.editors.get(documentName) ?? [])];
    if (live && this.discarded.has(live)) return;
    if (!live && !who.length) return;
    this.editors.delete(documentName);
    const doc = live ?? new Y.Doc();
    try {
      if (!live) await loadNoteInto(this.options.db, recommendationId, doc);
      await storeDerivedNote(this.options.db, { recommendationId, doc, editorIds: who });
    } catch (err) {
      // Not lost: put the editors back so the next settle records them.
      for (const id of who) this.addEditor(documentName, id);
      throw err;
    } finally {
      if (!live) doc.destroy();
    }
  }

  private retryLater(documentName: string, opts: { compact: boolean }, attempt: number) {
    if (this.stopped || this.retries.has(documentName)) return;
    const delay = Math.min(RETRY_MAX_MS, RETRY_FIRST_MS * 2 ** (attempt - 1));
    const timer = setTimeout(() => {
      this.retries.delete(documentName);
      // From the database: the live document may have been unloaded meanwhile.
      void this.settle(documentName, null, opts, attempt);
    }, delay);
    timer.unref();
    this.retries.set(documentName, timer);
  }

  private serialized<T>(name: string, work: () => Promise<T>): Promise<T> {
    const prev = this.locks.get(name) ?? Promise.resolve();
    const next = prev.then(work, work);
    const settled = next.catch(() => {});
    this.locks.set(name, settled);
    void settled.then(() => {
      if (this.locks.get(name) === settled) this.locks.delete(name);
    });
    return next;
  }
}

/** A counting semaphore: at most `size` of the works given to run() at once, the rest in order. */
class Slots {
  private free: number;
  private readonly waiting: (() => void)[] = [];

  constructor(size: number) {
    this.free = size;
  }

  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.free > 0) this.free--;
    else await new Promise<void>((resolve) => this.waiting.push(resolve));
    try {
      return await work();
    } finally {
      const next = this.waiting.shift();
      if (next) next();
      else this.free++;
    }
  }
}
