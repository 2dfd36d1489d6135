import "server-only";
import type { DbOrTx } from "@/db";
import {
  ATTENTION_MAX,
  findCurrentAgencyByKey,
  getAgencyById,
  listMyWork,
  listNeedsAttention,
  type MyWorkGroups,
  type NeedsAttention,
} from "@/db/queries/my-work";
import { todayUtc } from "@/db/queries/recommendations";
import { listOpenRequests, type OpenRequest } from "@/db/queries/rounds";
import type { Agency } from "@/db/schema";
import { badRequest, forbidden } from "@/lib/errors";
import { msg } from "@/lib/i18n/server-message";
import { authorize, can, type Actor } from "@/lib/permissions";
import type { MyWorkQuery } from "@/lib/validation/my-work";

export interface MyWork {
  today: string;
  /** The agency whose work is listed; null for a coordinator who has not picked one. */
  agency: Agency | null;
  scope: "agency" | "mine";
  groups: MyWorkGroups | null;
  /** Coordinators and administrators only. */
  needsAttention: NeedsAttention | null;
  /** The agency's requests in open reporting rounds not yet accepted, soonest due first; null without an agency. */
  requests: OpenRequest[] | null;
}

/**
 * What the My work page and `GET /api/v1/my-work` show, for one caller: their agency's work (or,
 * for coordinators, the agency they asked for) and, for coordinators, what needs attention.
 * An unknown agency key is a 400; another agency's work asked for by a member is a 403 that says so.
 */
export async function loadMyWork(db: DbOrTx, actor: Actor, query: MyWorkQuery, today = todayUtc()): Promise<MyWork> {
  let agency: Agency | null = null;
  if (query.agency) {
    agency = await findCurrentAgencyByKey(db, query.agency);
    if (!agency)
      throw badRequest(msg("errors.noAgencyListed", { key: query.agency }), {
        agency: [msg("errors.noAgencyKey", { key: query.agency })],
      });
  }
  const agencyId = agency?.id ?? actor.agencyId;
  const decision = authorize(actor, { action: "mywork.read", agencyId });
  if (!decision.allowed) throw forbidden(decision.reason);
  if (!agency && agencyId) agency = await getAgencyById(db, agencyId);
  const scope = query.scope ?? "agency";
  const overview = can(actor, { action: "mywork.read", agencyId: null });
  const [groups, needsAttention, requests] = await Promise.all([
    agency ? listMyWork(db, { agencyId: agency.id, userId: actor.id, onlyMine: scope === "mine", today }) : null,
    overview
      ? listNeedsAttention(db, { today, limit: query.show ? { [query.show]: ATTENTION_MAX } : undefined })
      : null,
    agency ? listOpenRequests(db, actor, { agencyId: agency.id }, today) : null,
  ]);
  return { today, agency, scope, groups, needsAttention, requests };
}
