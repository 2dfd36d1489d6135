/**
 * Changes to who owns a recommendation: the lead agency of a side, adding an owning agency (the
 * table), and the owners as a whole with their roles and named contacts (the detail page and
 * `PUT …/owners`). All are coordinators' decisions (authorize: the "owners" field), versioned and
 * recorded like any other change to the recommendation.
 */
import { and, eq, inArray, notInArray, sql } from "drizzle-orm";
import type { Database, Transaction } from "../index";
import { actions, agencies, recommendationOwners, recommendations, users, type Side } from "../schema";
import { getRecommendationByCode } from "../queries/recommendations";
import type { Actor } from "@/lib/permissions";
import { notFound, unprocessable } from "@/lib/errors";
import { listOf, msg, type Message } from "@/lib/i18n/server-message";
import type { OwnerContactInput, OwnersPutInput } from "@/lib/validation/owners";
import type { ActivityInput } from "./activity";
import { recordActivity } from "./activity";
import { actorRef, recommendationFacts, requireAllowed } from "./facts";
import { staleVersionError } from "./conflicts";
import { publishChange } from "../notify";

export type OwnerChange =
  { kind: "lead"; side: Extract<Side, "shenzhen" | "hong_kong">; agency: string } | { kind: "add"; agency: string };

const leadField = { shenzhen: "leadShenzhen", hong_kong: "leadHongKong" } as const;
/** A side as a sentence names it ("a Shenzhen agency", "on the joint side"), in the reader's language. */
const sideName = (side: Side) => msg(`owners.side.${side}`);

/** Makes an agency the lead of a side (the previous lead stays as a supporting owner). */
export async function setLeadAgency(
  db: Database,
  actor: Actor,
  code: string,
  input: { version: number; side: "shenzhen" | "hong_kong"; agency: string },
) {
  await db.transaction((tx) => changeOwners(tx, actor, code, input.version, { kind: "lead", ...input }));
  return (await getRecommendationByCode(db, code))!;
}

/** Applies one owner change inside the caller's transaction; answers the version after it. */
export async function changeOwners(
  tx: Transaction,
  actor: Actor,
  code: string,
  version: number,
  change: OwnerChange,
): Promise<number> {
  const [rec] = await tx.select().from(recommendations).where(eq(recommendations.code, code)).for("update");
  if (!rec) throw notFound("errors.noRecommendation", { code });
  const facts = await recommendationFacts(tx, rec);
  requireAllowed(actor, { action: "recommendation.update", recommendation: facts, fields: ["owners"] });
  if (rec.version !== version) {
    throw await staleVersionError(
      tx,
      { id: rec.id, version: rec.version, label: rec.code },
      version,
      await getRecommendationByCode(tx, code),
    );
  }
  const [agency] = await tx.select().from(agencies).where(eq(agencies.key, change.agency));
  if (!agency) {
    throw unprocessable(msg("errors.unknownAgencies", { keys: change.agency }), {
      agency: [msg("errors.noAgencyKey", { key: change.agency })],
    });
  }
  const owners = await tx
    .select({ id: recommendationOwners.id, role: recommendationOwners.role, agency: agencies })
    .from(recommendationOwners)
    .innerJoin(agencies, eq(agencies.id, recommendationOwners.agencyId))
    .where(eq(recommendationOwners.recommendationId, rec.id));
  const existing = owners.find((o) => o.agency.id === agency.id);
  const nextVersion = rec.version + 1;
  const base = {
    actor: actorRef(actor),
    entityType: "recommendation" as const,
    entityId: rec.id,
    recommendationId: rec.id,
  };

  if (change.kind === "lead") {
    if (agency.side !== change.side) {
      throw unprocessable(msg("owners.notSideAgency", { agency: agency.abbreviation, side: sideName(change.side) }), {
        agency: [msg("owners.chooseSideAgency", { side: sideName(change.side) })],
      });
    }
    const previous = owners.filter((o) => o.role === "lead" && o.agency.side === change.side);
    if (existing?.role === "lead" && previous.length === 1) return rec.version;
    for (const p of previous.filter((p) => p.agency.id !== agency.id)) {
      await tx.update(recommendationOwners).set({ role: "supporting" }).where(eq(recommendationOwners.id, p.id));
    }
    if (existing)
      await tx.update(recommendationOwners).set({ role: "lead" }).where(eq(recommendationOwners.id, existing.id));
    else await tx.insert(recommendationOwners).values({ recommendationId: rec.id, agencyId: agency.id, role: "lead" });
    await recordActivity(tx, {
      ...base,
      kind: "update",
      field: leadField[change.side],
      from: previous.map((p) => p.agency.abbreviation).join(", ") || null,
      to: agency.abbreviation,
      entityVersion: nextVersion,
    });
  } else {
    if (existing) return rec.version;
    await tx.insert(recommendationOwners).values({ recommendationId: rec.id, agencyId: agency.id, role: "supporting" });
    await recordActivity(tx, { ...base, kind: "owner_added", to: agency.abbreviation, entityVersion: nextVersion });
  }
  await tx
    .update(recommendations)
    .set({ version: nextVersion, updatedAt: sql`now()`, updatedById: actor.id })
    .where(and(eq(recommendations.id, rec.id), eq(recommendations.version, version)));
  await publishChange(tx, { type: "recommendation", code, version: nextVersion, actorId: actor.id });
  return nextVersion;
}

