/** `npm run db:seed`: inserts the source content (and demo accounts when SEED_DEMO=true) that is missing. */
import { openDatabase } from "../db";
import { seedDatabase } from "../db/seed";

async function main() {
  const handle = await openDatabase({ url: process.env.DATABASE_URL || undefined });
  const demo = handle.kind === "pglite" ? process.env.SEED_DEMO !== "false" : process.env.SEED_DEMO === "true";
  const report = await seedDatabase(handle.db, { demoUsers: demo });
  console.log(`${handle.kind}: inserted`, report);
  await handle.close();
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
