import { afterAll, beforeAll, describe } from "vitest";
import { openDatabase, type DatabaseHandle } from "@/db";
import { seedDatabase } from "@/db/seed";
import { createFreshPostgresDatabase, testDatabaseUrl } from "../helpers/test-db";
import { describeWritePath } from "../helpers/mutation-suite";
import { describeChangeNotifications } from "../helpers/change-suite";
import { describeTableWrites } from "../helpers/table-write-suite";
import { describeSideStatusQueries } from "../helpers/side-status-suite";
import { describeActionList } from "../helpers/action-list-suite";
import { describeSearch } from "../helpers/search-suite";
import { describeFigures } from "../helpers/figures-suite";
import { describeDashboard } from "../helpers/dashboard-suite";
import { describeListCache } from "../helpers/list-cache-suite";
import { describeTokenCache } from "../helpers/token-cache-suite";

const baseUrl = testDatabaseUrl();

// Registered (and reported as skipped) without TEST_DATABASE_URL: a file with no test fails the run.
describe.runIf(baseUrl)("PostgreSQL", () => {
  let handle: DatabaseHandle;
  let writer: DatabaseHandle;
  let fresh: Awaited<ReturnType<typeof createFreshPostgresDatabase>>;
  beforeAll(async () => {
    fresh = await createFreshPostgresDatabase(baseUrl!);
    handle = await openDatabase({ url: fresh.url });
    await seedDatabase(handle.db, { demoUsers: true });
    writer = await openDatabase({ url: fresh.url });
  });
  afterAll(async () => {
    await writer?.close();
    await handle?.close();
    await fresh?.drop();
  });
  describeWritePath("PostgreSQL", () => handle);
  describeChangeNotifications("PostgreSQL", () => handle);
  describeTableWrites("PostgreSQL", () => handle);
  describeSideStatusQueries("PostgreSQL", () => handle);
  describeActionList("PostgreSQL", () => handle);
  describeSearch("PostgreSQL", () => handle);
  describeFigures("PostgreSQL", () => handle);
  describeDashboard("PostgreSQL", () => handle);
  describeListCache(
    "PostgreSQL",
    () => handle,
    () => writer,
  );
  describeTokenCache(
    "PostgreSQL",
    () => handle,
    () => writer,
  );
});
