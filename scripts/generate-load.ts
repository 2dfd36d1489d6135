/**
 * `npm run db:generate-load -- --recommendations 10000 --actions-per 5 --seed 1`
 *
 * Adds synthetic recommendations ("R-LOAD-…") with owners and actions to DATABASE_URL, or to the
 * embedded PGlite under DATA_DIR. Seeds the source content first if it is missing (the generator
 * needs the agencies). Safe to run again: existing codes are skipped.
 */
import { parseArgs } from "node:util";
import { openDatabase } from "../db";
import { seedDatabase } from "../db/seed";
import { sql } from "drizzle-orm";
import { generateLoad } from "../db/seed/generate";

function positiveInt(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new Error(`--${name} must be a whole number ≥ 0, got "${value}"`);
  return n;
}

async function main() {
  const { values } = parseArgs({
    options: {
      recommendations: { type: "string" },
      "actions-per": { type: "string" },
      seed: { type: "string" },
    },
  });
  const options = {
    recommendations: positiveInt("recommendations", values.recommendations, 10_000),
    actionsPerRecommendation: positiveInt("actions-per", values["actions-per"], 5),
    seed: positiveInt("seed", values.seed, 1),
  };
  const handle = await openDatabase({ url: process.env.DATABASE_URL || undefined });
  try {
    const demo = handle.kind === "pglite" ? process.env.SEED_DEMO !== "false" : process.env.SEED_DEMO === "true";
    await seedDatabase(handle.db, { demoUsers: demo });
    console.log(
      `${handle.kind}: generating ${options.recommendations} recommendations × ${options.actionsPerRecommendation} actions (seed ${options.seed})`,
    );
    const report = await generateLoad(handle.db, {
      ...options,
      onProgress: (done, total) =>
        console.log(`  ${Math.round((done / Math.max(total, 1)) * 100)}% (${done}/${total})`),
    });
    console.log(`${handle.kind}: inserted`, report);
    // Fresh rows have no planner statistics until autovacuum gets to them (and it may be off): plans
    // made without them read thousands of index entries per row (issue 14: 11.7 s for one facet count).
    await handle.db.execute(sql`analyze`);
    console.log(`${handle.kind}: analysed`);
  } finally {
    await handle.close();
  }
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
