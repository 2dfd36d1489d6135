/**
 * Administration: accounts (create, role and agency, deactivate, password reset) and agencies
 * (create, rename, merge), each admin-only, transactional and recorded in the security log.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq, inArray } from "drizzle-orm";
import type { DatabaseHandle } from "@/db";
import { actions, activityLog, agencies, recommendationOwners, recommendations, users } from "@/db/schema";
import { DEMO_PASSWORD } from "@/db/seed/demo-users";
import type { z } from "zod";
import * as userWrites from "@/db/mutations/users";
import * as agencyWrites from "@/db/mutations/agencies";
import { listCurrentAgencies } from "@/db/queries/agencies";
import { createRecommendation } from "@/db/mutations/recommendations";
import { createAction } from "@/db/mutations/actions";
import { authenticateApiToken, createApiToken } from "@/db/mutations/tokens";
import { authenticateWithPassword } from "@/lib/auth/credentials";
import { verifyPassword } from "@/lib/auth/password";
import { isSessionRevoked } from "@/lib/auth/session-rules";
import { authorize, type Actor } from "@/lib/permissions";
import { recommendationCreateInput } from "@/lib/validation/inputs";
import { agencyCreateInput, agencyMergeInput, agencyRenameInput } from "@/lib/validation/agencies";
import { passwordResetInput, userActiveInput, userCreateInput, userUpdateInput } from "@/lib/validation/users";
import { parseInput } from "@/lib/validation/parse-input";
import { listSecurityActivity } from "@/db/queries/security-activity";
import { actorFor, rejection } from "../helpers/actors";
import { rollBackEachTest } from "../helpers/rolled-back";
import { createTestDb, databaseChecksum } from "../helpers/test-db";

/** As the server actions call them: the input parsed by its schema at the boundary, then the write. */
function throughBoundary<S extends z.ZodType, T>(
  schema: S,
  write: (db: DatabaseHandle["db"], actor: Actor, input: z.output<S>) => Promise<T>,
) {
  return async (db: DatabaseHandle["db"], actor: Actor, raw: z.input<S>) => write(db, actor, parseInput(schema, raw));
}
const createUser = throughBoundary(userCreateInput, userWrites.createUser);
const updateUser = throughBoundary(userUpdateInput, userWrites.updateUser);
const setUserActive = throughBoundary(userActiveInput, userWrites.setUserActive);
const resetPassword = throughBoundary(passwordResetInput, userWrites.resetPassword);
const createAgency = throughBoundary(agencyCreateInput, agencyWrites.createAgency);
const renameAgency = throughBoundary(agencyRenameInput, agencyWrites.renameAgency);
const mergeAgencies = throughBoundary(agencyMergeInput, agencyWrites.mergeAgencies);

let shared: DatabaseHandle;
beforeAll(async () => {
  shared = await createTestDb();
});
afterAll(() => shared.close());
const h = rollBackEachTest(() => shared);

const PASSWORD = "a long enough passphrase";

async function userByEmail(email: string) {
  const [u] = await h.db.select().from(users).where(eq(users.email, email));
  return u!;
}

async function eventsFor(entityId: string) {
  return h.db.select().from(activityLog).where(eq(activityLog.entityId, entityId)).orderBy(activityLog.id);
}

// Each sign-in in this file comes from its own address, so the per-address throttle never joins in.
let address = 0;
const signIn = (email: string, password: string) =>
  authenticateWithPassword(h.db, { email, password, ip: `192.0.2.${++address}` });

