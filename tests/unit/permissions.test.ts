import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import type { DatabaseHandle } from "@/db";
import { recommendationOwners, recommendations, users } from "@/db/schema";
import { getRecommendationByCode } from "@/db/queries/recommendations";
import { setRecommendationArchived, updateRecommendation } from "@/db/mutations/recommendations";
import { createAction, updateAction } from "@/db/mutations/actions";
import { createIndicator, recordIndicatorReading } from "@/db/mutations/indicators";
import { changeOwners, setLeadAgency } from "@/db/mutations/owners";
import { issueNoteToken } from "@/db/mutations/notes";
import { loadNoteAccess } from "@/db/queries/notes";
import { saveView } from "@/db/mutations/views";
import { setUserActive } from "@/db/mutations/users";
import {
  actorOf,
  authorize,
  recommendationEditRights,
  type Actor,
  type EvidenceOwnerFacts,
  type Request,
  type RecommendationFacts,
} from "@/lib/permissions";
import { lifecycleErrors, type LifecycleState } from "@/lib/lifecycle";
import { renderFieldMessages } from "@/lib/errors";
import { english } from "@/lib/i18n/render-message";
import { createTestDb } from "../helpers/test-db";

const SZ = "agency-sz";
const HK = "agency-hk";
const admin = actorOf({ id: "a", role: "admin", agencyId: null });
const coordinator = actorOf({ id: "c", role: "coordinator", agencyId: null });
const szMember = actorOf({ id: "s", role: "member", agencyId: SZ });
const hkMember = actorOf({ id: "h", role: "member", agencyId: HK });
const viewer = actorOf({ id: "v", role: "viewer", agencyId: null });
const szOwned = { ownerAgencyIds: [SZ] };

const allowed = (actor: Actor, req: Request) => authorize(actor, req).allowed;
/** The decision with its reason in English, as a person reads it. */
function decide(actor: Actor, req: Request) {
  const d = authorize(actor, req);
  return d.allowed ? d : { allowed: false, reason: english(d.reason) };
}
/** The lifecycle's field messages in English. */
const lifecycle = (...args: Parameters<typeof lifecycleErrors>) => renderFieldMessages(lifecycleErrors(...args), "en");

