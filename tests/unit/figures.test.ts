/**
 * Per-recommendation figures (recommendation_figures) stay equal to a recount from the actions after
 * every kind of write, on PGlite (the PostgreSQL run is in tests/integration/write-path.test.ts).
 */
import { afterAll, beforeAll } from "vitest";
import type { DatabaseHandle } from "@/db";
import { createTestDb } from "../helpers/test-db";
import { describeFigures } from "../helpers/figures-suite";

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await createTestDb();
});
afterAll(() => handle.close());

describeFigures("PGlite", () => handle);