describe("user accounts", () => {
  it("lets an admin create a member with an agency, hashing the password and logging no secret", async () => {
    const admin = await actorFor(h.db, "admin@demo.local");
    const created = await createUser(h.db, admin, {
      name: "Wong Mei",
      email: "  Wong.Mei@Example.org ",
      role: "member",
      agency: "hk-itib",
      password: PASSWORD,
    });
    expect(created).toMatchObject({ name: "Wong Mei", email: "wong.mei@example.org", role: "member", active: true });
    expect(created).not.toHaveProperty("passwordHash");
    const row = await userByEmail("wong.mei@example.org");
    expect(row.passwordHash).not.toContain(PASSWORD);
    expect(await verifyPassword(PASSWORD, row.passwordHash!)).toBe(true);
    const [event] = await eventsFor(created.id);
    expect(event).toMatchObject({ entityType: "user", kind: "user_created", actorId: admin.id });
    expect(event!.toValue).toMatchObject({ role: "member", agency: "hk-itib" });
    expect(JSON.stringify(event)).not.toContain(PASSWORD);
    expect(await signIn("wong.mei@example.org", PASSWORD)).toMatchObject({ id: created.id });
  });

  it("refuses a duplicate e-mail, whatever its case, with 409 on the e-mail field", async () => {
    const admin = await actorFor(h.db, "admin@demo.local");
    const err = await rejection(
      createUser(h.db, admin, { name: "Someone", email: "VIEWER@demo.local", role: "viewer", password: PASSWORD }),
    );
    expect(err.status).toBe(409);
    expect(err.message).toMatch(/already exists/);
    expect(err.fieldErrors?.email).toBeDefined();
  });

  it("says what to fix: a short password, a member without agency, an unknown agency", async () => {
    const admin = await actorFor(h.db, "admin@demo.local");
    const base = { name: "New Person", email: "new.person@example.org", role: "member" as const };
    const short = await rejection(createUser(h.db, admin, { ...base, agency: "sz-stic", password: "too short" }));
    expect(short.status).toBe(400);
    expect(short.fieldErrors?.password).toEqual(["The password must have at least 12 characters."]);
    const long = await rejection(createUser(h.db, admin, { ...base, agency: "sz-stic", password: "x".repeat(257) }));
    expect(long.fieldErrors?.password).toEqual(["The password must have at most 256 characters."]);
    const noAgency = await rejection(createUser(h.db, admin, { ...base, password: PASSWORD }));
    expect(noAgency.status).toBe(422);
    expect(noAgency.fieldErrors?.agency).toEqual(["Required for agency members"]);
    const unknown = await rejection(createUser(h.db, admin, { ...base, agency: "nope", password: PASSWORD }));
    expect(unknown.status).toBe(422);
    expect(unknown.message).toMatch(/No agency has the key "nope"/);
    expect((await h.db.select().from(users).where(eq(users.email, base.email))).length).toBe(0);
  });

  it("refuses a coordinator every account and agency change with 403, writing nothing", async () => {
    const coord = await actorFor(h.db, "coordinator@demo.local");
    const viewer = await actorFor(h.db, "viewer@demo.local");
    const before = await databaseChecksum(h);
    const attempts = [
      () => createUser(h.db, coord, { name: "X", email: "x@example.org", role: "viewer", password: PASSWORD }),
      () => updateUser(h.db, coord, { id: viewer.id, role: "admin" }),
      () => setUserActive(h.db, coord, { id: viewer.id, active: false }),
      () => resetPassword(h.db, coord, { id: viewer.id, password: PASSWORD }),
      () =>
        createAgency(h.db, coord, {
          key: "coord-made",
          nameEn: "A",
          nameZhHans: "甲",
          nameZhHant: "甲",
          abbreviation: "A",
          side: "joint",
        }),
      () =>
        renameAgency(h.db, coord, {
          key: "sz-stic",
          nameEn: "A",
          nameZhHans: "甲",
          nameZhHant: "甲",
          abbreviation: "A",
        }),
      () => mergeAgencies(h.db, coord, { sourceKey: "sz-stic", targetKey: "hk-itib" }),
    ];
    for (const attempt of attempts) {
      const err = await rejection(attempt());
      expect(err.status).toBe(403);
      expect(err.message).toBe("Only administrators can do this.");
    }
    expect(await databaseChecksum(h)).toBe(before);
  });

  it("changes role and agency, logging each with from and to", async () => {
    const admin = await actorFor(h.db, "admin@demo.local");
    const created = await createUser(h.db, admin, {
      name: "Role Change",
      email: "role.change@example.org",
      role: "viewer",
      password: PASSWORD,
    });
    const updated = await updateUser(h.db, admin, { id: created.id, role: "member", agency: "sz-stic" });
    expect(updated.role).toBe("member");
    const events = await eventsFor(created.id);
    expect(events.find((e) => e.kind === "role_changed")).toMatchObject({
      entityType: "user",
      field: "role",
      fromValue: "viewer",
      toValue: "member",
      actorId: admin.id,
    });
    expect(events.find((e) => e.kind === "agency_changed")).toMatchObject({ fromValue: null, toValue: "sz-stic" });

    // Nothing changes, nothing is logged.
    await updateUser(h.db, admin, { id: created.id, role: "member" });
    expect((await eventsFor(created.id)).length).toBe(events.length);

    // A member cannot lose their agency.
    const err = await rejection(updateUser(h.db, admin, { id: created.id, agency: null }));
    expect(err.status).toBe(422);
    expect(err.fieldErrors?.agency).toBeDefined();
  });

  it("never leaves the workspace without an active administrator", async () => {
    const admin = await actorFor(h.db, "admin@demo.local");
    const demote = await rejection(updateUser(h.db, admin, { id: admin.id, role: "coordinator" }));
    expect(demote.status).toBe(409);
    expect(demote.message).toMatch(/Alex Admin is the last active administrator/);
    expect((await userByEmail("admin@demo.local")).role).toBe("admin");

    const self = await rejection(setUserActive(h.db, admin, { id: admin.id, active: false }));
    expect(self.status).toBe(403);
    expect(self.message).toMatch(/your own account/);

    // With a second administrator, the first may step down; then the second is the last one.
    const second = await createUser(h.db, admin, {
      name: "Second Admin",
      email: "second.admin@example.org",
      role: "admin",
      password: PASSWORD,
    });
    await updateUser(h.db, admin, { id: admin.id, role: "coordinator" });
    const secondActor: Actor = { id: second.id, role: "admin", agencyId: null };
    expect((await rejection(updateUser(h.db, secondActor, { id: second.id, role: "viewer" }))).status).toBe(409);
    // Restore the demo admin for the tests that follow.
    await updateUser(h.db, secondActor, { id: admin.id, role: "admin" });
    await setUserActive(h.db, admin, { id: second.id, active: false });
  });

  it("deactivating ends the user's sessions, their sign-in and their tokens; reactivating lets them in again", async () => {
    const admin = await actorFor(h.db, "admin@demo.local");
    const user = await createUser(h.db, admin, {
      name: "Leaving Soon",
      email: "leaving@example.org",
      role: "coordinator",
      password: PASSWORD,
    });
    const signedIn = await signIn("leaving@example.org", PASSWORD);
    expect(signedIn).not.toBeNull();
    const sessionStart = Date.now() - 1;
    const token = await createApiToken(
      h.db,
      { id: user.id, role: "coordinator", agencyId: null },
      {
        name: "ci",
        scope: "read",
      },
    );
    expect(await authenticateApiToken(h.db, token.token)).not.toBeNull();

    const before = Date.now();
    const result = await setUserActive(h.db, admin, { id: user.id, active: false });
    expect(result.active).toBe(false);
    const row = await userByEmail("leaving@example.org");
    expect(row.sessionsValidAfter!.getTime()).toBeGreaterThanOrEqual(before);
    expect(isSessionRevoked(sessionStart, row.sessionsValidAfter)).toBe(true);
    expect(await signIn("leaving@example.org", PASSWORD)).toBeNull();
    expect(await authenticateApiToken(h.db, token.token)).toBeNull();
    expect((await eventsFor(user.id)).map((e) => e.kind)).toContain("user_deactivated");

    await setUserActive(h.db, admin, { id: user.id, active: true });
    const back = await userByEmail("leaving@example.org");
    // The old session stays ended; a new sign-in works.
    expect(isSessionRevoked(sessionStart, back.sessionsValidAfter)).toBe(true);
    expect(await signIn("leaving@example.org", PASSWORD)).toMatchObject({ id: user.id });
    expect((await eventsFor(user.id)).map((e) => e.kind)).toContain("user_reactivated");
    // Tokens were revoked with the deactivation and stay revoked.
    expect(await authenticateApiToken(h.db, token.token)).toBeNull();
  });

  it("resets a password: the old one stops working, sessions end, and the log keeps no password", async () => {
    const admin = await actorFor(h.db, "admin@demo.local");
    const hk = await userByEmail("hk.member@demo.local");
    const newPassword = "a brand new passphrase";
    const tooShort = await rejection(resetPassword(h.db, admin, { id: hk.id, password: "short" }));
    expect(tooShort.fieldErrors?.password).toBeDefined();

    const before = Date.now();
    await resetPassword(h.db, admin, { id: hk.id, password: newPassword });
    const row = await userByEmail("hk.member@demo.local");
    expect(row.sessionsValidAfter!.getTime()).toBeGreaterThanOrEqual(before);
    expect(await signIn("hk.member@demo.local", DEMO_PASSWORD)).toBeNull();
    expect(await signIn("hk.member@demo.local", newPassword)).toMatchObject({ id: hk.id });
    const [event] = (await eventsFor(hk.id)).filter((e) => e.kind === "password_reset");
    expect(event).toMatchObject({ entityType: "user", actorId: admin.id });
    expect(JSON.stringify(event)).not.toContain(newPassword);
    expect(JSON.stringify(event)).not.toContain(row.passwordHash!);
  });

  it("refuses an unknown user with 404", async () => {
    const admin = await actorFor(h.db, "admin@demo.local");
    const id = "00000000-0000-4000-8000-000000000000";
    expect((await rejection(updateUser(h.db, admin, { id, role: "viewer" }))).status).toBe(404);
    expect((await rejection(resetPassword(h.db, admin, { id, password: PASSWORD }))).status).toBe(404);
  });
});

