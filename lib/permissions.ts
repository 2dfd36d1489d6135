/**
 * The one place that answers "may this user do this to this thing". Pages (to hide or disable
 * controls and say why) call `authorize`; every write is checked on the server by `requireAllowed`
 * in the mutation layer, which asks the same function, whatever the UI showed.
 *
 * Pure functions over plain data: callers load the facts (the owning agencies of a recommendation,
 * the agency of an action) and this module decides, so every rule is unit-tested in isolation.
 */
import { recommendationStatuses, type RecommendationStatus, type UserRole } from "@/db/schema/enums";
import type { RequestState, RoundStatus } from "@/db/schema/rounds";
import type { TokenScope } from "@/db/schema/security";
import {
  listOf,
  msg,
  type Message,
  type MessageKey,
  type MessageList,
  type MessageValue,
} from "@/lib/i18n/server-message";

export interface Actor {
  id: string;
  role: UserRole;
  agencyId: string | null;
  /** Set when the request came with an API token: a read token may not write. */
  tokenScope?: TokenScope;
  /** The token's name, so the history can say which integration acted. */
  tokenName?: string;
}

/** A user as the session or the users table holds them. */
interface ActingUser {
  id: string;
  role: UserRole;
  agencyId: string | null;
}
/** A user acting through an API token (what authenticateApiToken finds). */
interface ActingToken {
  user: ActingUser;
  scope: TokenScope;
  name: string;
}

/** The one way to turn a signed-in user, or a user behind an API token, into the actor rules judge. */
export function actorOf(who: ActingUser | ActingToken): Actor {
  if ("user" in who) {
    const { id, role, agencyId } = who.user;
    return { id, role, agencyId, tokenScope: who.scope, tokenName: who.name };
  }
  return { id: who.id, role: who.role, agencyId: who.agencyId };
}

/** What is known about a recommendation when deciding. */
export interface RecommendationFacts {
  ownerAgencyIds: string[];
  archived?: boolean;
}

/** The facts of a recommendation as the read queries return it (detail page, list rows). */
export function factsOf(rec: { owners: { agency: { id: string } }[]; archivedAt: Date | null }): RecommendationFacts {
  return { ownerAgencyIds: rec.owners.map((o) => o.agency.id), archived: rec.archivedAt !== null };
}

/** What is known about an action when deciding. */
export interface ActionFacts {
  agencyId: string;
  recommendation: RecommendationFacts;
}

/**
 * What evidence is attached to, as the rules need it: an action, or one agency's answer in a
 * reporting round (its state, when it was last submitted, and whether the round is still open).
 */
export type EvidenceOwnerFacts =
  | { kind: "action"; action: ActionFacts }
  | {
      kind: "answer";
      recommendation: RecommendationFacts;
      /** The answering agency. */
      agencyId: string;
      state: RequestState;
      submittedAt: Date | null;
      roundStatus: RoundStatus;
    };

/** Recommendation fields an agency member of an owning agency may change. */
export const memberRecommendationFields = ["status", "health"] as const;
/**
 * The statuses of doing the work. A member moves their agency's recommendation only among these:
 * never into "verified" or "closed" (judgements about the work) and never out of them, so a
 * verification or a closure stands until a coordinator reopens it.
 */
export const memberStatuses: readonly RecommendationStatus[] = ["accepted", "in_progress", "implemented"];
/**
 * Action fields an agency member may change on their agency's actions: the work itself and its
 * place in the list. The assignment (agency and person) is a coordinator's call.
 */
export const memberActionFields = [
  "title",
  "titleZhHans",
  "titleZhHant",
  "description",
  "descriptionZhHans",
  "descriptionZhHant",
  "status",
  "progress",
  "dueDate",
  "completionNote",
  "cancellationReason",
  "position",
] as const;
/** The fields that reassign an action. */
export const reassignmentFields = ["agency", "assigneeId"] as const;

/**
 * How a refusal names fields: words a person reads ("the target date", in their language), never
 * the field ids the code uses.
 */
