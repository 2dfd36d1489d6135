/**
 * A pass run now and then on a timer, by every instance (the notification scheduler, the report
 * worker): never two passes at once, a failed pass logged and retried by the next, `stop` waiting
 * for the pass under way. With `followUp`, a pass asked for while one runs is run right after it
 * (work that arrived meanwhile is not left for the next timer).
 */
export interface PeriodicTask<T> {
  /** Runs a pass, or answers the one running. */
  tick(): Promise<T>;
  start(): void;
  stop(): Promise<void>;
}

export function periodicTask<T>(
  pass: () => Promise<T>,
  options: { intervalMs: number; label: string; followUp?: boolean },
): PeriodicTask<T> {
  let timer: ReturnType<typeof setInterval> | undefined;
  let running: Promise<T> | null = null;
  let again = false;
  const logged = (p: Promise<T>) =>
    p.catch((err) => console.error(`${options.label}: this pass failed; the next one retries`, err));

  function tick(): Promise<T> {
    if (running) {
      if (options.followUp) again = true;
      return running;
    }
    running = pass().finally(() => {
      running = null;
      if (again) {
        again = false;
        void logged(tick());
      }
    });
    return running;
  }

  return {
    tick,
    start() {
      if (timer) return;
      void logged(tick());
      timer = setInterval(() => void logged(tick()), options.intervalMs);
      timer.unref?.();
    },
    async stop() {
      clearInterval(timer);
      timer = undefined;
      again = false;
      await running?.catch(() => {});
    },
  };
}