describe("agencies", () => {
  const names = (en: string) => ({ nameEn: en, nameZhHans: `${en}（简）`, nameZhHant: `${en}（繁）` });

  it("creates an agency with a valid key and refuses a bad or duplicate one", async () => {
    const admin = await actorFor(h.db, "admin@demo.local");
    const created = await createAgency(h.db, admin, {
      key: "sz-new-bureau",
      ...names("New Bureau"),
      abbreviation: "NB",
      side: "shenzhen",
    });
    expect(created).toMatchObject({ key: "sz-new-bureau", abbreviation: "NB", mergedIntoId: null });
    expect((await eventsFor(created.id))[0]).toMatchObject({ entityType: "agency", kind: "agency_created" });

    const bad = await rejection(
      createAgency(h.db, admin, { key: "Not A Slug", ...names("X"), abbreviation: "X", side: "joint" }),
    );
    expect(bad.status).toBe(400);
    expect(bad.fieldErrors?.key?.[0]).toMatch(/lower-case letters, digits or hyphens/);
    const dup = await rejection(
      createAgency(h.db, admin, { key: "sz-new-bureau", ...names("Again"), abbreviation: "A", side: "joint" }),
    );
    expect(dup.status).toBe(409);
  });

  it("renames in three languages and logs what changed", async () => {
    const admin = await actorFor(h.db, "admin@demo.local");
    await createAgency(h.db, admin, {
      key: "sz-new-bureau",
      ...names("New Bureau"),
      abbreviation: "NB",
      side: "shenzhen",
    });
    const renamed = await renameAgency(h.db, admin, {
      key: "sz-new-bureau",
      ...names("Renamed Bureau"),
      abbreviation: "NB",
    });
    expect(renamed).toMatchObject({
      nameEn: "Renamed Bureau",
      nameZhHant: "Renamed Bureau（繁）",
      key: "sz-new-bureau",
    });
    const event = (await eventsFor(renamed.id)).find((e) => e.kind === "agency_renamed")!;
    expect(event.fromValue).toEqual(names("New Bureau"));
    expect(event.toValue).toEqual(names("Renamed Bureau"));
  });

  it("merges: users, owners (keeping the stronger role where both own) and actions move; the source is hidden", async () => {
    const admin = await actorFor(h.db, "admin@demo.local");
    const coord = await actorFor(h.db, "coordinator@demo.local");
    for (const [key, abbreviation] of [
      ["hk-old-office", "OLD"],
      ["hk-new-office", "NEW"],
    ] as const) {
      await createAgency(h.db, admin, { key, ...names(abbreviation), abbreviation, side: "hong_kong" });
    }
    const rec = async (code: string, owners: { agency: string; role: "lead" | "supporting" }[]) =>
      createRecommendation(
        h.db,
        coord,
        recommendationCreateInput.parse({
          code,
          title: { en: code, zhHans: code, zhHant: code },
          summary: { en: "s", zhHans: "s", zhHant: "s" },
          theme: "governance",
          horizon: "short",
          owners,
        }),
      );
    // Both own, source leads → the target becomes lead. Both own, target leads → stays lead.
    // Only the source owns → moved as it was.
    await rec("R-090-M1", [
      { agency: "hk-old-office", role: "lead" },
      { agency: "hk-new-office", role: "supporting" },
    ]);
    await rec("R-090-M2", [
      { agency: "hk-old-office", role: "supporting" },
      { agency: "hk-new-office", role: "lead" },
    ]);
    await rec("R-090-M3", [{ agency: "hk-old-office", role: "supporting" }]);
    const action = await createAction(h.db, coord, "R-090-M1", {
      title: "Hand over the files",
      agency: "hk-old-office",
      status: "todo",
      progress: 0,
    });
    const member = await createUser(h.db, admin, {
      name: "Old Office Staff",
      email: "staff@old-office.example.org",
      role: "member",
      agency: "hk-old-office",
      password: PASSWORD,
    });

    const report = await mergeAgencies(h.db, admin, { sourceKey: "hk-old-office", targetKey: "hk-new-office" });
    expect(report).toEqual({
      source: "hk-old-office",
      target: "hk-new-office",
      users: 1,
      ownersMoved: 1,
      ownersCombined: 2,
      actions: 1,
    });

    const [source] = await h.db.select().from(agencies).where(eq(agencies.key, "hk-old-office"));
    const [target] = await h.db.select().from(agencies).where(eq(agencies.key, "hk-new-office"));
    expect(source!.mergedIntoId).toBe(target!.id);

    const owners = await h.db
      .select({ code: recommendations.code, agencyId: recommendationOwners.agencyId, role: recommendationOwners.role })
      .from(recommendationOwners)
      .innerJoin(recommendations, eq(recommendations.id, recommendationOwners.recommendationId))
      .where(inArray(recommendations.code, ["R-090-M1", "R-090-M2", "R-090-M3"]))
      .orderBy(recommendations.code);
    expect(owners).toEqual([
      { code: "R-090-M1", agencyId: target!.id, role: "lead" },
      { code: "R-090-M2", agencyId: target!.id, role: "lead" },
      { code: "R-090-M3", agencyId: target!.id, role: "supporting" },
    ]);

    const [moved] = await h.db.select().from(actions).where(eq(actions.id, action.id));
    expect(moved).toMatchObject({ agencyId: target!.id, version: 2 });
    expect((await userByEmail("staff@old-office.example.org")).agencyId).toBe(target!.id);

    const memberEvents = await eventsFor(member.id);
    expect(memberEvents.find((e) => e.kind === "agency_changed")).toMatchObject({
      fromValue: "hk-old-office",
      toValue: "hk-new-office",
    });
    const [merged] = await h.db
      .select()
      .from(activityLog)
      .where(and(eq(activityLog.entityId, source!.id), eq(activityLog.kind, "agency_merged")));
    expect(merged).toMatchObject({ entityType: "agency", actorId: admin.id });

    // Hidden from lists, refused as a choice, and cannot be merged or renamed again.
    expect((await listCurrentAgencies(h.db)).map((a) => a.key)).not.toContain("hk-old-office");
    const assign = await rejection(
      createUser(h.db, admin, {
        name: "Late Joiner",
        email: "late@old-office.example.org",
        role: "member",
        agency: "hk-old-office",
        password: PASSWORD,
      }),
    );
    expect(assign.status).toBe(422);
    expect(assign.message).toMatch(/merged into "hk-new-office"/);
    const again = await rejection(mergeAgencies(h.db, admin, { sourceKey: "hk-old-office", targetKey: "hk-itib" }));
    expect(again.status).toBe(422);
  });

  it("refuses merging an agency into itself", async () => {
    const admin = await actorFor(h.db, "admin@demo.local");
    const err = await rejection(mergeAgencies(h.db, admin, { sourceKey: "sz-stic", targetKey: "sz-stic" }));
    expect(err.status).toBe(400);
    expect(err.fieldErrors?.targetKey?.[0]).toMatch(/cannot be merged into itself/);
  });
});