const fieldWords: Record<string, MessageKey> = {
  acceptance: "fieldWords.acceptance",
  acceptanceReason: "fieldWords.acceptanceReason",
  closureReason: "fieldWords.closureReason",
  targetDate: "fieldWords.targetDate",
  priority: "fieldWords.priority",
  owners: "fieldWords.owners",
  archivedAt: "fieldWords.archivedAt",
  titleEn: "fieldWords.titleEn",
  titleZhHans: "fieldWords.titleZhHans",
  titleZhHant: "fieldWords.titleZhHant",
  summaryEn: "fieldWords.summaryEn",
  summaryZhHans: "fieldWords.summaryZhHans",
  summaryZhHant: "fieldWords.summaryZhHant",
  rationale: "fieldWords.rationale",
  theme: "fieldWords.theme",
  horizon: "fieldWords.horizon",
  status: "fieldWords.status",
  health: "fieldWords.health",
  assigneeId: "fieldWords.assigneeId",
  agency: "fieldWords.agency",
};

/** "the priority", "the priority and the target date", "a, b and c": for a sentence, in the reader's language. */
export function fieldList(fields: readonly string[]): MessageList {
  return listOf(
    fields.map((f) => {
      const key = fieldWords[f];
      // A field without words of its own is named after its id (in English), rather than not at all.
      return key ? msg(key) : msg("fieldWords.other", { name: f.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase() });
    }),
  );
}

export type Request =
  | { action: "recommendation.read" }
  /** The dashboard's figures (and its API): aggregates of what the list shows everyone signed in. */
  | { action: "dashboard.read" }
  | { action: "recommendation.create" }
  | {
      action: "recommendation.update";
      recommendation: RecommendationFacts;
      fields: string[];
      /** Set when the status changes: from what it is now to what the caller asks for. */
      statusChange?: { from: RecommendationStatus; to: RecommendationStatus };
    }
  /** Archive or restore: restoring is the one change an archived recommendation accepts. */
  | { action: "recommendation.archive"; recommendation?: RecommendationFacts }
  /** Add an action for `agencyId` under the recommendation. */
  | { action: "action.create"; recommendation: RecommendationFacts; agencyId: string }
  | { action: "action.update"; target: ActionFacts; fields: string[] }
  | { action: "indicator.record"; recommendation: RecommendationFacts }
  /** Define, change or remove an indicator: what is measured, its baseline and its target. */
  | { action: "indicator.manage"; recommendation: RecommendationFacts }
  /** Remove a reading recorded by mistake; `recordedById` is who recorded it (null: an account since removed). */
  | { action: "indicator.reading_delete"; recommendation: RecommendationFacts; recordedById: string | null }
  | { action: "note.read"; recommendation: RecommendationFacts }
  | { action: "note.edit"; recommendation: RecommendationFacts }
  | { action: "note.freeze"; recommendation: RecommendationFacts }
  /** Rebuild a damaged note's stored state (drop what cannot be applied, restore a version). */
  | { action: "note.repair"; recommendation: RecommendationFacts }
  | { action: "view.create" }
  /** Make a saved view visible to everyone (see the rule below for who may). */
  | { action: "view.share" }
  /** Change or delete a saved table view. */
  | { action: "view.manage"; ownerId: string }
  | { action: "user.manage" }
  | { action: "user.deactivate"; userId: string }
  | { action: "agency.manage" }
  | { action: "token.create"; scope: TokenScope }
  | { action: "token.revoke"; ownerId: string }
  /** See every user's API tokens (to revoke one that leaked), not only your own. */
  | { action: "token.list_all" }
  | { action: "activity.security" }
  /**
   * Read the workspace's activity feed. Which entries it holds for the reader is decided per entry
   * (db/queries/activity-feed.ts): what everyone reads, and "activity.security" for account entries.
   */
  | { action: "activity.read" }
  /**
   * Read the "My work" list of an agency's actions (`agencyId`), or with null the overview without
   * one (coordinators' Needs attention).
   */
  | { action: "mywork.read"; agencyId: string | null }
  /** One's own preferences, such as the interface language. */
  | { action: "preferences.update" }
  /** Open a reporting round, review its answers (accept or return), close it. */
  | { action: "round.manage" }
  /** Write, submit or withdraw the answer of agency `agencyId` for a recommendation in a round. */
  | { action: "round.answer"; recommendation: RecommendationFacts; agencyId: string }
  /** Read an answer's content (statement, proposals): `state` is where it stands. */
  | { action: "round.read_answer"; agencyId: string; state: RequestState }
  /**
   * See (list, download) evidence. `addedAt` is when the piece was attached, for an answer's: what
   * was added after its last submission is still the agency's draft.
   */
  | { action: "evidence.read"; on: EvidenceOwnerFacts; addedAt?: Date }
  /** Attach a file or a link, or remove one. */
  | { action: "evidence.write"; on: EvidenceOwnerFacts }
  /** Mark one's own notifications read (they are nobody else's to read or mark). */
  | { action: "notification.mark_read" }
  /** Ask for a committee report (a job that builds a PDF, XLSX or printable page of a selection). */
  | { action: "report.create" }
  /** See a report job and download its file; `requestedById` is who asked for it (null: account removed). */
  | { action: "report.read"; requestedById: string | null }
  /** Change, regenerate or delete a saved report definition of `ownerId`. */
  | { action: "report.definition_manage"; ownerId: string };

