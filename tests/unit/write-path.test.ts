import { afterAll, beforeAll } from "vitest";
import type { DatabaseHandle } from "@/db";
import { createTestDb } from "../helpers/test-db";
import { describeWritePath } from "../helpers/mutation-suite";
import { describeChangeNotifications } from "../helpers/change-suite";

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await createTestDb();
});
afterAll(() => handle.close());

describeWritePath("PGlite", () => handle);
describeChangeNotifications("PGlite", () => handle);
