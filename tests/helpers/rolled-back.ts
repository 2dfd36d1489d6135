import { TransactionRollbackError } from "drizzle-orm";
import { aroundEach } from "vitest";
import type { Database, DatabaseHandle } from "@/db";

/**
 * The shared test database as each test of the calling file or describe block sees it: inside a
 * transaction that is rolled back when the test ends, so a test sees the seed and whatever its own
 * file set up before all tests, never another test's writes, and passes alone and in any order.
 * Writes under test run as savepoints inside it (drizzle nests a transaction as a savepoint), so a
 * refused write still undoes itself. Not for tests that need a commit (change notifications).
 */
export function rollBackEachTest(getShared: () => DatabaseHandle): DatabaseHandle {
  let current: Database | undefined;
  aroundEach(async (runTest) => {
    await getShared()
      .db.transaction(async (tx) => {
        current = tx as unknown as Database;
        try {
          await runTest();
        } finally {
          current = undefined;
        }
        tx.rollback();
      })
      .catch((err) => {
        if (!(err instanceof TransactionRollbackError)) throw err;
      });
  });
  return {
    get kind() {
      return getShared().kind;
    },
    get db() {
      return current ?? getShared().db;
    },
    unavailable: () => getShared().unavailable(),
    migrate: () => getShared().migrate(),
    listen: (channel, onNotify) => getShared().listen(channel, onNotify),
    close: () => getShared().close(),
  };
}
