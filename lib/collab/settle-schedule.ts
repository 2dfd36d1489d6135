/**
 * When a note's text is derived (and compaction considered): once its edits pause for `debounceMs`,
 * or at the latest `maxDebounceMs` after its own first pending edit. Each note's cap is shortened by
 * a random part of up to `jitter` of it, so notes that started together (a meeting, a load test) do
 * not all derive and compact in the same second; continuous typing never pauses, so without it
 * every open note would hit the cap at once.
 *
 * An edit costs one Date.now(): the single timer per note is re-armed only when it fires early.
 */
export interface SettleScheduleOptions {
  debounceMs: number;
  maxDebounceMs: number;
  /** Fraction of maxDebounceMs (0–1) by which each note's cap is randomly shortened. */
  jitter?: number;
  random?: () => number;
}

interface Pending {
  lastEdit: number;
  capAt: number;
  timer: NodeJS.Timeout;
}

export class SettleSchedule {
  private readonly pending = new Map<string, Pending>();

  constructor(
    private readonly options: SettleScheduleOptions,
    private readonly run: (name: string) => void,
  ) {}

  touch(name: string): void {
    const now = Date.now();
    const p = this.pending.get(name);
    if (p) {
      p.lastEdit = now;
      return;
    }
    const { debounceMs, maxDebounceMs, jitter = 0.3, random = Math.random } = this.options;
    const capAt = now + maxDebounceMs * (1 - jitter * random());
    const entry: Pending = { lastEdit: now, capAt, timer: undefined as unknown as NodeJS.Timeout };
    this.pending.set(name, entry);
    this.arm(name, entry, Math.min(debounceMs, capAt - now));
  }

  /** Forgets a note (it was unloaded or is being settled another way). */
  cancel(name: string): void {
    const p = this.pending.get(name);
    if (p) clearTimeout(p.timer);
    this.pending.delete(name);
  }

  cancelAll(): void {
    for (const name of [...this.pending.keys()]) this.cancel(name);
  }

  private arm(name: string, entry: Pending, delayMs: number) {
    entry.timer = setTimeout(() => this.fire(name, entry), Math.max(0, delayMs));
    entry.timer.unref();
  }

  private fire(name: string, entry: Pending) {
    if (this.pending.get(name) !== entry) return;
    const now = Date.now();
    const due = Math.min(entry.lastEdit + this.options.debounceMs, entry.capAt);
    if (now < due) return this.arm(name, entry, due - now);
    this.pending.delete(name);
    this.run(name);
  }
}
