import { afterAll, beforeAll } from "vitest";
import type { DatabaseHandle } from "@/db";
import { createTestDb } from "../helpers/test-db";
import { describeSearch } from "../helpers/search-suite";

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await createTestDb();
});
afterAll(() => handle.close());

describeSearch("PGlite", () => handle);
