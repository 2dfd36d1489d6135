/**
 * Durability: every update of a writer is appended to note_updates in `beforeSync`, which
 * Hocuspocus awaits before it applies the update and answers with the acknowledgement the editor
 * shows as "Saved"; so "Saved" means stored. A read-only connection's update reaches beforeSync
 * too (it runs before Hocuspocus's read-only check), so it is never stored here.
 *
 * After edits settle (Hocuspocus's debounced onStoreDocument), the note's text and HTML are derived
 * and the history records its editors; at most every `compactEveryMs`, when the last person leaves
 * and on shutdown, the stored updates are folded into notes.state. Work on one note never runs
 * twice at once. If the database fails meanwhile, nothing is acknowledged that was not stored, and
 * derivation and compaction are retried later from what the database holds.
 */
import type {
  afterUnloadDocumentPayload,
  beforeSyncPayload,
  Extension,
  onLoadDocumentPayload,
  onStoreDocumentPayload,
} from "@hocuspocus/server";
import * as Y from "yjs";
import type { DbOrTx } from "@/db";
import { loadNoteInto } from "@/db/queries/notes";
import { storeDerivedNote } from "@/db/mutations/note-derived";
import { appendNoteUpdate, compactNote } from "@/db/mutations/note-updates";
import { parseNoteDocumentName } from "@/lib/notes/document-name";
import { dropPending, isEmptyUpdate } from "@/lib/notes/yjs-state";
import { authenticated } from "../context";
import { CloseCodes, CloseError, closePeer } from "../frames";

const RETRY_FIRST_MS = 1000;
const RETRY_MAX_MS = 60_000;

export class PersistenceExtension implements Extension {
  extensionName = "tct-persistence";
  /** Users whose edits are not yet in the history, per document. */
  private readonly editors = new Map<string, Set<string>>();
  private readonly lastCompaction = new Map<string, number>();
  /** Per document, so derivation, compaction and shutdown never run at once for one note. */
  private readonly locks = new Map<string, Promise<unknown>>();
  private readonly retries = new Map<string, NodeJS.Timeout>();
  /** Live documents replaced in the database (a repair): never derived from or stored again. */
  private readonly discarded = new WeakSet<Y.Doc>();
  private stopped = false;

  constructor(
    private readonly options: {
      db: DbOrTx;
      compactEveryMs?: number;
      log: (message: string) => void;
    },
  ) {}

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
  }

  async beforeSync({ type, payload, connection, documentName }: beforeSyncPayload) {
    if (type !== 1 && type !== 2) return;
    const ctx = authenticated(connection.context);
    if (connection.readOnly || !ctx?.canEdit || isEmptyUpdate(payload)) return;
    try {
      await appendNoteUpdate(this.options.db, {
        recommendationId: ctx.recommendationId,
        update: payload,
        userId: ctx.userId,
      });
    } catch (err) {
      console.error(`collab: storing an update to ${documentName} failed; closing the connection`, err);
      // Not stored, so not acknowledged: the client keeps the change and sends it again on reconnect.
      closePeer(ctx.peer, CloseCodes.storageUnavailable, "notes cannot be saved right now");
      throw new CloseError(CloseCodes.storageUnavailable, "notes cannot be saved right now");
    }
    this.addEditor(documentName, ctx.userId);
  }

  async onStoreDocument({ document, documentName, clientsCount }: onStoreDocumentPayload) {
    await this.settle(documentName, document, { compact: clientsCount === 0 });
  }

  async afterUnloadDocument({ documentName }: afterUnloadDocumentPayload) {
    this.lastCompaction.delete(documentName);
    await this.settle(documentName, null, { compact: true });
  }

  /** Stops deriving from `document` (the database now holds something else); compaction goes on. */
  discard(document: Y.Doc): void {
    this.discarded.add(document);
  }

  /** Derives and compacts each document now (shutdown), then waits for every store in flight. */
  async flush(documents: Iterable<[string, Y.Doc]>): Promise<void> {
    this.stopped = true;
    for (const timer of this.retries.values()) clearTimeout(timer);
    this.retries.clear();
    for (const [name, document] of documents) {
      await this.settle(name, document, { compact: true });
    }
    await Promise.all([...this.locks.values()]);
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
    return this.serialized(documentName, async () => {
      const recommendationId = parseNoteDocumentName(documentName);
      if (!recommendationId) return;
      try {
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
    });
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
