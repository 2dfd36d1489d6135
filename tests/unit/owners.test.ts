/** Editing a recommendation's owners, their roles and named contacts (setOwners), on PGlite. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { createFormatter, createTranslator } from "next-intl";
import type { DatabaseHandle } from "@/db";
import { users } from "@/db/schema";
import { getRecommendationByCode, type RecommendationView } from "@/db/queries/recommendations";
import { listRecommendationHistory } from "@/db/queries/history";
import { listContactCandidates } from "@/db/queries/owners";
import { setOwners } from "@/db/mutations/owners";
import { setRecommendationArchived } from "@/db/mutations/recommendations";
import { createAction, updateAction } from "@/db/mutations/actions";
import { seedRecommendations } from "@/db/seed/data/recommendations";
import { describeHistoryEntry, type Translate } from "@/components/recommendations/history-labels";
import { ownersPutInput, ownersSaveInput, type OwnersPutInput } from "@/lib/validation/owners";
import { parseInput } from "@/lib/validation/parse-input";
import { AppError } from "@/lib/errors";
import messages from "@/messages/en.json";
import { actorFor, rejection } from "../helpers/actors";
import { rollBackEachTest } from "../helpers/rolled-back";
import { createTestDb } from "../helpers/test-db";

let shared: DatabaseHandle;
beforeAll(async () => {
  shared = await createTestDb();
});
afterAll(() => shared.close());

const t = createTranslator({ locale: "en", messages }) as unknown as Translate;
const format = createFormatter({ locale: "en", timeZone: "UTC" });

// Owned by both demo members' agencies (each the lead of its side).
const both = seedRecommendations.find(
  (r) =>
    r.owners.some((o) => o.agencyKey === "sz-stic" && o.role === "lead") &&
    r.owners.some((o) => o.agencyKey === "hk-itib" && o.role === "lead") &&
    r.owners.length === 2,
)!.code;

/** The owners as the API reads them, as the PUT body that keeps them as they are. */
const asInput = (rec: RecommendationView): OwnersPutInput["owners"] =>
  rec.owners.map((o) => ({ agency: o.agency.key, role: o.role }));
const parse = (raw: unknown) => parseInput(ownersPutInput, raw);