type Contact = OwnerContactInput | null;
type OwnerRow = typeof recommendationOwners.$inferSelect;

const sameContact = (row: OwnerRow, c: Contact) =>
  c === null
    ? row.contactUserId === null && row.contactName === null
    : c.kind === "user"
      ? row.contactUserId === c.userId
      : row.contactUserId === null && row.contactName === c.name && row.contactEmail === c.email;

const contactColumns = (c: Contact) =>
  c === null
    ? { contactUserId: null, contactName: null, contactEmail: null }
    : c.kind === "user"
      ? { contactUserId: c.userId, contactName: null, contactEmail: null }
      : { contactUserId: null, contactName: c.name, contactEmail: c.email };

/**
 * Sets a recommendation's owners to the list given: adds, removes, changes roles and contacts in
 * one transaction and one new version. An owner whose `contact` is left out keeps the contact it
 * has. Refused, with what to do: an unknown or merged-away agency, two leads on one side, removing
 * an agency that still has open actions here, a contact user who is not an active user of that
 * agency. Sending the owners as they are changes nothing (no new version).
 */
export async function setOwners(db: Database, actor: Actor, code: string, input: OwnersPutInput) {
  await db.transaction(async (tx) => {
    const [rec] = await tx.select().from(recommendations).where(eq(recommendations.code, code)).for("update");
    if (!rec) throw notFound("errors.noRecommendation", { code });
    requireAllowed(actor, {
      action: "recommendation.update",
      recommendation: await recommendationFacts(tx, rec),
      fields: ["owners"],
    });
    if (rec.version !== input.version) {
      throw await staleVersionError(
        tx,
        { id: rec.id, version: rec.version, label: rec.code },
        input.version,
        await getRecommendationByCode(tx, code),
      );
    }

    const keys = input.owners.map((o) => o.agency);
    const found = await tx.select().from(agencies).where(inArray(agencies.key, keys));
    const byKey = new Map(found.map((a) => [a.key, a]));
    const unknown = keys.filter((k) => !byKey.has(k));
    if (unknown.length) {
      throw unprocessable(msg("errors.unknownAgencies", { keys: listOf(unknown, "comma") }), {
        "owners.agency": unknown.map((key) => msg("errors.noAgencyKey", { key })),
      });
    }
    const current = await tx
      .select({ owner: recommendationOwners, agency: agencies })
      .from(recommendationOwners)
      .innerJoin(agencies, eq(agencies.id, recommendationOwners.agencyId))
      .where(eq(recommendationOwners.recommendationId, rec.id));
    const currentByAgency = new Map(current.map((c) => [c.agency.id, c]));

    const merged = found.filter((a) => a.mergedIntoId && !currentByAgency.has(a.id));
    if (merged.length) {
      const into = await tx
        .select({ id: agencies.id, key: agencies.key })
        .from(agencies)
        .where(
          inArray(
            agencies.id,
            merged.map((a) => a.mergedIntoId!),
          ),
        );
      const name = (id: string) => into.find((a) => a.id === id)?.key ?? msg("owners.anotherAgency");
      const sentences = merged.map((a) =>
        msg("owners.mergedAddInstead", { agency: a.abbreviation, into: name(a.mergedIntoId!) }),
      );
      throw unprocessable(msg("errors.sentences", { list: listOf(sentences, "sentences") }), {
        "owners.agency": merged.map((a) => msg("owners.mergedField", { agency: a.key, into: name(a.mergedIntoId!) })),
      });
    }

    const leadsBySide = new Map<Side, string[]>();
    for (const o of input.owners.filter((o) => o.role === "lead")) {
      const a = byKey.get(o.agency)!;
      leadsBySide.set(a.side, [...(leadsBySide.get(a.side) ?? []), a.abbreviation]);
    }
    const crowded = [...leadsBySide].filter(([, leads]) => leads.length > 1);
    if (crowded.length) {
      const sentences = crowded.map(([side, leads]) =>
        msg("owners.oneLeadPerSide", { side: sideName(side), leads: listOf(leads, "andEach") }),
      );
      throw unprocessable(msg("errors.sentences", { list: listOf(sentences, "sentences") }), {
        "owners.role": crowded.map(([side]) => msg("owners.oneLeadPerSideField", { side: sideName(side) })),
      });
    }

    const wanted = new Set(input.owners.map((o) => byKey.get(o.agency)!.id));
    const removed = current.filter((c) => !wanted.has(c.agency.id));
    if (removed.length) {
      const open = await tx
        .select({ agencyId: actions.agencyId, n: sql<number>`count(*)::int` })
        .from(actions)
        .where(
          and(
            eq(actions.recommendationId, rec.id),
            inArray(
              actions.agencyId,
              removed.map((r) => r.agency.id),
            ),
            notInArray(actions.status, ["done", "cancelled"]),
          ),
        )
        .groupBy(actions.agencyId);
      if (open.length) {
        const abbr = (id: string) => removed.find((r) => r.agency.id === id)!.agency.abbreviation;
        const sentences = open.map((o) => msg("owners.openActions", { agency: abbr(o.agencyId), count: o.n }));
        throw unprocessable(msg("errors.sentences", { list: listOf(sentences, "sentences") }), {
          "owners.agency": open.map((o) => msg("owners.openActionsField", { agency: abbr(o.agencyId) })),
        });
      }
    }

    await checkContactUsers(
      tx,
      // A contact sent as it is stored is no change, even if that user has left since.
      input.owners.filter((o) => {
        const was = currentByAgency.get(byKey.get(o.agency)!.id);
        return !(was && o.contact !== undefined && sameContact(was.owner, o.contact));
      }),
      byKey,
    );

    const nextVersion = rec.version + 1;
    const base = {
      actor: actorRef(actor),
      entityType: "recommendation" as const,
      entityId: rec.id,
      recommendationId: rec.id,
      field: "owners",
      entityVersion: nextVersion,
    };
    const entries: ActivityInput[] = [];
    const labels = await contactLabels(tx, [
      ...current.map((c) => c.owner.contactUserId),
      ...input.owners.map((o) => (o.contact?.kind === "user" ? o.contact.userId : null)),
    ]);
    const describe = (c: Contact) =>
      c === null ? null : c.kind === "user" ? (labels.get(c.userId) ?? null) : personLabel(c.name, c.email);
    const describeRow = (row: OwnerRow) =>
      row.contactUserId
        ? (labels.get(row.contactUserId) ?? null)
        : row.contactName
          ? personLabel(row.contactName, row.contactEmail)
          : null;

    for (const r of removed) {
      await tx.delete(recommendationOwners).where(eq(recommendationOwners.id, r.owner.id));
      entries.push({ ...base, kind: "owner_removed", from: { agency: r.agency.abbreviation, role: r.owner.role } });
    }
    for (const o of input.owners) {
      const agency = byKey.get(o.agency)!;
      const was = currentByAgency.get(agency.id);
      if (!was) {
        await tx.insert(recommendationOwners).values({
          recommendationId: rec.id,
          agencyId: agency.id,
          role: o.role,
          ...contactColumns(o.contact ?? null),
        });
        entries.push({ ...base, kind: "owner_added", to: { agency: agency.abbreviation, role: o.role } });
        if (o.contact)
          entries.push({
            ...base,
            kind: "owner_contact_set",
            from: { agency: agency.abbreviation, contact: null },
            to: { agency: agency.abbreviation, contact: describe(o.contact) },
          });
        continue;
      }
      const roleChanged = was.owner.role !== o.role;
      const contactChanged = o.contact !== undefined && !sameContact(was.owner, o.contact);
      if (!roleChanged && !contactChanged) continue;
      await tx
        .update(recommendationOwners)
        .set({ role: o.role, ...(contactChanged ? contactColumns(o.contact!) : {}) })
        .where(eq(recommendationOwners.id, was.owner.id));
      if (roleChanged)
        entries.push({
          ...base,
          kind: "owner_role_changed",
          from: { agency: agency.abbreviation, role: was.owner.role },
          to: { agency: agency.abbreviation, role: o.role },
        });
      if (contactChanged)
        entries.push({
          ...base,
          kind: "owner_contact_set",
          from: { agency: agency.abbreviation, contact: describeRow(was.owner) },
          to: { agency: agency.abbreviation, contact: describe(o.contact!) },
        });
    }
    if (!entries.length) return;
    await recordActivity(tx, entries);
    await tx
      .update(recommendations)
      .set({ version: nextVersion, updatedAt: sql`now()`, updatedById: actor.id })
      .where(and(eq(recommendations.id, rec.id), eq(recommendations.version, input.version)));
    await publishChange(tx, { type: "recommendation", code, version: nextVersion, actorId: actor.id });
  });
  return (await getRecommendationByCode(db, code))!;
}

