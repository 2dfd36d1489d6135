import { and, desc, eq, inArray, lt, or, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { can, type Actor } from "@/lib/permissions";
import type { DbOrTx } from "../index";
import {
  actions,
  activityLog,
  activityVisits,
  agencies,
  recommendations,
  roundRequests,
  rounds,
  users,
} from "../schema";
import { historyEntryOf, historySourceSql, type HistorySource } from "./history";

/** Who reads the feed: the actor the permission rules judge. */
export type FeedReader = Actor;

export interface ActivityFeedParams {
  /** The acting person's user id. */
  person?: string;
  /** The acting person's agency, by key ("sz-stic"): the agency they belong to now. */
  agency?: string;
  /** The entry's source, as the recommendation timeline tells them apart (db/queries/history.ts). */
  kind?: HistorySource;
  /** A recommendation's code: its own entries and those of its actions, indicators, notes and answers. */
  item?: string;
  /** Days (YYYY-MM-DD) in the workspace's time zone, both included. */
  from?: string;
  to?: string;
  /** Keyset cursor: only entries with a smaller id (the `nextBefore` of the previous page). */
  before?: number;
  limit?: number;
}

export const ACTIVITY_PAGE_SIZE = 50;
export const ACTIVITY_MAX_PAGE_SIZE = 100;

/**
 * The workspace's day boundaries: the app renders every time in Asia/Hong_Kong (lib/i18n/request.ts),
 * which Shenzhen shares and which has kept UTC+8 without daylight saving since 1979, so a day is
 * [00:00+08:00, next 00:00+08:00).
 */
const WORKSPACE_UTC_OFFSET = "+08:00";
const dayStart = (day: string) => new Date(`${day}T00:00:00${WORKSPACE_UTC_OFFSET}`);
const nextDayStart = (day: string) => new Date(dayStart(day).getTime() + 86_400_000);

/** Entity types only administrators read: accounts, sign-ins and API tokens (as the security log, db/queries/security-activity.ts). */
export const adminOnlyEntityTypes = ["user", "auth", "api_token"] as const;

/** The request an answer's evidence entry belongs to (such entries have no recommendation; see db/mutations/evidence.ts). */
const answerRequest = alias(roundRequests, "answer_request");
const answerRequestId = sql`coalesce(${activityLog.toValue} ->> 'roundRequestId', ${activityLog.fromValue} ->> 'roundRequestId')`;

/**
 * Which entries a reader sees: everything a recommendation timeline shows everyone (every entry
 * with a recommendation: every signed-in person reads every recommendation, archived ones too),
 * reporting rounds opened and closed (the rounds list is everyone's), and agency changes (created,
 * renamed, merged): agencies' names and abbreviations are shown to everyone across the workspace
 * and a merge moves ownerships everyone sees on the timelines, so the entry tells nothing new, and
 * it explains what people see change. Accounts, sign-ins and tokens are for administrators only,
 * as in the security log. An answer's evidence stays off the timelines because a draft's files
 * are the answering agency's own (db/mutations/evidence.ts); the feed shows such entries only to
 * that agency's members, the one group that may always read them (lib/permissions.ts
 * mayReadEvidence), rather than working out per entry whether the answer was submitted since.
 */
function visibleTo(reader: FeedReader): SQL {
  const parts: SQL[] = [
    sql`${activityLog.recommendationId} is not null`,
    inArray(activityLog.entityType, ["round", "agency"]),
  ];
  if (reader.role === "member" && reader.agencyId) parts.push(eq(answerRequest.agencyId, reader.agencyId));
  if (can(reader, { action: "activity.security" }))
    parts.push(inArray(activityLog.entityType, [...adminOnlyEntityTypes]));
  return or(...parts)!;
}

/** What an entry links to: its recommendation, its round, or (for administrators) the security log. */
export type FeedItem =
  | { type: "recommendation"; code: string; titles: { en: string; zhHans: string; zhHant: string } }
  | { type: "round"; id: string; name: string }
  | { type: "security" }
  | null;

/**
 * One page of the workspace's changes a reader may see, newest first, paged by id (a keyset: a
 * page is `id < before`, read backwards along the primary key or the (actor_id, id) index, so an
 * entry written while someone pages never shifts the pages they have not read yet and no page
 * reads the log from the start). Filters narrow it in the same query; only `limit + 1` rows leave
 * the database, the extra one to tell whether there is an older page.
 */
export async function listActivityFeed(db: DbOrTx, reader: FeedReader, params: ActivityFeedParams = {}) {
  const limit = Math.min(Math.max(params.limit ?? ACTIVITY_PAGE_SIZE, 1), ACTIVITY_MAX_PAGE_SIZE);
  const where: SQL[] = [visibleTo(reader)];
  if (params.before !== undefined) where.push(lt(activityLog.id, params.before));
  if (params.person) where.push(eq(activityLog.actorId, params.person));
  if (params.agency)
    where.push(
      sql`${users.agencyId} = (select ${agencies.id} from ${agencies} where ${agencies.key} = ${params.agency})`,
    );
  if (params.kind) where.push(sql`${historySourceSql} = ${params.kind}`);
  if (params.item)
    where.push(
      sql`${activityLog.recommendationId} = (select ${recommendations.id} from ${recommendations} where ${recommendations.code} = ${params.item})`,
    );
  if (params.from) where.push(sql`${activityLog.at} >= ${dayStart(params.from).toISOString()}`);
  if (params.to) where.push(sql`${activityLog.at} < ${nextDayStart(params.to).toISOString()}`);

  const actorAgency = alias(agencies, "actor_agency");
  const rows = await db
    .select({
      entry: activityLog,
      source: historySourceSql,
      actorName: users.name,
      actorAgency: { key: actorAgency.key, abbreviation: actorAgency.abbreviation },
      rec: {
        code: recommendations.code,
        en: recommendations.titleEn,
        zhHans: recommendations.titleZhHans,
        zhHant: recommendations.titleZhHant,
      },
      roundId: sql<string | null>`coalesce(${rounds.id}, ${answerRequest.roundId})`,
      roundName: rounds.name,
      actionTitle: actions.title,
      actionTitleZhHans: actions.titleZhHans,
      actionTitleZhHant: actions.titleZhHant,
    })
    .from(activityLog)
    .leftJoin(users, eq(users.id, activityLog.actorId))
    .leftJoin(actorAgency, eq(actorAgency.id, users.agencyId))
    .leftJoin(recommendations, eq(recommendations.id, activityLog.recommendationId))
    .leftJoin(
      answerRequest,
      and(
        eq(activityLog.entityType, "evidence"),
        sql`${activityLog.recommendationId} is null`,
        sql`${answerRequest.id}::text = ${answerRequestId}`,
      ),
    )
    // entity_id is text (it names rows of any table); compare it with the ids as text.
    .leftJoin(
      rounds,
      or(
        and(eq(activityLog.entityType, "round"), sql`${rounds.id}::text = ${activityLog.entityId}`),
        eq(rounds.id, answerRequest.roundId),
      ),
    )
    .leftJoin(actions, and(eq(activityLog.entityType, "action"), sql`${actions.id}::text = ${activityLog.entityId}`))
    .where(and(...where))
    .orderBy(desc(activityLog.id))
    .limit(limit + 1);

  const page = rows.slice(0, limit);
  const entries = page.map((r) => {
    const { entry } = r;
    const item: FeedItem = r.rec?.code
      ? {
          type: "recommendation",
          code: r.rec.code,
          titles: { en: r.rec.en, zhHans: r.rec.zhHans, zhHant: r.rec.zhHant },
        }
      : r.roundId
        ? { type: "round", id: r.roundId, name: r.roundName ?? "" }
        : (adminOnlyEntityTypes as readonly string[]).includes(entry.entityType)
          ? { type: "security" }
          : null;
    const timeline = historyEntryOf({ ...r, agency: r.actorAgency?.abbreviation ?? null });
    return {
      ...timeline,
      actor: { ...timeline.actor, id: r.actorName ? entry.actorId : null, agencyKey: r.actorAgency?.key ?? null },
      item,
    };
  });
  return { entries, nextBefore: rows.length > limit ? page[page.length - 1]!.entry.id : null };
}

export type ActivityFeedEntry = Awaited<ReturnType<typeof listActivityFeed>>["entries"][number];

/**
 * How long a sitting lasts: page views of the feed less than 30 minutes apart are one visit, so
 * reloading, filtering and paging keep the marker where the visit found it; coming back after a
 * longer pause starts a new visit whose marker is the newest entry the last one showed.
 */
export const SITTING_MINUTES = 30;

/**
 * Records a page view of the feed and answers the marker to show: entries with a larger id are
 * "new since your last visit". `newestShownId` is the first entry of the page shown (0 when the
 * page shows none or is an older page). A first visit's marker is what it shows, so nothing is new.
 * One statement, so two tabs opening at once cannot both move the marker.
 */
export async function openActivityVisit(db: DbOrTx, userId: string, newestShownId: number, now: Date = new Date()) {
  const sittingStart = new Date(now.getTime() - SITTING_MINUTES * 60_000);
  const [row] = await db
    .insert(activityVisits)
    .values({ userId, lastSeenId: newestShownId, markerId: newestShownId, visitedAt: now })
    .onConflictDoUpdate({
      target: activityVisits.userId,
      set: {
        // Every expression here reads the row as it was before this statement.
        markerId: sql`case when ${activityVisits.visitedAt} < ${sittingStart.toISOString()} then ${activityVisits.lastSeenId} else ${activityVisits.markerId} end`,
        lastSeenId: sql`greatest(${activityVisits.lastSeenId}, excluded.last_seen_id)`,
        visitedAt: sql`excluded.visited_at`,
      },
    })
    .returning({ markerId: activityVisits.markerId });
  return row!.markerId;
}

/** The people the person filter offers: every account by name, with its agency (no e-mail addresses). */
export async function listFeedPeople(db: DbOrTx) {
  return db
    .select({ id: users.id, name: users.name, agency: agencies.abbreviation })
    .from(users)
    .leftJoin(agencies, eq(agencies.id, users.agencyId))
    .orderBy(users.name, users.id);
}