/** A refusal's reason is a message descriptor: pages render it in the reader's language (lib/i18n/say.ts). */
export type Decision = { allowed: true } | { allowed: false; reason: Message };

const allow: Decision = { allowed: true };
const deny = (key: MessageKey, values?: Record<string, MessageValue>): Decision => ({
  allowed: false,
  reason: msg(key, values),
});

/**
 * Renders a refusal for people (lib/i18n/say.ts on pages, `english` in tests): the rights helpers
 * below take one so pages get their reasons in the reader's language. Passed in rather than
 * imported, so this module (which client components reach through lib/lifecycle) carries no catalog.
 */
export type Say = (message: Message) => string;

const WRITES = new Set<Request["action"]>([
  "recommendation.create",
  "recommendation.update",
  "recommendation.archive",
  "action.create",
  "action.update",
  "indicator.record",
  "indicator.manage",
  "indicator.reading_delete",
  "note.edit",
  "note.freeze",
  "note.repair",
  "view.create",
  "view.share",
  "view.manage",
  "user.manage",
  "user.deactivate",
  "agency.manage",
  "token.create",
  "token.revoke",
  "preferences.update",
  "round.manage",
  "round.answer",
  "evidence.write",
  "notification.mark_read",
  "report.create",
  "report.definition_manage",
]);

export function isWrite(action: Request["action"]): boolean {
  return WRITES.has(action);
}

const isManager = (a: Actor) => a.role === "admin" || a.role === "coordinator";
export const belongsToOwner = (a: Actor, r: RecommendationFacts) =>
  a.agencyId !== null && r.ownerAgencyIds.includes(a.agencyId);

/** The recommendation a write changes (itself, its actions, indicators or notes); archiving is not one of them. */
function changedRecommendation(req: Request): RecommendationFacts | undefined {
  switch (req.action) {
    case "recommendation.update":
    case "action.create":
    case "indicator.record":
    case "indicator.manage":
    case "indicator.reading_delete":
    case "note.edit":
    case "note.freeze":
    case "round.answer":
      return req.recommendation;
    case "action.update":
      return req.target.recommendation;
    case "evidence.write":
      return req.on.kind === "action" ? req.on.action.recommendation : req.on.recommendation;
    default:
      return undefined;
  }
}

/**
 * For deciding what to offer (a control, a writable note connection), never for refusing a write:
 * writes are refused by `requireAllowed` in the mutation layer.
 */
