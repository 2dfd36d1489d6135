/**
 * The dashboard's figures against hand-computed counts, and each segment against the list filtered to
 * it, on PGlite (the PostgreSQL run is in tests/integration/write-path.test.ts).
 */
import { afterAll, beforeAll } from "vitest";
import type { DatabaseHandle } from "@/db";
import { createTestDb } from "../helpers/test-db";
import { describeDashboard } from "../helpers/dashboard-suite";

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await createTestDb();
});
afterAll(() => handle.close());

describeDashboard("PGlite", () => handle);
