import { and, asc, count, desc, eq, exists, ilike, inArray, isNull, or, sql, type SQL } from "drizzle-orm";
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
  type RecommendationStatus,
  type Side,
} from "../schema";

export const recommendationSorts = ["code", "-code", "updated", "-updated", "target", "-target"] as const;
export type RecommendationSort = (typeof recommendationSorts)[number];

export interface RecommendationFilters {
  /** Free text over code, titles and summaries in all three languages, and the source excerpt. */
  q?: string;
  status?: RecommendationStatus[];
  theme?: string[];
  /** Agency keys; matches recommendations that agency owns (lead or supporting). */
  agency?: string[];
  /** Matches recommendations with an owning agency on this side. */
  side?: Side[];
  includeArchived?: boolean;
}

export interface ListRecommendationsParams extends RecommendationFilters {
  page?: number;
  pageSize?: number;
  sort?: RecommendationSort;
}

export const MAX_PAGE_SIZE = 200;

/** Escapes LIKE wildcards so a search for "100%" finds that text, not everything. */
function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

function filterConditions(f: RecommendationFilters): SQL[] {
  const where: SQL[] = [];
  if (!f.includeArchived) where.push(isNull(recommendations.archivedAt));
  const q = f.q?.trim();
  if (q) {
    const p = likePattern(q);
    where.push(
      or(
        ilike(recommendations.code, p),
        ilike(recommendations.titleEn, p),
        ilike(recommendations.titleZhHans, p),
        ilike(recommendations.titleZhHant, p),
        ilike(recommendations.summaryEn, p),
        ilike(recommendations.summaryZhHans, p),
        ilike(recommendations.summaryZhHant, p),
        ilike(recommendations.sourceExcerpt, p),
      )!,
    );
  }
  if (f.status?.length) where.push(inArray(recommendations.status, f.status));
  if (f.theme?.length) where.push(inArray(recommendations.theme, f.theme));
  if (f.agency?.length || f.side?.length) {
    const ownerMatch: SQL[] = [eq(recommendationOwners.recommendationId, recommendations.id)];
    if (f.agency?.length) ownerMatch.push(inArray(agencies.key, f.agency));
    if (f.side?.length) ownerMatch.push(inArray(agencies.side, f.side));
    where.push(
      exists(
        sql`(select 1 from ${recommendationOwners} join ${agencies} on ${agencies.id} = ${recommendationOwners.agencyId} where ${and(...ownerMatch)})`,
      ),
    );
  }
  return where;
}

function orderBy(sort: RecommendationSort = "code"): SQL[] {
  switch (sort) {
    case "-code":
      return [desc(recommendations.code)];
    case "updated":
      return [asc(recommendations.updatedAt), asc(recommendations.code)];
    case "-updated":
      return [desc(recommendations.updatedAt), asc(recommendations.code)];
    case "target":
      return [sql`${recommendations.targetDate} asc nulls last`, asc(recommendations.code)];
    case "-target":
      return [sql`${recommendations.targetDate} desc nulls last`, asc(recommendations.code)];
    default:
      return [asc(recommendations.code)];
  }
}

/**
 * The two statements behind one list page (the total and the page's rows), built in one place so the
 * benchmark (bench/list-queries.ts) can EXPLAIN exactly what the list runs.
 */
export function buildListStatements(db: DbOrTx, params: ListRecommendationsParams = {}) {
  const pageSize = Math.min(Math.max(params.pageSize ?? 50, 1), MAX_PAGE_SIZE);
  const page = Math.max(params.page ?? 1, 1);
  const where = and(...filterConditions(params));
  const total = db.select({ total: count() }).from(recommendations).where(where);
  const rows = db
    .select({ rec: recommendations, document: sourceDocuments })
    .from(recommendations)
    .leftJoin(sourceDocuments, eq(sourceDocuments.id, recommendations.sourceDocumentId))
    .where(where)
    .orderBy(...orderBy(params.sort))
    .limit(pageSize)
    .offset((page - 1) * pageSize);
  return { page, pageSize, total, rows };
}

export async function listRecommendations(db: DbOrTx, params: ListRecommendationsParams = {}) {
  const statements = buildListStatements(db, params);
  const { page, pageSize } = statements;
  const [totalRow] = await statements.total;
  const rows = await statements.rows;

  const details = await loadOwnersAndActions(
    db,
    rows.map((r) => r.rec.id),
  );
  const items = rows.map(({ rec, document }) => toRecommendationView(rec, document, details));
  return { items, total: totalRow?.total ?? 0, page, pageSize };
}

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

async function loadOwnersAndActions(db: DbOrTx, ids: string[]) {
  const owners = new Map<string, ReturnType<typeof ownerView>[]>();
  const acts = new Map<string, ReturnType<typeof actionView>[]>();
  if (!ids.length) return { owners, actions: acts };
  const [ownerRows, actionRows] = await Promise.all([
    db
      .select({ owner: recommendationOwners, agency: agencies, contact: { name: users.name, email: users.email } })
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
      .orderBy(sql`${actions.dueDate} asc nulls last`, asc(actions.createdAt)),
  ]);
  for (const r of ownerRows) push(owners, r.owner.recommendationId, ownerView(r));
  for (const r of actionRows) push(acts, r.action.recommendationId, actionView(r));
  return { owners, actions: acts };
}

function push<T>(map: Map<string, T[]>, key: string, value: T) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function ownerView(r: {
  owner: typeof recommendationOwners.$inferSelect;
  agency: Agency;
  contact: { name: string; email: string } | null;
}) {
  return { role: r.owner.role, agency: agencyRef(r.agency), contact: r.contact };
}

/** An action counts as overdue when its due date has passed and it is neither done nor cancelled. */
export function isActionOverdue(a: Pick<Action, "status" | "dueDate">, today = new Date().toISOString().slice(0, 10)) {
  return Boolean(a.dueDate && a.dueDate < today && a.status !== "done" && a.status !== "cancelled");
}

function actionView(r: { action: Action; agency: Agency; assignee: { name: string; email: string } | null }) {
  const a = r.action;
  return {
    id: a.id,
    title: a.title,
    description: a.description,
    agency: agencyRef(r.agency),
    assignee: r.assignee,
    status: a.status,
    progress: a.progress,
    dueDate: a.dueDate,
    completedAt: a.completedAt,
    overdue: isActionOverdue(a),
    version: a.version,
    updatedAt: a.updatedAt,
  };
}

function toRecommendationView(
  rec: typeof recommendations.$inferSelect,
  document: typeof sourceDocuments.$inferSelect | null,
  details: Awaited<ReturnType<typeof loadOwnersAndActions>>,
) {
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
    actions: details.actions.get(rec.id) ?? [],
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
export type OwnerView = RecommendationView["owners"][number];
export type ActionView = RecommendationView["actions"][number];
