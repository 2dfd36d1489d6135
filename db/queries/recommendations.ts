import { asc, eq, inArray } from "drizzle-orm";
import type { DbOrTx } from "../index";
import {
  actions,
  agencies,
  recommendationOwners,
  recommendations,
  sourceDocuments,
  users,
  type Action,
  type Agency,
} from "../schema";
import { sideStatuses } from "@/lib/side-status";
import { actionOrder, actionTexts, dueDateRevisions } from "./action-order";

export async function getRecommendationByCode(db: DbOrTx, code: string) {
  // No code is that long or holds a NUL (which PostgreSQL refuses outright): none can match.
  if (code.length > 64 || code.includes("\u0000")) return null;
  const [row] = await db
    .select({ rec: recommendations, document: sourceDocuments })
    .from(recommendations)
    .leftJoin(sourceDocuments, eq(sourceDocuments.id, recommendations.sourceDocumentId))
    .where(eq(recommendations.code, code));
  if (!row) return null;
  const details = await loadOwnersAndActions(db, [row.rec.id]);
  return toRecommendationView(row.rec, row.document, details);
}

/**
 * getRecommendationByCode's view for a known id, its row read started first and its owners, actions
 * and revisions beside it rather than after it: inside a transaction postgres.js sends the four in
 * one round trip.
 */
export async function getRecommendationById(db: DbOrTx, id: string) {
  const rows = db
    .select({ rec: recommendations, document: sourceDocuments })
    .from(recommendations)
    .leftJoin(sourceDocuments, eq(sourceDocuments.id, recommendations.sourceDocumentId))
    .where(eq(recommendations.id, id))
    .execute();
  const [[row], details] = await Promise.all([rows, loadOwnersAndActions(db, [id])]);
  if (!row) return null;
  return toRecommendationView(row.rec, row.document, details);
}

/** Today as YYYY-MM-DD in UTC: the day against which actions are overdue. */
export const todayUtc = () => new Date().toISOString().slice(0, 10);

/** An action still to do: neither done nor cancelled. */
const isOpen = (a: { status: string }) => a.status !== "done" && a.status !== "cancelled";

type AgencyRef = Pick<Agency, "id" | "key" | "abbreviation" | "nameEn" | "nameZhHans" | "nameZhHant" | "side">;

function agencyRef(a: AgencyRef) {
  return {
    id: a.id,
    key: a.key,
    abbreviation: a.abbreviation,
    name: { en: a.nameEn, zhHans: a.nameZhHans, zhHant: a.nameZhHant },
    side: a.side,
  };
}

export async function loadOwnersAndActions(db: DbOrTx, ids: string[], today = todayUtc()) {
  const owners = new Map<string, ReturnType<typeof ownerView>[]>();
  const acts = new Map<string, ReturnType<typeof actionView>[]>();
  if (!ids.length) return { owners, actions: acts };
  const [ownerRows, actionRows, revisions] = await Promise.all([
    db
      .select({
        owner: recommendationOwners,
        agency: agencies,
        contact: { id: users.id, name: users.name, email: users.email, active: users.active },
      })
      .from(recommendationOwners)
      .innerJoin(agencies, eq(agencies.id, recommendationOwners.agencyId))
      .leftJoin(users, eq(users.id, recommendationOwners.contactUserId))
      .where(inArray(recommendationOwners.recommendationId, ids))
      // Leads first, then Shenzhen before Hong Kong, so every view lists owners the same way.
      .orderBy(asc(recommendationOwners.role), asc(agencies.side), asc(agencies.abbreviation)),
    db
      .select({ action: actions, agency: agencies, assignee: { name: users.name, email: users.email } })
      .from(actions)
      .innerJoin(agencies, eq(agencies.id, actions.agencyId))
      .leftJoin(users, eq(users.id, actions.assigneeId))
      .where(inArray(actions.recommendationId, ids))
      // In each recommendation's list order (the ids interleave, but each one's actions keep theirs).
      .orderBy(...actionOrder),
    dueDateRevisions(db, { recommendationIds: ids }),
  ]);
  for (const r of ownerRows) push(owners, r.owner.recommendationId, ownerView(r));
  for (const r of actionRows) {
    const position = acts.get(r.action.recommendationId)?.length ?? 0;
    push(acts, r.action.recommendationId, actionView(r, today, position, revisions.get(r.action.id) ?? 0));
  }
  return { owners, actions: acts };
}

