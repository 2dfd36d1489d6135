/**
 * The one place that answers "may this user do this to this thing". Pages (to hide or disable
 * controls and say why), server actions, API routes and the collaboration server all call
 * `authorize`; the server refuses whatever it refuses, whatever the UI showed.
 *
 * Pure functions over plain data: callers load the facts (the owning agencies of a recommendation,
 * the agency of an action) and this module decides, so every rule is unit-tested in isolation.
 */
import type { RecommendationStatus, UserRole } from "@/db/schema/enums";
import type { TokenScope } from "@/db/schema/security";

export interface Actor {
  id: string;
  role: UserRole;
  agencyId: string | null;
  /** Set when the request came with an API token: a read token may not write. */
  tokenScope?: TokenScope;
}

/** What is known about a recommendation when deciding. */
export interface RecommendationFacts {
  ownerAgencyIds: string[];
  archived?: boolean;
}

/** What is known about an action when deciding. */
export interface ActionFacts {
  agencyId: string;
  recommendation: RecommendationFacts;
}

/** Recommendation fields an agency member of an owning agency may change. */
export const memberRecommendationFields = ["status", "health"] as const;
/** Statuses a member may move their agency's recommendation to: doing the work, not judging it. */
export const memberStatuses: readonly RecommendationStatus[] = ["in_progress", "implemented"];
/** Action fields an agency member may change on their agency's actions (not the assignment). */
export const memberActionFields = ["status", "progress", "description", "dueDate", "assigneeId"] as const;

export type Request =
  | { action: "recommendation.read" }
  | { action: "recommendation.create" }
  | {
      action: "recommendation.update";
      recommendation: RecommendationFacts;
      fields: string[];
      toStatus?: RecommendationStatus;
    }
  | { action: "recommendation.archive"; recommendation?: RecommendationFacts }
  | { action: "action.create"; recommendation: RecommendationFacts }
  | { action: "action.update"; target: ActionFacts; fields: string[] }
  | { action: "indicator.record"; recommendation: RecommendationFacts }
  | { action: "note.read"; recommendation: RecommendationFacts }
  | { action: "note.edit"; recommendation: RecommendationFacts }
  | { action: "note.freeze"; recommendation: RecommendationFacts }
  /** Rebuild a damaged note's stored state (drop what cannot be applied, restore a version). */
  | { action: "note.repair"; recommendation: RecommendationFacts }
  | { action: "view.create" }
  /** Change or delete a saved table view. */
  | { action: "view.manage"; ownerId: string }
  | { action: "user.manage" }
  | { action: "agency.manage" }
  | { action: "token.create"; scope: TokenScope }
  | { action: "token.revoke"; ownerId: string }
  /** See every user's API tokens (to revoke one that leaked), not only your own. */
  | { action: "token.list_all" }
  | { action: "activity.security" };

export type Decision = { allowed: true } | { allowed: false; reason: string };

const allow: Decision = { allowed: true };
const deny = (reason: string): Decision => ({ allowed: false, reason });

const WRITES = new Set<Request["action"]>([
  "recommendation.create",
  "recommendation.update",
  "recommendation.archive",
  "action.create",
  "action.update",
  "indicator.record",
  "note.edit",
  "note.freeze",
  "note.repair",
  "view.create",
  "view.manage",
  "user.manage",
  "agency.manage",
  "token.create",
  "token.revoke",
]);

export function isWrite(action: Request["action"]): boolean {
  return WRITES.has(action);
}

const isManager = (a: Actor) => a.role === "admin" || a.role === "coordinator";
export const belongsToOwner = (a: Actor, r: RecommendationFacts) =>
  a.agencyId !== null && r.ownerAgencyIds.includes(a.agencyId);

export function authorize(actor: Actor, req: Request): Decision {
  if (actor.tokenScope === "read" && isWrite(req.action)) {
    return deny("This API token is read-only. Create a token with the write scope to make changes.");
  }
  switch (req.action) {
    case "recommendation.read":
    case "note.read":
      return allow;

    case "recommendation.create":
    case "recommendation.archive":
    case "action.create":
      return isManager(actor) ? allow : deny("Only coordinators and administrators can do this.");

    case "recommendation.update": {
      if (req.recommendation.archived) return deny("This recommendation is archived. Restore it before changing it.");
      if (isManager(actor)) return allow;
      if (actor.role !== "member") return deny("Viewers can read but not change recommendations.");
      if (!belongsToOwner(actor, req.recommendation)) {
        return deny("Only members of an agency that owns this recommendation can update it.");
      }
      const other = req.fields.filter((f) => !(memberRecommendationFields as readonly string[]).includes(f));
      if (other.length) {
        return deny(`Agency members can update status and health only; ${other.join(", ")} is for coordinators.`);
      }
      if (req.toStatus && !memberStatuses.includes(req.toStatus)) {
        return deny(
          "Agency members can mark work in progress or implemented; accepting, verifying and closing are for coordinators.",
        );
      }
      return allow;
    }

    case "action.update": {
      if (req.target.recommendation.archived)
        return deny("This recommendation is archived. Restore it before changing it.");
      if (isManager(actor)) return allow;
      if (actor.role !== "member") return deny("Viewers can read but not change actions.");
      if (actor.agencyId !== req.target.agencyId)
        return deny("Agency members can update only the actions assigned to their own agency.");
      const other = req.fields.filter((f) => !(memberActionFields as readonly string[]).includes(f));
      if (other.length) return deny(`Only coordinators can change ${other.join(", ")} of an action.`);
      return allow;
    }

    case "indicator.record":
    case "note.edit":
      if (isManager(actor)) return allow;
      if (actor.role === "member" && belongsToOwner(actor, req.recommendation)) return allow;
      return deny("Only coordinators and members of an owning agency can do this.");

    case "note.freeze":
      return isManager(actor) ? allow : deny("Only coordinators and administrators can freeze a report version.");

    case "note.repair":
      return actor.role === "admin" ? allow : deny("Only administrators can repair a note.");

    case "user.manage":
    case "agency.manage":
    case "activity.security":
    case "token.list_all":
      return actor.role === "admin" ? allow : deny("Only administrators can do this.");

    case "token.create":
      if (req.scope === "write" && actor.role === "viewer") return deny("Viewers can create read-only tokens only.");
      return allow;

    case "view.create":
      return allow;

    case "view.manage":
      return req.ownerId === actor.id || actor.role === "admin"
        ? allow
        : deny("Only the person who saved this view (or an administrator) can change it.");

    case "token.revoke":
      return req.ownerId === actor.id || actor.role === "admin"
        ? allow
        : deny("Only the token's owner or an administrator can revoke it.");
  }
}
