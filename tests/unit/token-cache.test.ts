/** The API token cache on PGlite (notifications within the process); PostgreSQL: tests/integration/write-path.test.ts. */
import { afterAll, beforeAll } from "vitest";
import type { DatabaseHandle } from "@/db";
import { createTestDb } from "../helpers/test-db";
import { describeTokenCache } from "../helpers/token-cache-suite";

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await createTestDb();
});
afterAll(() => handle.close());

describeTokenCache(
  "PGlite",
  () => handle,
  () => handle,
);
