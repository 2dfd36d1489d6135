/**
 * Preloaded into each server of bench/collab.ts (with --expose-gc): on SIGUSR2 it runs full
 * garbage collections and prints one line, `memory-report rss=… heapUsed=… external=…` (bytes),
 * so the benchmark reads memory that is live, not garbage not yet collected.
 */
process.on("SIGUSR2", async () => {
  const gc = globalThis.gc;
  if (gc) {
    // Twice, with a turn between: weak references and finalizers released by the first are freed by the second.
    gc();
    await new Promise((resolve) => setImmediate(resolve));
    gc();
  }
  const m = process.memoryUsage();
  process.stdout.write(`memory-report rss=${m.rss} heapUsed=${m.heapUsed} external=${m.external} gc=${gc ? 1 : 0}\n`);
});
