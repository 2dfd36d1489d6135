import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { MODULES, loadModule, modulePath } from "../../bench/run";

// Every module bench/run.ts lists must exist and export `bench: Bench`, so `npm run bench` cannot
// name a module that is missing or shaped wrong. Importing a module must not start it (each one
// runs its main only when it is the script node was started with).
describe("the benchmark modules listed in bench/run.ts", () => {
  it.each(MODULES)("%s exists and exports a Bench with a name", async (name) => {
    expect(existsSync(modulePath(name)), `bench/${name}.ts`).toBe(true);
    const bench = await loadModule(name);
    expect(bench.name).toEqual(expect.any(String));
    expect(bench.name.length).toBeGreaterThan(0);
    expect(typeof bench.run).toBe("function");
  });
});
