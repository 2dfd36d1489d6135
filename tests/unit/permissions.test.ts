import { describe, expect, it } from "vitest";
import { authorize, type Actor, type Request } from "@/lib/permissions";
import { lifecycleErrors, type LifecycleState } from "@/lib/lifecycle";

const SZ = "agency-sz";
const HK = "agency-hk";
const admin: Actor = { id: "a", role: "admin", agencyId: null };
const coordinator: Actor = { id: "c", role: "coordinator", agencyId: null };
const szMember: Actor = { id: "s", role: "member", agencyId: SZ };
const hkMember: Actor = { id: "h", role: "member", agencyId: HK };
const viewer: Actor = { id: "v", role: "viewer", agencyId: null };
const szOwned = { ownerAgencyIds: [SZ] };

const allowed = (actor: Actor, req: Request) => authorize(actor, req).allowed;

describe("who may do what", () => {
  const cases: [string, Request, Record<"admin" | "coordinator" | "szMember" | "hkMember" | "viewer", boolean>][] = [
    [
      "read",
      { action: "recommendation.read" },
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
      "update health of an owned item",
      { action: "recommendation.update", recommendation: szOwned, fields: ["health"] },
      { admin: true, coordinator: true, szMember: true, hkMember: false, viewer: false },
    ],
    [
      "mark an owned item implemented",
      { action: "recommendation.update", recommendation: szOwned, fields: ["status"], toStatus: "implemented" },
      { admin: true, coordinator: true, szMember: true, hkMember: false, viewer: false },
    ],
    [
      "verify",
      { action: "recommendation.update", recommendation: szOwned, fields: ["status"], toStatus: "verified" },
      { admin: true, coordinator: true, szMember: false, hkMember: false, viewer: false },
    ],
    [
      "close",
      {
        action: "recommendation.update",
        recommendation: szOwned,
        fields: ["status", "closureReason"],
        toStatus: "closed",
      },
      { admin: true, coordinator: true, szMember: false, hkMember: false, viewer: false },
    ],
    [
      "add an action",
      { action: "action.create", recommendation: szOwned },
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
  ];
  const actors = { admin, coordinator, szMember, hkMember, viewer };

  it.each(cases)("%s", (_name, req, expected) => {
    const actual = Object.fromEntries(Object.entries(actors).map(([k, a]) => [k, allowed(a, req)]));
    expect(actual).toEqual(expected);
  });

  it("explains every refusal", () => {
    const d = authorize(viewer, { action: "recommendation.update", recommendation: szOwned, fields: ["health"] });
    expect(d).toEqual({ allowed: false, reason: expect.stringMatching(/Viewers can read/) });
    const m = authorize(szMember, { action: "recommendation.update", recommendation: szOwned, fields: ["priority"] });
    expect(m.allowed || m.reason).toMatch(/priority is for coordinators/);
  });

  it("lets a read-only token write nothing, whatever the role", () => {
    const readToken = { ...admin, tokenScope: "read" as const };
    expect(allowed(readToken, { action: "recommendation.read" })).toBe(true);
    expect(authorize(readToken, { action: "recommendation.create" })).toEqual({
      allowed: false,
      reason: expect.stringMatching(/read-only/),
    });
    expect(allowed({ ...admin, tokenScope: "write" }, { action: "recommendation.create" })).toBe(true);
  });

  it("refuses changes to archived items until they are restored", () => {
    const archived = { ownerAgencyIds: [SZ], archived: true };
    expect(
      allowed(coordinator, { action: "recommendation.update", recommendation: archived, fields: ["health"] }),
    ).toBe(false);
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
    expect(lifecycleErrors(coordinator, szOwned, state({}), state({ status: "in_progress" })).status?.[0]).toMatch(
      /Accept the recommendation/,
    );
    expect(
      lifecycleErrors(coordinator, szOwned, state({}), state({ acceptance: "accepted" })).acceptanceReason?.[0],
    ).toMatch(/reason/);
    expect(
      lifecycleErrors(
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
    expect(lifecycleErrors(coordinator, szOwned, implemented, verified)).toEqual({});
    const szCoordinator: Actor = { ...coordinator, agencyId: SZ };
    expect(lifecycleErrors(szCoordinator, szOwned, implemented, verified).status?.[0]).toMatch(
      /outside the owning agencies/,
    );
    const inProgress = state({ status: "in_progress", acceptance: "accepted" });
    expect(lifecycleErrors(coordinator, szOwned, inProgress, verified).status?.[0]).toMatch(/Only an implemented/);
  });

  it("needs a closure reason", () => {
    expect(lifecycleErrors(coordinator, szOwned, state({}), state({ status: "closed" })).closureReason).toBeDefined();
    expect(
      lifecycleErrors(coordinator, szOwned, state({}), state({ status: "closed", closureReason: "superseded" })),
    ).toEqual({});
  });
});
