/** CI's lockfile check: pinned versions must not move; optional platform binaries npm adds only warn. */
import { describe, expect, it } from "vitest";
import { compareLockfiles, type LockEntry, type Lockfile } from "../../.ci/lockfile-check";

const lock = (packages: Record<string, LockEntry>): Lockfile => ({
  packages: { "": { dependencies: { next: "16.4.5" } }, ...packages },
});
const swc = { version: "1.16.22", integrity: "sha512-a" };
const swcDarwin = { version: "1.16.22", integrity: "sha512-b", optional: true };

describe("the CI lockfile check", () => {
  it("only warns, naming them, when npm adds optional platform binaries", () => {
    const result = compareLockfiles(
      lock({ "node_modules/@swc/core": swc }),
      lock({ "node_modules/@swc/core": swc, "node_modules/@swc/core-darwin-arm64": swcDarwin }),
    );
    expect(result).toEqual({ errors: [], warnings: ["node_modules/@swc/core-darwin-arm64 added (optional)"] });
  });

  it("fails when a version or an integrity changes", () => {
    const { errors } = compareLockfiles(
      lock({ "node_modules/@swc/core": swc, "node_modules/zod": { version: "4.1.0", integrity: "sha512-z" } }),
      lock({
        "node_modules/@swc/core": { ...swc, version: "1.16.23" },
        "node_modules/zod": { version: "4.1.0", integrity: "sha512-other" },
      }),
    );
    expect(errors).toEqual(["node_modules/@swc/core: 1.16.22 → 1.16.23", "node_modules/zod: integrity changed"]);
  });

  it("fails when a package that is not optional is added or removed, or the project's dependencies change", () => {
    expect(compareLockfiles(lock({}), lock({ "node_modules/left-pad": swc })).errors).toEqual([
      "node_modules/left-pad added",
    ]);
    expect(compareLockfiles(lock({ "node_modules/left-pad": swc }), lock({})).errors).toEqual([
      "node_modules/left-pad removed",
    ]);
    const moved: Lockfile = { packages: { "": { dependencies: { next: "16.4.6" } } } };
    expect(compareLockfiles(lock({}), moved).errors).toEqual(["(the project's own entry): dependencies changed"]);
  });

  it("passes an unchanged lockfile", () => {
    expect(compareLockfiles(lock({ "node_modules/@swc/core": swc }), lock({ "node_modules/@swc/core": swc }))).toEqual({
      errors: [],
      warnings: [],
    });
  });
});
