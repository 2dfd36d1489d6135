// Compares the committed package-lock.json with the one `npm install` left: a changed version or
// integrity, or a non-optional package added or removed, fails CI; optional platform binaries that
// the registry serves now (or no longer) only warn, since npm adds them as it finds them.
// Usage: node --import tsx .ci/lockfile-check.ts <committed.json> <installed.json>
import { readFileSync } from "node:fs";

export interface LockEntry {
  version?: string;
  integrity?: string;
  optional?: boolean;
  dependencies?: Record<string, string>;
}
export interface Lockfile {
  packages?: Record<string, LockEntry>;
}

export function compareLockfiles(committed: Lockfile, installed: Lockfile) {
  const before = committed.packages ?? {};
  const after = installed.packages ?? {};
  const errors: string[] = [];
  const warnings: string[] = [];
  for (const name of new Set([...Object.keys(before), ...Object.keys(after)])) {
    const [was, now] = [before[name], after[name]];
    const label = name || "(the project's own entry)";
    if (was && now) {
      if (was.version !== now.version) errors.push(`${label}: ${was.version} → ${now.version}`);
      else if (was.integrity !== now.integrity) errors.push(`${label}: integrity changed`);
      else if (name === "" && JSON.stringify(was) !== JSON.stringify(now))
        errors.push(`${label}: dependencies changed`);
    } else if ((was ?? now)?.optional) warnings.push(`${label} ${was ? "removed" : "added"} (optional)`);
    else errors.push(`${label} ${was ? "removed" : "added"}`);
  }
  return { errors, warnings };
}

if (process.argv[1]?.endsWith("lockfile-check.ts")) {
  const [committed, installed] = process.argv.slice(2).map((f) => JSON.parse(readFileSync(f, "utf8")));
  const { errors, warnings } = compareLockfiles(committed, installed);
  for (const w of warnings) console.warn(`package-lock.json: ${w}`);
  for (const e of errors) console.error(`package-lock.json: ${e}`);
  if (errors.length) {
    console.error("npm install changed the lockfile: run it locally and commit the package-lock.json it produces.");
    process.exit(1);
  }
}
