/** `npm run db:migrate`: applies pending migrations to DATABASE_URL, or to the embedded PGlite. */
import { openDatabase } from "../db";

async function main() {
  const handle = await openDatabase({ url: process.env.DATABASE_URL || undefined });
  console.log(`${handle.kind}: migrations applied`);
  await handle.close();
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