describe("owners", () => {
  const h = rollBackEachTest(() => shared);
  const who = async () => ({
    coord: await actorFor(h.db, "coordinator@demo.local"),
    admin: await actorFor(h.db, "admin@demo.local"),
    hk: await actorFor(h.db, "hk.member@demo.local"),
    sz: await actorFor(h.db, "sz.member@demo.local"),
    viewer: await actorFor(h.db, "viewer@demo.local"),
  });
  const load = async (code = both) => (await getRecommendationByCode(h.db, code))!;

  it("adds a supporting Hong Kong agency with a contact by name and e-mail, in one new version", async () => {
    const { coord } = await who();
    const before = await load();
    const after = await setOwners(
      h.db,
      coord,
      both,
      parse({
        version: before.version,
        owners: [
          ...asInput(before),
          { agency: "hk-hkstp", role: "supporting", contact: { name: "Ada Wong", email: "ada.wong@hkstp.example" } },
        ],
      }),
    );
    expect(after.version).toBe(before.version + 1);
    const added = after.owners.find((o) => o.agency.key === "hk-hkstp");
    expect(added).toMatchObject({
      role: "supporting",
      agency: { side: "hong_kong" },
      contact: { kind: "person", name: "Ada Wong", email: "ada.wong@hkstp.example" },
    });
    // The owners already there keep their contacts (the demo members), as user contacts.
    expect(after.owners.find((o) => o.agency.key === "sz-stic")?.contact).toMatchObject({
      kind: "user",
      name: expect.any(String),
      active: true,
    });
    const history = await listRecommendationHistory(h.db, after.id);
    const labels = history.slice(0, 2).map((e) => describeHistoryEntry(e, t, format));
    expect(labels).toEqual(
      expect.arrayContaining([
        "Owning agency added: HKSTP (Supporting)",
        "Contact for HKSTP: none → Ada Wong (ada.wong@hkstp.example)",
      ]),
    );
  });

  it("removes an owner, changes a role and sets a user contact, with an entry for each", async () => {
    const { coord, sz } = await who();
    const start = await load();
    const withExtra = await setOwners(h.db, coord, both, {
      version: start.version,
      owners: [...asInput(start), { agency: "sz-drc", role: "supporting" }],
    });
    const removedAndSwapped = await setOwners(
      h.db,
      coord,
      both,
      parse({
        version: withExtra.version,
        owners: [
          { agency: "sz-stic", role: "supporting", contact: { userId: sz.id } },
          { agency: "hk-itib", role: "lead" },
        ],
      }),
    );
    expect(removedAndSwapped.owners.map((o) => [o.agency.key, o.role])).toEqual([
      ["hk-itib", "lead"],
      ["sz-stic", "supporting"],
    ]);
    expect(removedAndSwapped.owners.find((o) => o.agency.key === "sz-stic")?.contact).toMatchObject({
      kind: "user",
      userId: sz.id,
    });
    const history = await listRecommendationHistory(h.db, start.id);
    const labels = history
      .filter((e) => e.entityType === "recommendation" && e.kind.startsWith("owner"))
      .map((e) => describeHistoryEntry(e, t, format));
    expect(labels).toEqual(
      expect.arrayContaining([
        "Owning agency added: SZDRC (Supporting)",
        "Owning agency removed: SZDRC",
        "Role of SZSTI: Lead → Supporting",
      ]),
    );
    // The seeded contact of SZSTI is already the Shenzhen member: choosing them again is no change.
    expect(labels.some((l) => l.startsWith("Contact for SZSTI"))).toBe(false);
  });

  it("keeps a contact when it is left out, clears it with null, and changes nothing when nothing differs", async () => {
    const { coord } = await who();
    const start = await load();
    const same = await setOwners(h.db, coord, both, { version: start.version, owners: asInput(start) });
    expect(same.version).toBe(start.version);
    expect(same.owners).toEqual(start.owners);
    const cleared = await setOwners(h.db, coord, both, {
      version: start.version,
      owners: start.owners.map((o) => ({
        agency: o.agency.key,
        role: o.role,
        contact: o.agency.key === "hk-itib" ? null : undefined,
      })),
    });
    expect(cleared.owners.find((o) => o.agency.key === "hk-itib")?.contact).toBeNull();
    expect(cleared.owners.find((o) => o.agency.key === "sz-stic")?.contact).not.toBeNull();
    const [entry] = await listRecommendationHistory(h.db, start.id);
    expect(describeHistoryEntry(entry!, t, format)).toMatch(/^Contact for ITIB: .+ → none$/);
  });

  it("refuses a contact user of another agency, an inactive one, and says what to do", async () => {
    const { coord, hk, sz } = await who();
    const start = await load();
    const wrong = await rejection(
      setOwners(h.db, coord, both, {
        version: start.version,
        owners: [
          { agency: "sz-stic", role: "lead", contact: { kind: "user", userId: hk.id } },
          { agency: "hk-itib", role: "lead" },
        ],
      }),
    );
    expect(wrong.status).toBe(422);
    expect(wrong.message).toMatch(/does not belong to SZSTI\. Choose one of SZSTI's users/);
    expect(wrong.fieldErrors?.["owners.contact.userId"]).toHaveLength(1);

    // The seeded contact of SZSTI is the Shenzhen member. Deactivated, they stay shown as such, and
    // sending them as they are is no change; naming them anew is refused.
    await h.db.update(users).set({ active: false }).where(eq(users.id, sz.id));
    expect(await listContactCandidates(h.db, [sz.agencyId!])).not.toContainEqual(
      expect.objectContaining({ id: sz.id }),
    );
    const keep = [
      { agency: "sz-stic", role: "lead" as const, contact: { kind: "user" as const, userId: sz.id } },
      { agency: "hk-itib", role: "lead" as const },
    ];
    const kept = await setOwners(h.db, coord, both, {
      version: start.version,
      owners: [...keep, { agency: "hk-edb", role: "supporting" }],
    });
    expect(kept.owners.find((o) => o.agency.key === "sz-stic")?.contact).toMatchObject({ kind: "user", active: false });
    const cleared = await setOwners(h.db, coord, both, {
      version: kept.version,
      owners: [{ ...keep[0]!, contact: null }, keep[1]!],
    });
    const inactive = await rejection(setOwners(h.db, coord, both, { version: cleared.version, owners: keep }));
    expect(inactive.message).toMatch(/not an active user\. Choose one of SZSTI's users, or give a name and e-mail/);
    expect((await load()).version).toBe(cleared.version);
  });

  it("refuses a stale version with who changed the owners (409)", async () => {
    const { coord, admin } = await who();
    const start = await load();
    await setOwners(h.db, admin, both, {
      version: start.version,
      owners: [...asInput(start), { agency: "hk-cedb", role: "supporting" }],
    });
    const stale = await rejection(
      setOwners(h.db, coord, both, {
        version: start.version,
        owners: [...asInput(start), { agency: "hk-edb", role: "supporting" }],
      }),
    );
    expect(stale.status).toBe(409);
    expect(stale.message).toMatch(/changed after you opened it.*changed owners/);
    expect(stale.details?.currentVersion).toBe(start.version + 1);
  });

  it("refuses members, viewers and read-only tokens (403), and changes nothing", async () => {
    const { hk, sz, viewer } = await who();
    const start = await load();
    const body = { version: start.version, owners: [...asInput(start), { agency: "hk-edb", role: "supporting" }] };
    for (const actor of [hk, sz]) {
      const refused = await rejection(setOwners(h.db, actor, both, parse(body)));
      expect(refused.status).toBe(403);
      expect(refused.message).toMatch(/ask a coordinator to change the owners/);
    }
    expect((await rejection(setOwners(h.db, viewer, both, parse(body)))).message).toMatch(/Viewers can read/);
    const { coord } = await who();
    const readToken = { ...coord, tokenScope: "read" as const, tokenName: "ci" };
    expect((await rejection(setOwners(h.db, readToken, both, parse(body)))).message).toMatch(/read-only/);
    expect((await load()).owners).toEqual(start.owners);
  });

  it("refuses changes to an archived recommendation until it is restored", async () => {
    const { coord } = await who();
    const start = await load();
    await setRecommendationArchived(h.db, coord, both, { version: start.version, archived: true });
    const archived = await load();
    const refused = await rejection(
      setOwners(h.db, coord, both, { version: archived.version, owners: asInput(archived).slice(0, 1) }),
    );
    expect(refused.status).toBe(403);
    expect(refused.message).toBe("This recommendation is archived. Restore it before changing it.");
  });

  it("refuses removing an agency with open actions here, two leads on a side, unknown agencies", async () => {
    const { coord } = await who();
    for (const title of ["Draft the agreement", "Brief the bureau"])
      await createAction(h.db, coord, both, { title, agency: "hk-itib", status: "todo", progress: 0 });
    const start = await load();
    const open = start.actions.filter((a) => a.agency.key === "hk-itib" && !["done", "cancelled"].includes(a.status));
    const keepSz = [{ agency: "sz-stic", role: "lead" as const }];
    const removing = await rejection(setOwners(h.db, coord, both, { version: start.version, owners: keepSz }));
    expect(removing.status).toBe(422);
    expect(removing.message).toMatch(
      new RegExp(`ITIB still has ${open.length} open actions? on this recommendation\\. Reassign, finish or cancel`),
    );
    // Once its actions are cancelled, ITIB can go.
    for (const a of open)
      await updateAction(h.db, coord, a.id, { version: a.version, status: "cancelled", cancellationReason: "Moved" });
    const removed = await setOwners(h.db, coord, both, { version: start.version, owners: keepSz });
    expect(removed.owners.map((o) => o.agency.key)).toEqual(["sz-stic"]);

    const twoLeads = await rejection(
      setOwners(h.db, coord, both, {
        version: removed.version,
        owners: [...keepSz, { agency: "sz-drc", role: "lead" }],
      }),
    );
    expect(twoLeads.message).toMatch(/Only one agency leads on the Shenzhen side.*Make all but one of them supporting/);
    const unknown = await rejection(
      setOwners(h.db, coord, both, { version: removed.version, owners: [{ agency: "hk-nope", role: "lead" }] }),
    );
    expect(unknown.status).toBe(422);
    expect(unknown.fieldErrors?.["owners.agency"]).toEqual(['No agency has the key "hk-nope"']);
  });

  it("joint and national agencies are owners like any other, with a lead of their own side", async () => {
    const { coord } = await who();
    const start = await load();
    const after = await setOwners(h.db, coord, both, {
      version: start.version,
      owners: [...asInput(start), { agency: "joint-hsitp", role: "lead" }, { agency: "cn-hkmao", role: "supporting" }],
    });
    expect(after.owners.find((o) => o.agency.key === "joint-hsitp")).toMatchObject({
      role: "lead",
      agency: { side: "joint" },
    });
  });
});

describe("the owners input", () => {
  const fails = (raw: unknown) => {
    try {
      parse(raw);
    } catch (err) {
      if (err instanceof AppError) return { status: err.status, fields: err.fieldErrors ?? {} };
      throw err;
    }
    throw new Error("expected the input to be refused");
  };
  const owner = { agency: "sz-stic", role: "lead" };

  it("refuses an agency twice, no owners at all, both kinds of contact, an e-mail without a name or malformed", () => {
    expect(fails({ version: 1, owners: [owner, owner] }).fields["owners.agency"]?.[0]).toMatch(/listed twice/);
    expect(fails({ version: 1, owners: [] }).fields.owners?.[0]).toMatch(/Keep at least one owning agency/);
    const both = fails({
      version: 1,
      owners: [{ ...owner, contact: { userId: "00000000-0000-4000-8000-000000000000", name: "X" } }],
    });
    expect(both.fields["owners.contact.userId"]?.[0]).toMatch(/either a user of the agency .* not both/);
    expect(
      fails({ version: 1, owners: [{ ...owner, contact: { email: "a@b.org" } }] }).fields["owners.contact.name"],
    ).toEqual(["Give the contact's name as well as the e-mail"]);
    expect(
      fails({ version: 1, owners: [{ ...owner, contact: { name: "A", email: "not-mail" } }] }).fields[
        "owners.contact.email"
      ]?.[0],
    ).toMatch(/must be an e-mail address/);
    expect(
      fails({ version: 1, owners: [{ ...owner, contact: { phone: "1" } }] }).fields["owners.contact.phone"],
    ).toEqual(["Unknown field"]);
    expect(fails({ version: 1, owners: [{ ...owner, role: "boss" }] }).status).toBe(400);
  });

  it("reads { name } and { name, email: '' } as a person without an e-mail, and keeps the code for the page", () => {
    const parsed = parseInput(ownersSaveInput, {
      code: "R-004-4.2.2.1",
      version: 2,
      owners: [
        { ...owner, contact: { name: "  Li Wei ", email: "" } },
        { agency: "hk-itib", role: "lead", contact: null },
        { agency: "hk-edb", role: "supporting" },
      ],
    });
    expect(parsed.owners.map((o) => o.contact)).toEqual([
      { kind: "person", name: "Li Wei", email: null },
      null,
      undefined,
    ]);
  });
});
