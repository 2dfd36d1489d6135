/**
 * The API's token cache (authenticateApiTokenCached, db/mutations/tokens.ts): a cached success never
 * outlives a revocation, a deactivation or a role change. On this instance it is refused (or read
 * afresh) on the very next call; for a change another instance makes (another connection, whose
 * process-local hook does not run here) once that change's notification arrives. Writes here commit:
 * not inside rollBackEachTest; each test makes its own users.
 */
import { describe, expect, it } from "vitest";
import { eq, sql } from "drizzle-orm";
import type { DatabaseHandle } from "@/db";
import { apiTokens, users } from "@/db/schema";
import { ACCESS_CHANNEL } from "@/db/notify";
import { authenticateApiTokenCached, createApiToken, revokeApiToken } from "@/db/mutations/tokens";
import { setUserActive, updateUser } from "@/db/mutations/users";
import { actorOf } from "@/lib/permissions";
import { actorFor } from "./actors";

export function describeTokenCache(
  label: string,
  getHandle: () => DatabaseHandle,
  /** Another connection to the same database, as another instance would have (PGlite: the same one). */
  getWriter: () => DatabaseHandle,
) {
  let made = 0;
  async function userWithToken(h: DatabaseHandle) {
    const email = `token-cache-${made++}-${Date.now()}@example.test`;
    const [user] = await h.db.insert(users).values({ name: "Cache Check", email, role: "coordinator" }).returning();
    const actor = actorOf(user!);
    const token = await createApiToken(h.db, actor, { name: "cached", scope: "write" });
    return { user: user!, actor, token };
  }
  /** Resolves once an ACCESS_CHANNEL notification reaches `h` (after the cache's own listener). */
  async function nextAccessNotification(h: DatabaseHandle) {
    let heard!: () => void;
    const arrived = new Promise<void>((resolve) => (heard = resolve));
    const stop = await h.listen(ACCESS_CHANNEL, () => heard());
    return { arrived: arrived.then(stop) };
  }

  describe(`${label}: cached API tokens`, () => {
    it("are served from the cache until revoked here, then refused on the very next call", async () => {
      const h = getHandle();
      const { user, actor, token } = await userWithToken(h);
      const first = await authenticateApiTokenCached(h, token.token);
      expect(first).toMatchObject({ scope: "write", name: "cached", user: { id: user.id, role: "coordinator" } });
      expect(await authenticateApiTokenCached(h, token.token)).toBe(first); // the cached answer
      expect(await authenticateApiTokenCached(h, token.token.slice(0, -1) + "x")).toBeNull();

      await revokeApiToken(h.db, actor, token.id);
      expect(await authenticateApiTokenCached(h, token.token)).toBeNull();
    });

    it("are read again after a role change and refused after a deactivation here", async () => {
      const h = getHandle();
      const admin = await actorFor(h.db, "admin@demo.local");
      const { user, token } = await userWithToken(h);
      const first = await authenticateApiTokenCached(h, token.token);
      expect(await authenticateApiTokenCached(h, token.token)).toBe(first);

      await updateUser(h.db, admin, { id: user.id, role: "viewer" });
      const after = await authenticateApiTokenCached(h, token.token);
      expect(after?.user.role).toBe("viewer");

      await setUserActive(h.db, admin, { id: user.id, active: false });
      expect(await authenticateApiTokenCached(h, token.token)).toBeNull();
    });

    it("are refused once another instance's revocation or deactivation is notified", async () => {
      const h = getHandle();
      const revoked = await userWithToken(h);
      const deactivated = await userWithToken(h);
      for (const { token } of [revoked, deactivated]) {
        const first = await authenticateApiTokenCached(h, token.token);
        expect(first).not.toBeNull();
        expect(await authenticateApiTokenCached(h, token.token)).toBe(first);
      }

      // What another instance's mutation does, in SQL: the change and its notification, committed
      // together through the other connection (no hook of this process runs).
      const notify = (userId: string) =>
        sql`select pg_notify(${ACCESS_CHANNEL}, ${JSON.stringify({ userIds: [userId] })})`;
      let next = await nextAccessNotification(h);
      await getWriter().db.transaction(async (tx) => {
        await tx.update(apiTokens).set({ revokedAt: new Date() }).where(eq(apiTokens.id, revoked.token.id));
        await tx.execute(notify(revoked.user.id));
      });
      await next.arrived;
      expect(await authenticateApiTokenCached(h, revoked.token.token)).toBeNull();

      expect(await authenticateApiTokenCached(h, deactivated.token.token)).not.toBeNull();
      next = await nextAccessNotification(h);
      await getWriter().db.transaction(async (tx) => {
        await tx.update(users).set({ active: false }).where(eq(users.id, deactivated.user.id));
        await tx.execute(notify(deactivated.user.id));
      });
      await next.arrived;
      expect(await authenticateApiTokenCached(h, deactivated.token.token)).toBeNull();
    });
  });
}