describe("who may do what", () => {
  const cases: [string, Request, Record<"admin" | "coordinator" | "szMember" | "hkMember" | "viewer", boolean>][] = [
    [
      "read",
      { action: "recommendation.read" },
      { admin: true, coordinator: true, szMember: true, hkMember: true, viewer: true },
    ],
    [
      // Aggregates of what every signed-in person reads on the list.
      "read the dashboard",
      { action: "dashboard.read" },
      { admin: true, coordinator: true, szMember: true, hkMember: true, viewer: true },
    ],
    [
      "choose their own interface language",
      { action: "preferences.update" },
      { admin: true, coordinator: true, szMember: true, hkMember: true, viewer: true },
    ],
    [
      "mark their own notifications read",
      { action: "notification.mark_read" },
      { admin: true, coordinator: true, szMember: true, hkMember: true, viewer: true },
    ],
    [
      "create",
      { action: "recommendation.create" },
      { admin: true, coordinator: true, szMember: false, hkMember: false, viewer: false },
    ],
    [
      "edit the title",
      { action: "recommendation.update", recommendation: szOwned, fields: ["titleEn"] },
      { admin: true, coordinator: true, szMember: false, hkMember: false, viewer: false },
    ],
    [
      // Owners, their roles and named contacts (setOwners, the table's lead edit, bulk add):
      // coordinators decide, even for the agency's own contact.
      "change the owners and their contacts",
      { action: "recommendation.update", recommendation: szOwned, fields: ["owners"] },
      { admin: true, coordinator: true, szMember: false, hkMember: false, viewer: false },
    ],
    [
      "update health of an owned item",
      { action: "recommendation.update", recommendation: szOwned, fields: ["health"] },
      { admin: true, coordinator: true, szMember: true, hkMember: false, viewer: false },
    ],
    [
      "mark an owned item implemented",
      {
        action: "recommendation.update",
        recommendation: szOwned,
        fields: ["status"],
        statusChange: { from: "in_progress", to: "implemented" },
      },
      { admin: true, coordinator: true, szMember: true, hkMember: false, viewer: false },
    ],
    [
      "verify",
      {
        action: "recommendation.update",
        recommendation: szOwned,
        fields: ["status"],
        statusChange: { from: "implemented", to: "verified" },
      },
      { admin: true, coordinator: true, szMember: false, hkMember: false, viewer: false },
    ],
    [
      "close",
      {
        action: "recommendation.update",
        recommendation: szOwned,
        fields: ["status", "closureReason"],
        statusChange: { from: "implemented", to: "closed" },
      },
      { admin: true, coordinator: true, szMember: false, hkMember: false, viewer: false },
    ],
    [
      "undo a verification (verified back to implemented)",
      {
        action: "recommendation.update",
        recommendation: szOwned,
        fields: ["status"],
        statusChange: { from: "verified", to: "implemented" },
      },
      { admin: true, coordinator: true, szMember: false, hkMember: false, viewer: false },
    ],
    [
      "reopen a closed item",
      {
        action: "recommendation.update",
        recommendation: szOwned,
        fields: ["status"],
        statusChange: { from: "closed", to: "in_progress" },
      },
      { admin: true, coordinator: true, szMember: false, hkMember: false, viewer: false },
    ],
    [
      "move work back from in progress to accepted",
      {
        action: "recommendation.update",
        recommendation: szOwned,
        fields: ["status"],
        statusChange: { from: "in_progress", to: "accepted" },
      },
      { admin: true, coordinator: true, szMember: true, hkMember: false, viewer: false },
    ],
    [
      "share a saved view with everyone",
      { action: "view.share" },
      { admin: true, coordinator: true, szMember: true, hkMember: true, viewer: false },
    ],
    [
      "deactivate someone else",
      { action: "user.deactivate", userId: "someone" },
      { admin: true, coordinator: false, szMember: false, hkMember: false, viewer: false },
    ],
    [
      "add an action for the owning agency",
      { action: "action.create", recommendation: szOwned, agencyId: SZ },
      { admin: true, coordinator: true, szMember: true, hkMember: false, viewer: false },
    ],
    [
      "add an action for an agency that does not own the recommendation",
      { action: "action.create", recommendation: szOwned, agencyId: HK },
      { admin: true, coordinator: true, szMember: false, hkMember: false, viewer: false },
    ],
    [
      "edit the work of a Shenzhen action (title, completion, place in the list)",
      {
        action: "action.update",
        target: { agencyId: SZ, recommendation: szOwned },
        fields: ["title", "completionNote", "cancellationReason", "position"],
      },
      { admin: true, coordinator: true, szMember: true, hkMember: false, viewer: false },
    ],
    [
      "give a Shenzhen action to another person",
      { action: "action.update", target: { agencyId: SZ, recommendation: szOwned }, fields: ["assigneeId"] },
      { admin: true, coordinator: true, szMember: false, hkMember: false, viewer: false },
    ],
    [
      "update progress of a Shenzhen action",
      { action: "action.update", target: { agencyId: SZ, recommendation: szOwned }, fields: ["progress", "status"] },
      { admin: true, coordinator: true, szMember: true, hkMember: false, viewer: false },
    ],
    [
      "reassign a Shenzhen action",
      { action: "action.update", target: { agencyId: SZ, recommendation: szOwned }, fields: ["agency"] },
      { admin: true, coordinator: true, szMember: false, hkMember: false, viewer: false },
    ],
    [
      "edit notes of an owned item",
      { action: "note.edit", recommendation: szOwned },
      { admin: true, coordinator: true, szMember: true, hkMember: false, viewer: false },
    ],
    [
      "freeze a note version",
      { action: "note.freeze", recommendation: szOwned },
      { admin: true, coordinator: true, szMember: false, hkMember: false, viewer: false },
    ],
    [
      "record an indicator reading",
      { action: "indicator.record", recommendation: szOwned },
      { admin: true, coordinator: true, szMember: true, hkMember: false, viewer: false },
    ],
    [
      "define, change or remove an indicator",
      { action: "indicator.manage", recommendation: szOwned },
      { admin: true, coordinator: true, szMember: false, hkMember: false, viewer: false },
    ],
    [
      "remove a reading one recorded",
      { action: "indicator.reading_delete", recommendation: szOwned, recordedById: "s" },
      { admin: true, coordinator: true, szMember: true, hkMember: false, viewer: false },
    ],
    [
      "remove a reading someone else recorded",
      { action: "indicator.reading_delete", recommendation: szOwned, recordedById: "someone" },
      { admin: true, coordinator: true, szMember: false, hkMember: false, viewer: false },
    ],
    [
      "manage users",
      { action: "user.manage" },
      { admin: true, coordinator: false, szMember: false, hkMember: false, viewer: false },
    ],
    [
      "manage agencies",
      { action: "agency.manage" },
      { admin: true, coordinator: false, szMember: false, hkMember: false, viewer: false },
    ],
    [
      "read the activity feed (its entries are filtered per reader)",
      { action: "activity.read" },
      { admin: true, coordinator: true, szMember: true, hkMember: true, viewer: true },
    ],
    [
      "see security events",
      { action: "activity.security" },
      { admin: true, coordinator: false, szMember: false, hkMember: false, viewer: false },
    ],
    [
      "create a write token",
      { action: "token.create", scope: "write" },
      { admin: true, coordinator: true, szMember: true, hkMember: true, viewer: false },
    ],
    [
      "create a read token",
      { action: "token.create", scope: "read" },
      { admin: true, coordinator: true, szMember: true, hkMember: true, viewer: true },
    ],
    [
      "revoke someone else's token",
      { action: "token.revoke", ownerId: "someone" },
      { admin: true, coordinator: false, szMember: false, hkMember: false, viewer: false },
    ],
    [
      "read Shenzhen's My work",
      { action: "mywork.read", agencyId: SZ },
      { admin: true, coordinator: true, szMember: true, hkMember: false, viewer: false },
    ],
    [
      "read My work without an agency (Needs attention)",
      { action: "mywork.read", agencyId: null },
      { admin: true, coordinator: true, szMember: false, hkMember: false, viewer: false },
    ],
    [
      "open, review and close a reporting round",
      { action: "round.manage" },
      { admin: true, coordinator: true, szMember: false, hkMember: false, viewer: false },
    ],
    [
      // The agency writes its own account; the coordinator who judges it does not.
      "answer Shenzhen's request in a round",
      { action: "round.answer", recommendation: szOwned, agencyId: SZ },
      { admin: false, coordinator: false, szMember: true, hkMember: false, viewer: false },
    ],
    [
      "answer Shenzhen's request on a recommendation both agencies own",
      { action: "round.answer", recommendation: { ownerAgencyIds: [SZ, HK] }, agencyId: SZ },
      { admin: false, coordinator: false, szMember: true, hkMember: false, viewer: false },
    ],
    [
      "answer a request on an archived recommendation",
      { action: "round.answer", recommendation: { ownerAgencyIds: [SZ], archived: true }, agencyId: SZ },
      { admin: false, coordinator: false, szMember: false, hkMember: false, viewer: false },
    ],
    [
      "read Shenzhen's draft answer",
      { action: "round.read_answer", agencyId: SZ, state: "draft" },
      { admin: false, coordinator: false, szMember: true, hkMember: false, viewer: false },
    ],
    [
      "read Shenzhen's submitted answer",
      { action: "round.read_answer", agencyId: SZ, state: "submitted" },
      { admin: true, coordinator: true, szMember: true, hkMember: true, viewer: true },
    ],
  ];
  const actors = { admin, coordinator, szMember, hkMember, viewer };

  it.each(cases)("%s", (_name, req, expected) => {
    const actual = Object.fromEntries(Object.entries(actors).map(([k, a]) => [k, allowed(a, req)]));
    expect(actual).toEqual(expected);
  });

  it("explains every refusal", () => {
    const d = decide(viewer, { action: "recommendation.update", recommendation: szOwned, fields: ["health"] });
    expect(d).toEqual({ allowed: false, reason: expect.stringMatching(/Viewers can read/) });
    const m = decide(szMember, { action: "recommendation.update", recommendation: szOwned, fields: ["priority"] });
    expect(m.allowed || m.reason).toMatch(/ask a coordinator to change the priority/);
  });

  it("says why My work of another agency, or for a viewer, is refused", () => {
    expect(decide(hkMember, { action: "mywork.read", agencyId: SZ })).toEqual({
      allowed: false,
      reason: expect.stringMatching(/their own agency's work/),
    });
    expect(decide(viewer, { action: "mywork.read", agencyId: SZ })).toEqual({
      allowed: false,
      reason: expect.stringMatching(/viewers follow progress/),
    });
    const noAgency = actorOf({ id: "n", role: "member", agencyId: null });
    expect(decide(noAgency, { action: "mywork.read", agencyId: null })).toEqual({
      allowed: false,
      reason: expect.stringMatching(/belongs to no agency/),
    });
    // Reading is not a write: a read-only token reads its user's queue.
    expect(allowed({ ...hkMember, tokenScope: "read" }, { action: "mywork.read", agencyId: HK })).toBe(true);
  });

  it("lets a read-only token write nothing, whatever the role", () => {
    const readToken = { ...admin, tokenScope: "read" as const };
    expect(allowed(readToken, { action: "recommendation.read" })).toBe(true);
    expect(allowed(readToken, { action: "activity.read" })).toBe(true);
    expect(allowed(readToken, { action: "dashboard.read" })).toBe(true);
    expect(decide(readToken, { action: "recommendation.create" })).toEqual({
      allowed: false,
      reason: expect.stringMatching(/read-only/),
    });
    expect(allowed({ ...admin, tokenScope: "write" }, { action: "recommendation.create" })).toBe(true);
    // One's own preferences are a write too: a read-only token cannot change the account's language.
    expect(allowed({ ...hkMember, tokenScope: "read" }, { action: "preferences.update" })).toBe(false);
    expect(allowed({ ...hkMember, tokenScope: "read" }, { action: "notification.mark_read" })).toBe(false);
  });

  it("opens live notes only to signed-in people, never to an API token", () => {
    const facts = { ownerAgencyIds: [] };
    expect(allowed(admin, { action: "note.read", recommendation: facts })).toBe(true);
    expect(decide({ ...admin, tokenScope: "write" }, { action: "note.read", recommendation: facts })).toEqual({
      allowed: false,
      reason: expect.stringMatching(/API tokens cannot open them/),
    });
  });

  it("refuses every change under an archived item until it is restored, and says so", () => {
    const archived = { ownerAgencyIds: [SZ], archived: true };
    const writes: Request[] = [
      { action: "recommendation.update", recommendation: archived, fields: ["health"] },
      { action: "recommendation.update", recommendation: archived, fields: ["owners"] },
      { action: "action.create", recommendation: archived, agencyId: SZ },
      { action: "action.update", target: { agencyId: SZ, recommendation: archived }, fields: ["progress"] },
      { action: "indicator.record", recommendation: archived },
      { action: "indicator.manage", recommendation: archived },
      { action: "indicator.reading_delete", recommendation: archived, recordedById: null },
      { action: "note.edit", recommendation: archived },
      { action: "note.freeze", recommendation: archived },
    ];
    for (const req of writes) {
      expect(decide(coordinator, req), req.action).toEqual({
        allowed: false,
        reason: expect.stringMatching(/archived\. Restore it/),
      });
    }
    // Restoring is the way back, and reading stays open; someone who could not change it anyway is told that.
    expect(allowed(coordinator, { action: "recommendation.archive", recommendation: archived })).toBe(true);
    expect(allowed(viewer, { action: "note.read", recommendation: archived })).toBe(true);
    expect(decide(viewer, { action: "note.edit", recommendation: archived })).toEqual({
      allowed: false,
      reason: expect.stringMatching(/Only coordinators and members/),
    });
  });

  it("lets no token create a token, and no administrator deactivate themselves", () => {
    const writeToken = actorOf({ user: { id: "a", role: "admin", agencyId: null }, scope: "write", name: "ci" });
    expect(writeToken).toMatchObject({ tokenScope: "write", tokenName: "ci" });
    expect(decide(writeToken, { action: "token.create", scope: "read" })).toEqual({
      allowed: false,
      reason: expect.stringMatching(/while signed in/),
    });
    expect(decide(admin, { action: "user.deactivate", userId: admin.id })).toEqual({
      allowed: false,
      reason: expect.stringMatching(/your own account/),
    });
  });

  it("gives the list and the detail page the same edit rights", () => {
    const facts: RecommendationFacts = { ownerAgencyIds: [SZ] };
    expect(recommendationEditRights(szMember, facts, "in_progress", english)).toEqual({
      statuses: ["accepted", "implemented"],
      health: true,
      priority: false,
      lead: false,
      assess: false,
      targetDate: false,
      refusal: null,
      refusals: {
        status: null,
        health: null,
        priority: expect.stringMatching(/ask a coordinator to change the priority/),
        targetDate: expect.stringMatching(/ask a coordinator to change the target date/),
        assess: expect.stringMatching(
          /ask a coordinator to change the acceptance decision, its reason and the closure reason\./,
        ),
      },
    });
    // A proposed item is not the member's to move: the status is read-only and says why.
    expect(recommendationEditRights(szMember, facts, "proposed", english)).toMatchObject({
      statuses: [],
      health: true,
      refusals: { status: expect.stringMatching(/accepting, verifying, closing and reopening are for coordinators/) },
    });
    // A verification stands: a member of the owning agency sees no status to move it to.
    expect(recommendationEditRights(szMember, facts, "verified", english).statuses).toEqual([]);
    expect(recommendationEditRights(coordinator, facts, "verified", english)).toMatchObject({
      statuses: ["proposed", "accepted", "in_progress", "implemented", "closed"],
      assess: true,
      targetDate: true,
      refusals: { status: null, health: null, priority: null, targetDate: null, assess: null },
    });
    expect(recommendationEditRights(viewer, facts, "proposed", english)).toMatchObject({
      statuses: [],
      health: false,
      refusal: expect.stringMatching(/Viewers can read/),
    });
  });
});

describe("lifecycle rules", () => {
  const state = (s: Partial<LifecycleState>): LifecycleState => ({
    status: "proposed",
    acceptance: "pending",
    acceptanceReason: null,
    closureReason: null,
    ...s,
  });

  it("needs acceptance with a reason before work starts", () => {
    expect(lifecycle(coordinator, szOwned, state({}), state({ status: "in_progress" })).status?.[0]).toMatch(
      /Accept the recommendation/,
    );
    expect(lifecycle(coordinator, szOwned, state({}), state({ acceptance: "accepted" })).acceptanceReason?.[0]).toMatch(
      /reason/,
    );
    expect(
      lifecycle(
        coordinator,
        szOwned,
        state({}),
        state({ acceptance: "partially_accepted", acceptanceReason: "Budget for phase 1", status: "accepted" }),
      ),
    ).toEqual({});
  });

  it("verifies only implemented work, and only from outside the owning agencies", () => {
    const implemented = state({ status: "implemented", acceptance: "accepted" });
    const verified = { ...implemented, status: "verified" as const };
    expect(lifecycle(coordinator, szOwned, implemented, verified)).toEqual({});
    const szCoordinator: Actor = { ...coordinator, agencyId: SZ };
    expect(lifecycle(szCoordinator, szOwned, implemented, verified).status?.[0]).toMatch(/outside the owning agencies/);
    const inProgress = state({ status: "in_progress", acceptance: "accepted" });
    expect(lifecycle(coordinator, szOwned, inProgress, verified).status?.[0]).toMatch(/Only an implemented/);
  });

  it("needs a closure reason", () => {
    expect(lifecycle(coordinator, szOwned, state({}), state({ status: "closed" })).closureReason).toBeDefined();
    expect(
      lifecycle(coordinator, szOwned, state({}), state({ status: "closed", closureReason: "superseded" })),
    ).toEqual({});
  });
});

describe("enforced by the mutations", () => {
  let h: DatabaseHandle;
  const SECRET = "unit-test-secret-unit-test-secret-0123";
  beforeAll(async () => {
    h = await createTestDb();
  });
  afterAll(() => h.close());

  async function user(email: string) {
    const [u] = await h.db.select().from(users).where(eq(users.email, email));
    return { ...actorOf(u!), name: u!.name };
  }
  /** The first recommendation in this status that the Shenzhen demo member's agency owns. */
  async function szOwnedCode(status: "implemented" | "in_progress") {
    const sz = await user("sz.member@demo.local");
    const rows = await h.db
      .select({ code: recommendations.code })
      .from(recommendations)
      .innerJoin(recommendationOwners, eq(recommendationOwners.recommendationId, recommendations.id))
      .where(and(eq(recommendationOwners.agencyId, sz.agencyId!), eq(recommendations.status, status)))
      .orderBy(recommendations.code);
    const code = rows[0]?.code;
    expect(code, `the seed has a recommendation ${status} owned by SZSTI`).toBeDefined();
    return code!;
  }
  const refusal = (p: Promise<unknown>) =>
    p.then(
      () => null,
      (e: { code?: string; message?: string }) => ({ code: e.code, message: e.message }),
    );

  it("refuses a member who moves a verified recommendation back to implemented", async () => {
    const sz = await user("sz.member@demo.local");
    const coord = await user("coordinator@demo.local");
    const code = await szOwnedCode("implemented");
    const rec = (await getRecommendationByCode(h.db, code))!;
    const verified = await updateRecommendation(h.db, coord, code, { version: rec.version, status: "verified" });
    expect(verified.status).toBe("verified");
    expect(
      await refusal(updateRecommendation(h.db, sz, code, { version: verified.version, status: "implemented" })),
    ).toEqual({ code: "forbidden", message: expect.stringMatching(/among accepted, in progress and implemented/) });
    const after = (await getRecommendationByCode(h.db, code))!;
    expect(after).toMatchObject({ status: "verified", version: verified.version });
    // Health is still theirs to report on a verified item.
    await updateRecommendation(h.db, sz, code, { version: after.version, health: "at_risk" });
  });

  it("refuses readings, actions, owner changes and note edits on an archived recommendation", async () => {
    const sz = await user("sz.member@demo.local");
    const coord = await user("coordinator@demo.local");
    const code = await szOwnedCode("in_progress");
    const rec = (await getRecommendationByCode(h.db, code))!;
    const indicator = await createIndicator(h.db, coord, code, { name: "Joint labs", unit: "labs" });
    const action = rec.actions.find((a) => a.agency.id === sz.agencyId) ?? rec.actions[0]!;
    const current = await getRecommendationByCode(h.db, code);
    const archived = await setRecommendationArchived(h.db, coord, code, { version: current!.version, archived: true });
    const restoreFirst = { code: "forbidden", message: expect.stringMatching(/archived\. Restore it/) };

    expect(
      await refusal(recordIndicatorReading(h.db, sz, indicator.id, { value: 3, observedOn: "2026-11-30" })),
    ).toEqual(restoreFirst);
    expect(await refusal(createIndicator(h.db, coord, code, { name: "More labs", unit: "labs" }))).toEqual(
      restoreFirst,
    );
    expect(
      await refusal(
        createAction(h.db, coord, code, { title: "Late work", agency: "sz-stic", status: "todo", progress: 0 }),
      ),
    ).toEqual(restoreFirst);
    expect(await refusal(updateAction(h.db, coord, action.id, { version: action.version, progress: 90 }))).toEqual(
      restoreFirst,
    );
    expect(
      await refusal(
        setLeadAgency(h.db, coord, code, { version: archived.version, side: "hong_kong", agency: "hk-itib" }),
      ),
    ).toEqual(restoreFirst);
    expect(
      await refusal(
        h.db.transaction((tx) => changeOwners(tx, coord, code, archived.version, { kind: "add", agency: "hk-itib" })),
      ),
    ).toEqual(restoreFirst);
    // The note still opens, read-only, for both; the collaboration server refuses writes on the same rule.
    expect((await issueNoteToken(h.db, sz, code, SECRET)).canEdit).toBe(false);
    expect((await issueNoteToken(h.db, coord, code, SECRET)).canEdit).toBe(false);
    expect((await getRecommendationByCode(h.db, code))!.version).toBe(archived.version);
    const access = await loadNoteAccess(h.db, { userId: sz.id, recommendationId: rec.id, tokenIssuedAt: Date.now() });
    expect(access).toMatchObject({ allowed: true, canEdit: false });

    const restored = await setRecommendationArchived(h.db, coord, code, { version: archived.version, archived: false });
    expect(restored.archivedAt).toBeNull();
    expect((await issueNoteToken(h.db, sz, code, SECRET)).canEdit).toBe(true);
    await recordIndicatorReading(h.db, sz, indicator.id, { value: 3, observedOn: "2026-11-30" });
  });

  it("lets a viewer save a view for themselves but not share it with everyone", async () => {
    const viewerUser = await user("viewer@demo.local");
    expect(
      await refusal(saveView(h.db, viewerUser, { name: "For all", query: "status=proposed", shared: true })),
    ).toEqual({ code: "forbidden", message: expect.stringMatching(/sharing a view with everyone/) });
    const mine = await saveView(h.db, viewerUser, { name: "For me", query: "status=proposed", shared: false });
    expect(
      await refusal(
        saveView(h.db, viewerUser, { id: mine.id, name: "For me", query: "status=proposed", shared: true }),
      ),
    ).toMatchObject({ code: "forbidden" });
    const member = await user("sz.member@demo.local");
    await saveView(h.db, member, { name: "SZ overdue", query: "sort=-overdue", shared: true });
  });

  it("refuses an administrator who deactivates their own account", async () => {
    const adminUser = await user("admin@demo.local");
    expect(await refusal(setUserActive(h.db, adminUser, { id: adminUser.id, active: false }))).toEqual({
      code: "forbidden",
      message: expect.stringMatching(/your own account/),
    });
  });
});

describe("evidence", () => {
  const onAction = (agencyId: string, archived = false): EvidenceOwnerFacts => ({
    kind: "action",
    action: { agencyId, recommendation: { ownerAgencyIds: [SZ], archived } },
  });
  const onAnswer = (
    state: "not_started" | "draft" | "submitted" | "accepted" | "returned",
    extra: { submittedAt?: Date; roundStatus?: "open" | "closed" } = {},
  ): EvidenceOwnerFacts => ({
    kind: "answer",
    recommendation: szOwned,
    agencyId: SZ,
    state,
    submittedAt: extra.submittedAt ?? null,
    roundStatus: extra.roundStatus ?? "open",
  });
  const read = (actor: Actor, on: EvidenceOwnerFacts, addedAt?: Date) =>
    allowed(actor, { action: "evidence.read", on, addedAt });
  const write = (actor: Actor, on: EvidenceOwnerFacts) => decide(actor, { action: "evidence.write", on });

  it("on an action: everyone reads; coordinators and the action's agency write, not on archived recommendations", () => {
    for (const a of [admin, coordinator, szMember, hkMember, viewer]) expect(read(a, onAction(SZ))).toBe(true);
    expect(write(coordinator, onAction(SZ)).allowed).toBe(true);
    expect(write(szMember, onAction(SZ)).allowed).toBe(true);
    expect(write(hkMember, onAction(SZ))).toEqual({
      allowed: false,
      reason: "Only members of the action's agency and coordinators can add or remove its evidence.",
    });
    expect(write(viewer, onAction(SZ)).allowed).toBe(false);
    expect(write(szMember, onAction(SZ, true)).allowed).toBe(false);
    expect(write({ ...szMember, tokenScope: "read" }, onAction(SZ)).allowed).toBe(false);
  });

  it("on a draft answer: only the answering agency reads and writes", () => {
    for (const state of ["not_started", "draft"] as const) {
      expect(read(szMember, onAnswer(state))).toBe(true);
      for (const a of [admin, coordinator, hkMember, viewer]) expect(read(a, onAnswer(state))).toBe(false);
      expect(write(szMember, onAnswer(state)).allowed).toBe(true);
      for (const a of [admin, coordinator, hkMember, viewer]) expect(write(a, onAnswer(state)).allowed).toBe(false);
    }
  });

  it("on a submitted answer: everyone reads, nobody writes until it is returned", () => {
    for (const state of ["submitted", "accepted"] as const) {
      for (const a of [admin, coordinator, szMember, hkMember, viewer]) expect(read(a, onAnswer(state))).toBe(true);
      expect(write(szMember, onAnswer(state)).allowed).toBe(false);
    }
    const submittedAt = new Date("2026-11-01T10:00:00Z");
    const returned = onAnswer("returned", { submittedAt });
    expect(read(coordinator, returned, new Date("2026-11-01T09:00:00Z"))).toBe(true);
    expect(read(coordinator, returned, new Date("2026-11-02T09:00:00Z"))).toBe(false);
    expect(read(szMember, returned, new Date("2026-11-02T09:00:00Z"))).toBe(true);
    expect(write(szMember, returned).allowed).toBe(true);
    expect(write(szMember, onAnswer("draft", { roundStatus: "closed" }))).toEqual({
      allowed: false,
      reason: "This round is closed: its answers and their evidence can no longer change.",
    });
  });
});

describe("committee reports", () => {
  it("lets anyone signed in ask for a report, but not through a read-only token", () => {
    for (const a of [admin, coordinator, szMember, hkMember, viewer])
      expect(allowed(a, { action: "report.create" })).toBe(true);
    expect(decide({ ...coordinator, tokenScope: "read" }, { action: "report.create" })).toEqual({
      allowed: false,
      reason: expect.stringMatching(/read-only/),
    });
  });

  it("shows a report to its requester and to coordinators and administrators, to no one else", () => {
    const ofSz = { action: "report.read" as const, requestedById: szMember.id };
    expect(allowed(szMember, ofSz)).toBe(true);
    expect(allowed(coordinator, ofSz)).toBe(true);
    expect(allowed(admin, ofSz)).toBe(true);
    expect(decide(hkMember, ofSz)).toEqual({
      allowed: false,
      reason: "This report is not yours: only the person who asked for it, coordinators and administrators see it.",
    });
    expect(allowed(viewer, ofSz)).toBe(false);
    // A report whose requester's account is gone is the coordinators' only.
    expect(allowed(szMember, { action: "report.read", requestedById: null })).toBe(false);
    expect(allowed(coordinator, { action: "report.read", requestedById: null })).toBe(true);
    // Reading is not a write: a read-only token may follow and download its owner's reports.
    expect(allowed({ ...szMember, tokenScope: "read" }, ofSz)).toBe(true);
  });

  it("lets only its owner regenerate, change or delete a saved definition", () => {
    const ofHk = { action: "report.definition_manage" as const, ownerId: hkMember.id };
    expect(allowed(hkMember, ofHk)).toBe(true);
    for (const a of [admin, coordinator, szMember, viewer]) expect(allowed(a, ofHk)).toBe(false);
    expect(decide(coordinator, ofHk)).toEqual({
      allowed: false,
      reason: "Only the person who saved this report definition changes, regenerates or deletes it.",
    });
    expect(allowed({ ...hkMember, tokenScope: "read" }, ofHk)).toBe(false);
  });
});
