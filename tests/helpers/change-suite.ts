import { describe, expect, it } from "vitest";
import type { DatabaseHandle } from "@/db";
import { CHANGES_CHANNEL, publishChange, type ChangeEvent } from "@/db/notify";

/** Change notifications leave with the commit of the change, and never for a rolled-back one. */
export function describeChangeNotifications(label: string, getHandle: () => DatabaseHandle) {
  describe(`${label}: change notifications`, () => {
    it("are delivered after the commit and not for a rollback", async () => {
      const h = getHandle();
      const received: ChangeEvent[] = [];
      const stop = await h.listen(CHANGES_CHANNEL, (payload) => received.push(JSON.parse(payload)));
      try {
        await h.db
          .transaction(async (tx) => {
            await publishChange(tx, { type: "recommendation", code: "R-000-ROLLED-BACK", version: 2, actorId: null });
            throw new Error("roll back");
          })
          .catch(() => {});
        await h.db.transaction(async (tx) => {
          await publishChange(tx, { type: "action", code: "R-000-COMMITTED", version: 3, actorId: null });
          expect(received).toEqual([]); // not before the commit
        });
        await expect.poll(() => received.length, { timeout: 2_000 }).toBe(1);
        expect(received[0]).toEqual({ type: "action", code: "R-000-COMMITTED", version: 3, actorId: null });
      } finally {
        await stop();
      }
    });
  });
}
