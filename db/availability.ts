/**
 * A circuit breaker in front of PostgreSQL. After a few queries in a row failed because the database
 * was out of reach, it opens: every query is refused at once with the typed 503 error (the API and
 * server-action wrappers answer "try again in a few seconds" with Retry-After) instead of waiting for
 * a connection, and a probe checks the database twice a second; the first success closes it again.
 */
import { databaseUnavailable, isDatabaseUnreachable } from "@/lib/errors";

/** Consecutive connection failures that open the circuit. */
const FAILURES_TO_OPEN = 3;
const PROBE_EVERY_MS = 500;
/**
 * How long a transaction begun before the outage may still take once the circuit opened. postgres.js
 * can leave one whose connection was closed under it waiting for ever (seen when PostgreSQL restarts
 * under load); past this it is answered 503 like the rest.
 */
const IN_FLIGHT_GRACE_MS = 2_000;

export class DatabaseCircuit {
  private failures = 0;
  private readonly onOpen = new Set<() => void>();
  private probeTimer: NodeJS.Timeout | null = null;
  private closed = false;

  constructor(private readonly probe: () => Promise<unknown>) {}

  get isOpen(): boolean {
    return this.probeTimer !== null;
  }

  /** Throws the 503 error while the circuit is open. */
  check(): void {
    if (this.isOpen) throw databaseUnavailable();
  }

  /** Watches a query's outcome without changing it. */
  observe<T>(outcome: PromiseLike<T>): void {
    Promise.prototype.then.call(
      outcome,
      () => this.succeeded(),
      (err: unknown) => this.failed(err),
    );
  }

  /** The transaction's outcome, or the 503 error if it is still pending IN_FLIGHT_GRACE_MS after an outage began. */
  bounded<T>(transaction: Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      let timer: NodeJS.Timeout | undefined;
      const giveUp = () => {
        timer = setTimeout(() => reject(databaseUnavailable()), IN_FLIGHT_GRACE_MS).unref();
      };
      if (this.isOpen) giveUp();
      else this.onOpen.add(giveUp);
      transaction.then(resolve, reject).finally(() => {
        this.onOpen.delete(giveUp);
        clearTimeout(timer);
      });
    });
  }

  failed(err: unknown): void {
    if (!isDatabaseUnreachable(err) || this.isOpen || this.closed) return;
    if (++this.failures >= FAILURES_TO_OPEN) this.open();
  }

  succeeded(): void {
    this.failures = 0;
  }

  /** Stops probing, for shutdown. */
  dispose(): void {
    this.closed = true;
    this.reset();
  }

  private open(): void {
    console.error(`database: unreachable after ${this.failures} failed queries; refusing requests until it answers`);
    const probe = () => {
      this.probe().then(
        () => {
          console.log("database: reachable again");
          this.reset();
        },
        () => {
          if (this.probeTimer) this.probeTimer = setTimeout(probe, PROBE_EVERY_MS).unref();
        },
      );
    };
    this.probeTimer = setTimeout(probe, PROBE_EVERY_MS).unref();
    for (const giveUp of this.onOpen) giveUp();
    this.onOpen.clear();
  }

  private reset(): void {
    if (this.probeTimer) clearTimeout(this.probeTimer);
    this.probeTimer = null;
    this.failures = 0;
  }
}