describe("security activity", () => {
  it("lets only administrators see the security log and everyone's tokens", () => {
    for (const role of ["admin", "coordinator", "member", "viewer"] as const) {
      const actor: Actor = { id: "x", role, agencyId: null };
      expect(authorize(actor, { action: "activity.security" }).allowed).toBe(role === "admin");
      expect(authorize(actor, { action: "token.list_all" }).allowed).toBe(role === "admin");
    }
  });

  it("lists account, agency and token events newest first, with readable targets, and no recommendation edits", async () => {
    const admin = await actorFor(h.db, "admin@demo.local");
    const coord = await actorFor(h.db, "coordinator@demo.local");
    const names = (en: string) => ({ nameEn: en, nameZhHans: en, nameZhHant: en });
    await createAgency(h.db, admin, { key: "hk-old-office", ...names("OLD"), abbreviation: "OLD", side: "hong_kong" });
    await createAgency(h.db, admin, { key: "hk-new-office", ...names("NEW"), abbreviation: "NEW", side: "hong_kong" });
    await createUser(h.db, admin, {
      name: "Old Office Staff",
      email: "staff@old-office.example.org",
      role: "member",
      agency: "hk-old-office",
      password: PASSWORD,
    });
    await mergeAgencies(h.db, admin, { sourceKey: "hk-old-office", targetKey: "hk-new-office" });
    for (const name of ["sync 1", "sync 2", "sync 3", "sync 4", "sync 5"])
      await createApiToken(h.db, coord, { name, scope: "read" });
    await signIn("viewer@demo.local", DEMO_PASSWORD);
    await signIn("viewer@demo.local", "not the password");
    await createRecommendation(
      h.db,
      coord,
      recommendationCreateInput.parse({
        code: "R-091-SEC",
        title: { en: "Not security", zhHans: "x", zhHant: "x" },
        summary: { en: "s", zhHans: "s", zhHant: "s" },
        theme: "governance",
        horizon: "short",
        owners: [],
      }),
    );

    const page = await listSecurityActivity(h.db, { page: 1, pageSize: 50 });
    expect(page.total).toBeGreaterThan(10);
    expect(page.items.length).toBeLessThanOrEqual(50);
    expect(page.items.every((e) => ["auth", "user", "api_token", "agency"].includes(e.entityType))).toBe(true);
    const times = page.items.map((e) => e.at.getTime());
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    const merged = page.items.find((e) => e.kind === "agency_merged");
    expect(merged).toMatchObject({ actorName: "Alex Admin", target: "OLD (hk-old-office)" });
    const created = page.items.find((e) => e.kind === "user_created" && e.target?.includes("staff@old-office"));
    expect(created?.target).toBe("Old Office Staff <staff@old-office.example.org>");
    const second = await listSecurityActivity(h.db, { page: 2, pageSize: 5 });
    expect(second.items[0]!.id).toBe(page.items[5]!.id);
  });
});