export function can(actor: Actor, req: Request): boolean {
  return authorize(actor, req).allowed;
}

export function authorize(actor: Actor, req: Request): Decision {
  if (actor.tokenScope === "read" && isWrite(req.action)) {
    return deny("permissions.readOnlyToken");
  }
  const decision = byRole(actor, req);
  // One rule for everything under an archived recommendation (fields, owners, actions, readings,
  // notes), after the role rules so that someone who could not change it anyway is told that instead.
  if (decision.allowed && changedRecommendation(req)?.archived) {
    return deny("permissions.archived");
  }
  return decision;
}

function byRole(actor: Actor, req: Request): Decision {
  switch (req.action) {
    case "recommendation.read":
    case "dashboard.read":
      return allow;

    case "note.read":
      // A live note opens over the websocket with a ticket that only a signed-in browser gets.
      return actor.tokenScope ? deny("permissions.liveNotesInBrowser") : allow;

    case "recommendation.create":
    case "recommendation.archive":
      return isManager(actor) ? allow : deny("permissions.managersOnly");

    case "action.create":
      if (isManager(actor)) return allow;
      if (actor.role !== "member") return deny("permissions.viewerAddAction");
      if (!belongsToOwner(actor, req.recommendation)) return deny("permissions.memberAddActionOwned");
      if (req.agencyId !== actor.agencyId) return deny("permissions.memberAddActionOwnAgency");
      return allow;

    case "recommendation.update": {
      if (isManager(actor)) return allow;
      if (actor.role !== "member") return deny("permissions.viewerChangeRecommendation");
      if (!belongsToOwner(actor, req.recommendation)) {
        return deny("permissions.ownerMembersOnly");
      }
      const other = req.fields.filter((f) => !(memberRecommendationFields as readonly string[]).includes(f));
      if (other.length) {
        return deny("permissions.memberStatusHealthOnly", { fields: fieldList(other) });
      }
      const change = req.statusChange;
      if (change && !(memberStatuses.includes(change.from) && memberStatuses.includes(change.to))) {
        return deny("permissions.memberStatusMoves");
      }
      return allow;
    }

    case "action.update": {
      if (isManager(actor)) return allow;
      if (actor.role !== "member") return deny("permissions.viewerChangeAction");
      if (actor.agencyId !== req.target.agencyId) return deny("permissions.memberOwnActions");
      if (req.fields.some((f) => (reassignmentFields as readonly string[]).includes(f)))
        return deny("permissions.reassign");
      const other = req.fields.filter((f) => !(memberActionFields as readonly string[]).includes(f));
      if (other.length) return deny("permissions.coordinatorActionFields", { fields: fieldList(other) });
      return allow;
    }

    case "indicator.record":
    case "note.edit":
      if (isManager(actor)) return allow;
      if (actor.role === "member" && belongsToOwner(actor, req.recommendation)) return allow;
      return deny("permissions.managersOrOwners");

    case "indicator.manage":
      // What is measured and the target it is judged against are part of the assessment.
      return isManager(actor) ? allow : deny("permissions.manageIndicators");

    case "indicator.reading_delete":
      if (isManager(actor)) return allow;
      if (actor.role !== "member" || !belongsToOwner(actor, req.recommendation))
        return deny("permissions.removeReadings");
      // A reading is someone's statement of a figure: only they (or a coordinator) take it back.
      return req.recordedById === actor.id ? allow : deny("permissions.removeOwnReadings");

    case "mywork.read":
      // A work queue, not a secret: everyone may read every action on the recommendation pages.
      // Members get their own agency's queue; the cross-agency view is the coordinators' tool.
      if (isManager(actor)) return allow;
      if (actor.role !== "member") return deny("permissions.myWorkViewer");
      if (actor.agencyId === null) return deny("permissions.myWorkNoAgency");
      if (req.agencyId !== actor.agencyId) return deny("permissions.myWorkOtherAgency");
      return allow;

    case "note.freeze":
      return isManager(actor) ? allow : deny("permissions.freezeNote");

    case "note.repair":
      return actor.role === "admin" ? allow : deny("permissions.repairNote");

    case "user.manage":
    case "agency.manage":
    case "activity.security":
    case "token.list_all":
      return actor.role === "admin" ? allow : deny("permissions.adminsOnly");

    case "user.deactivate":
      if (actor.role !== "admin") return deny("permissions.adminsOnly");
      // Locking yourself out could leave no one to undo it.
      return req.userId === actor.id ? deny("permissions.deactivateSelf") : allow;

    case "token.create":
      // A token minted with a token would outlive the revocation of the first one.
      if (actor.tokenScope) return deny("permissions.tokenWithToken");
      if (req.scope === "write" && actor.role === "viewer") return deny("permissions.viewerWriteToken");
      return allow;

    case "activity.read":
      // Every change on the feed is one the reader may read where it happened (a recommendation's
      // timeline, the rounds list); the feed filters the rest out entry by entry.
      return allow;

    case "view.create":
    case "preferences.update":
    case "notification.mark_read":
      return allow;

    case "view.share":
      // A shared view appears in everyone's list of views, so publishing one changes what others
      // see; viewers change nothing others see. Everyone may still save views for themselves.
      return actor.role === "viewer" ? deny("permissions.viewerShareView") : allow;

    case "view.manage":
      return req.ownerId === actor.id || actor.role === "admin" ? allow : deny("permissions.manageView");

    case "token.revoke":
      return req.ownerId === actor.id || actor.role === "admin" ? allow : deny("permissions.revokeToken");

    case "round.manage":
      return isManager(actor) ? allow : deny("rounds.permissions.manage");

    case "round.answer":
      // The answer is the agency's own account of its work; the coordinator judges it, so writing
      // it too would make them both parties. Administrators are no exception.
      if (isManager(actor)) return deny("rounds.permissions.reviewerAnswers");
      if (actor.role !== "member" || actor.agencyId === null) return deny("rounds.permissions.membersAnswer");
      if (actor.agencyId !== req.agencyId || !belongsToOwner(actor, req.recommendation))
        return deny("rounds.permissions.ownAgencyOnly");
      return allow;

    case "round.read_answer":
      // A draft is the agency's working copy: no one else reads it until it is submitted.
      if (req.state !== "draft" && req.state !== "not_started") return allow;
      return actor.agencyId === req.agencyId ? allow : deny("rounds.permissions.draftPrivate");
    case "evidence.read":
      return mayReadEvidence(actor, req.on, req.addedAt);

    case "evidence.write":
      return mayWriteEvidence(actor, req.on);

    case "report.create":
      // A report shows what its requester may read already (every recommendation; answers once
      // submitted), so anyone signed in may ask for one.
      return allow;
    case "report.read":
      // Someone's report is theirs; coordinators see every report (they prepare the meetings).
      return isManager(actor) || actor.id === req.requestedById ? allow : deny("reports.permissions.notYours");
    case "report.definition_manage":
      return actor.id === req.ownerId ? allow : deny("reports.permissions.definitionNotYours");
  }
}

