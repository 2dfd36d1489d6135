/** The order and the summary of `npm test`'s layers (tests/run-all.ts), apart from how each layer runs. */

export interface Tally {
  layer: string;
  passed: number;
  failed: number;
  skipped: number;
  ok: boolean;
}

export type Step = [label: string, run: () => Tally];

export const failed = (t: Tally) => !t.ok || t.failed > 0;

/** Runs the steps in order and stops at the first that fails: no build after red unit tests. */
export function runInOrder(steps: readonly Step[]): { tallies: Tally[]; notRun: string[] } {
  const tallies: Tally[] = [];
  const notRun: string[] = [];
  for (const [label, run] of steps) {
    if (tallies.some(failed)) notRun.push(label);
    else tallies.push(run());
  }
  return { tallies, notRun };
}

/** The summary, one line per layer; the last line is `N passed, N failed, N skipped` over all of them. */
export function summaryLines(tallies: readonly Tally[], notRun: readonly string[]): string[] {
  const sum = (key: "passed" | "failed" | "skipped") => tallies.reduce((n, t) => n + t[key], 0);
  return [
    "Summary",
    ...tallies.map((t) => `  ${t.layer.padEnd(24)} ${t.passed} passed, ${t.failed} failed, ${t.skipped} skipped`),
    ...notRun.map((label) => `  ${label.padEnd(24)} not run (an earlier layer failed)`),
    `${sum("passed")} passed, ${sum("failed")} failed, ${sum("skipped")} skipped`,
  ];
}
