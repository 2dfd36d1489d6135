/**
 * The recommendation lifecycle, enforced on the server for every write (UI, API, bulk edit):
 * work starts only after acceptance with a reason; "verified" only by a coordinator or administrator
 * who is not a member of an owning agency, and only after implementation; "closed" needs a reason.
 */
import type { Acceptance, ClosureReason, RecommendationStatus } from "@/db/schema/enums";
import { belongsToOwner, type Actor, type RecommendationFacts } from "./permissions";
import { msg, type FieldMessages, type MessageKey } from "./i18n/server-message";

export interface LifecycleState {
  status: RecommendationStatus;
  acceptance: Acceptance;
  acceptanceReason: string | null;
  closureReason: ClosureReason | null;
}

/** The statuses of work on a recommendation: reached only once it is accepted. */
export const WORK_STATUSES: readonly RecommendationStatus[] = ["accepted", "in_progress", "implemented", "verified"];
/** The acceptance decisions under which work may start. */
export const ACCEPTED: readonly Acceptance[] = ["accepted", "partially_accepted"];

/** Field → messages for a change that breaks a rule; empty when the change is allowed. */
export function lifecycleErrors(
  actor: Actor,
  facts: RecommendationFacts,
  before: LifecycleState,
  after: LifecycleState,
): FieldMessages {
  const errors: FieldMessages = {};
  const add = (field: string, key: MessageKey) => (errors[field] ??= []).push(msg(key));

  if (after.acceptance !== before.acceptance && after.acceptance !== "pending" && !after.acceptanceReason?.trim()) {
    add("acceptanceReason", "rules.acceptanceReason");
  }
  if (after.status !== before.status) {
    if (WORK_STATUSES.includes(after.status) && !ACCEPTED.includes(after.acceptance)) {
      add("status", "rules.acceptBeforeWork");
    }
    if (after.status === "verified") {
      if (!["implemented", "verified"].includes(before.status)) {
        add("status", "rules.verifyImplementedOnly");
      }
      if (actor.role !== "admin" && actor.role !== "coordinator") {
        add("status", "rules.verifyByManager");
      } else if (belongsToOwner(actor, facts)) {
        add("status", "rules.verifyFromOutside");
      }
    }
  }
  if (after.status === "closed" && !after.closureReason) {
    add("closureReason", "rules.closureReason");
  }
  return errors;
}