function push<T>(map: Map<string, T[]>, key: string, value: T) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * An owner's named contact: a user of the agency (`kind: "user"`, `active` false once the account
 * is deactivated), a person without an account (`kind: "person"`, e-mail optional), or null.
 */
export type OwnerContact =
  | { kind: "user"; userId: string; name: string; email: string; active: boolean }
  | { kind: "person"; name: string; email: string | null }
  | null;

function ownerContact(
  owner: typeof recommendationOwners.$inferSelect,
  user: { id: string; name: string; email: string; active: boolean } | null,
): OwnerContact {
  if (user) return { kind: "user", userId: user.id, name: user.name, email: user.email, active: user.active };
  if (owner.contactName) return { kind: "person", name: owner.contactName, email: owner.contactEmail };
  return null;
}

function ownerView(r: {
  owner: typeof recommendationOwners.$inferSelect;
  agency: Agency;
  contact: { id: string; name: string; email: string; active: boolean } | null;
}) {
  return { role: r.owner.role, agency: agencyRef(r.agency), contact: ownerContact(r.owner, r.contact) };
}

/** An action counts as overdue when its due date has passed and it is neither done nor cancelled. */
export function isActionOverdue(a: Pick<Action, "status" | "dueDate">, today = todayUtc()) {
  return Boolean(a.dueDate && a.dueDate < today && isOpen(a));
}

function actionView(
  r: { action: Action; agency: Agency; assignee: { name: string; email: string } | null },
  today: string,
  position: number,
  revisions: number,
) {
  const a = r.action;
  return {
    id: a.id,
    ...actionTexts(a),
    agency: agencyRef(r.agency),
    assignee: r.assignee,
    status: a.status,
    progress: a.progress,
    dueDate: a.dueDate,
    dueDateRevisions: revisions,
    completedAt: a.completedAt,
    completionNote: a.completionNote,
    cancellationReason: a.cancellationReason,
    /** Its place in the recommendation's list, from 0. */
    position,
    overdue: isActionOverdue(a, today),
    version: a.version,
    updatedAt: a.updatedAt,
  };
}

export function toRecommendationView(
  rec: typeof recommendations.$inferSelect,
  document: typeof sourceDocuments.$inferSelect | null,
  details: Awaited<ReturnType<typeof loadOwnersAndActions>>,
  today = todayUtc(),
) {
  const acts = details.actions.get(rec.id) ?? [];
  const openDue = acts.filter((a) => isOpen(a) && a.dueDate).map((a) => a.dueDate!);
  const sides = sideStatuses(acts.map((a) => ({ side: a.agency.side, status: a.status, progress: a.progress })));
  return {
    id: rec.id,
    code: rec.code,
    title: { en: rec.titleEn, zhHans: rec.titleZhHans, zhHant: rec.titleZhHant },
    summary: { en: rec.summaryEn, zhHans: rec.summaryZhHans, zhHant: rec.summaryZhHant },
    rationale: rec.rationale,
    theme: rec.theme,
    horizon: rec.horizon,
    priority: rec.priority,
    acceptance: rec.acceptance,
    acceptanceReason: rec.acceptanceReason,
    status: rec.status,
    closureReason: rec.closureReason,
    health: rec.health,
    targetDate: rec.targetDate,
    version: rec.version,
    createdAt: rec.createdAt,
    updatedAt: rec.updatedAt,
    archivedAt: rec.archivedAt,
    owners: details.owners.get(rec.id) ?? [],
    actions: acts,
    /**
     * Each side's progress (0 to 1, actions weighted by their progress) and state (lib/side-status.ts);
     * the list query computes the same in SQL to sort and filter by.
     */
    sides,
    /** The sides' progress alone, as the table's columns show it (the same figures as `sides`). */
    progress: { shenzhen: sides.shenzhen.progress, hong_kong: sides.hong_kong.progress },
    nextDue: openDue.length ? openDue.reduce((a, b) => (a < b ? a : b)) : null,
    overdueCount: acts.filter((a) => isActionOverdue(a, today)).length,
    source: {
      document: document
        ? { key: document.key, title: document.title, author: document.author, publishedOn: document.publishedOn }
        : null,
      locator: rec.sourceLocator,
      excerpt: rec.sourceExcerpt,
    },
  };
}

export type RecommendationView = ReturnType<typeof toRecommendationView>;