const answersFor = (a: Actor, agencyId: string) => a.role === "member" && a.agencyId === agencyId;

/**
 * An action's evidence is read by whoever reads the recommendation. An answer's is the answering
 * agency's draft until submitted: others see what it held when last submitted (all of it once
 * submitted or accepted; after a return, what was there at the submission the coordinator returned).
 */
function mayReadEvidence(actor: Actor, on: EvidenceOwnerFacts, addedAt?: Date): Decision {
  if (on.kind === "action") return allow;
  if (answersFor(actor, on.agencyId)) return allow;
  if (on.state === "submitted" || on.state === "accepted") return allow;
  if (on.state === "returned" && on.submittedAt && addedAt && addedAt <= on.submittedAt) return allow;
  return deny("evidence.permissions.draftPrivate");
}

/** Whoever may edit an action attaches its evidence; an answer's, only its agency, while it is theirs to change. */
function mayWriteEvidence(actor: Actor, on: EvidenceOwnerFacts): Decision {
  if (on.kind === "action") {
    if (isManager(actor)) return allow;
    if (actor.role !== "member") return deny("evidence.permissions.viewer");
    if (actor.agencyId !== on.action.agencyId) return deny("evidence.permissions.otherAgencyAction");
    return allow;
  }
  if (!answersFor(actor, on.agencyId)) return deny("evidence.permissions.answeringAgencyOnly");
  if (on.roundStatus !== "open") return deny("evidence.permissions.roundClosed");
  if (on.state === "submitted") return deny("evidence.permissions.answerSubmitted");
  if (on.state === "accepted") return deny("evidence.permissions.answerAccepted");
  return allow;
}

