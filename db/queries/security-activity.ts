import { count, desc, eq, inArray } from "drizzle-orm";
import { isUuid } from "@/lib/validation/ids";
import type { DbOrTx } from "../index";
import { activityLog, agencies, apiTokens, users } from "../schema";

/** The kinds of entries the security log shows. */
const securityEntityTypes = ["auth", "user", "api_token", "agency"] as const;

/**
 * One page of security events, newest first, with the actor's name and a readable target (the
 * user, token or agency the entry is about), resolved per page rather than joined on a text id.
 */
export async function listSecurityActivity(db: DbOrTx, params: { page: number; pageSize: number }) {
  const where = inArray(activityLog.entityType, [...securityEntityTypes]);
  const [[total], rows] = await Promise.all([
    db.select({ n: count() }).from(activityLog).where(where),
    db
      .select({
        id: activityLog.id,
        at: activityLog.at,
        actorName: users.name,
        actorLabel: activityLog.actorLabel,
        entityType: activityLog.entityType,
        entityId: activityLog.entityId,
        kind: activityLog.kind,
        field: activityLog.field,
        from: activityLog.fromValue,
        to: activityLog.toValue,
        reason: activityLog.reason,
      })
      .from(activityLog)
      .leftJoin(users, eq(users.id, activityLog.actorId))
      .where(where)
      .orderBy(desc(activityLog.at), desc(activityLog.id))
      .limit(params.pageSize)
      .offset((params.page - 1) * params.pageSize),
  ]);

  const idsOf = (types: string[]) => [
    ...new Set(
      rows.filter((r) => types.includes(r.entityType) && r.entityId && isUuid(r.entityId)).map((r) => r.entityId!),
    ),
  ];
  const userIds = idsOf(["auth", "user"]);
  const tokenIds = idsOf(["api_token"]);
  const agencyIds = idsOf(["agency"]);
  const [userRows, tokenRows, agencyRows] = await Promise.all([
    userIds.length
      ? db.select({ id: users.id, name: users.name, email: users.email }).from(users).where(inArray(users.id, userIds))
      : [],
    tokenIds.length
      ? db
          .select({ id: apiTokens.id, name: apiTokens.name, owner: users.name })
          .from(apiTokens)
          .innerJoin(users, eq(users.id, apiTokens.userId))
          .where(inArray(apiTokens.id, tokenIds))
      : [],
    agencyIds.length
      ? db
          .select({ id: agencies.id, key: agencies.key, abbreviation: agencies.abbreviation })
          .from(agencies)
          .where(inArray(agencies.id, agencyIds))
      : [],
  ]);
  const targets = new Map<string, string>([
    ...userRows.map((u) => [u.id, `${u.name} <${u.email}>`] as const),
    ...tokenRows.map((t) => [t.id, `${t.name} (${t.owner})`] as const),
    ...agencyRows.map((a) => [a.id, `${a.abbreviation} (${a.key})`] as const),
  ]);

  return {
    total: total?.n ?? 0,
    items: rows.map((r) => ({ ...r, target: r.entityId ? (targets.get(r.entityId) ?? null) : null })),
  };
}