const personLabel = (name: string, email: string | null) => (email ? `${name} (${email})` : name);

async function contactLabels(tx: Transaction, ids: (string | null)[]) {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
  if (!wanted.length) return new Map<string, string>();
  const rows = await tx.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, wanted));
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** A contact user must be an active user of the agency they are the contact for. */
async function checkContactUsers(
  tx: Transaction,
  owners: OwnersPutInput["owners"],
  byKey: Map<string, typeof agencies.$inferSelect>,
) {
  const wanted = owners.flatMap((o) => (o.contact?.kind === "user" ? [{ o, userId: o.contact.userId }] : []));
  if (!wanted.length) return;
  const found = await tx
    .select({ id: users.id, name: users.name, active: users.active, agencyId: users.agencyId })
    .from(users)
    .where(
      inArray(
        users.id,
        wanted.map((w) => w.userId),
      ),
    );
  const problems: Message[] = [];
  for (const { o, userId } of wanted) {
    const agency = byKey.get(o.agency)!;
    const user = found.find((u) => u.id === userId);
    if (!user || !user.active) problems.push(msg("owners.contactInactive", { agency: agency.abbreviation }));
    else if (user.agencyId !== agency.id)
      problems.push(msg("owners.contactOtherAgency", { name: user.name, agency: agency.abbreviation }));
  }
  if (problems.length) {
    throw unprocessable(msg("errors.sentences", { list: listOf(problems, "sentences") }), {
      "owners.contact.userId": problems,
    });
  }
}