/** What a person may change on a recommendation: the one helper the list and the detail page use. */
export interface RecommendationEditRights {
  /** Statuses they may move it to from the current one (the current one not included). */
  statuses: RecommendationStatus[];
  health: boolean;
  priority: boolean;
  /** Lead and owning agencies. */
  lead: boolean;
  /** Acceptance (with its reason) and closure reason: a coordinator's assessment. */
  assess: boolean;
  targetDate: boolean;
  /** Why they may not update its tracking fields at all, when they may not. */
  refusal: string | null;
  /** Per field group, why they may not change it (null where they may), so a read-only value can say why. */
  refusals: Record<"status" | "health" | "priority" | "targetDate" | "assess", string | null>;
}

export function recommendationEditRights(
  actor: Actor,
  recommendation: RecommendationFacts,
  status: RecommendationStatus,
  say: Say,
): RecommendationEditRights {
  const decide = (fields: string[], to?: RecommendationStatus) =>
    authorize(actor, {
      action: "recommendation.update",
      recommendation,
      fields,
      statusChange: to ? { from: status, to } : undefined,
    });
  const may = (fields: string[]) => decide(fields).allowed;
  const why = (d: Decision) => (d.allowed ? null : say(d.reason));
  const tracking = decide(["health"]);
  const moves = recommendationStatuses.filter((s) => s !== status).map((s) => ({ s, d: decide(["status"], s) }));
  const statuses = moves.filter((m) => m.d.allowed).map((m) => m.s);
  const priority = decide(["priority"]);
  const targetDate = decide(["targetDate"]);
  const assess = decide(["acceptance", "acceptanceReason", "closureReason"]);
  return {
    statuses,
    health: tracking.allowed,
    priority: priority.allowed,
    lead: may(["owners"]),
    assess: assess.allowed,
    targetDate: targetDate.allowed,
    refusal: why(tracking),
    refusals: {
      // When no move is open, the reason the first one is refused says why the status is fixed.
      status: statuses.length ? null : (moves.map((m) => why(m.d)).find(Boolean) ?? null),
      health: why(tracking),
      priority: why(priority),
      targetDate: why(targetDate),
      assess: why(assess),
    },
  };
}

/** What a person may change on one action: the helper the action list asks to show or hide. */
export interface ActionEditRights {
  /** The work: title, description, status, progress, due date, notes, place in the list. */
  edit: boolean;
  /** The agency and the person it is assigned to. */
  reassign: boolean;
  /** Why they may not edit it, when they may not. */
  refusal: string | null;
  /** Why they may not reassign it, when they may edit but not reassign. */
  reassignRefusal: string | null;
}

export function actionEditRights(actor: Actor, target: ActionFacts, say: Say): ActionEditRights {
  const decide = (fields: readonly string[]) =>
    authorize(actor, { action: "action.update", target, fields: [...fields] });
  const edit = decide(memberActionFields);
  const reassign = decide(reassignmentFields);
  return {
    edit: edit.allowed,
    reassign: reassign.allowed,
    refusal: edit.allowed ? null : say(edit.reason),
    reassignRefusal: reassign.allowed ? null : say(reassign.reason),
  };
}
