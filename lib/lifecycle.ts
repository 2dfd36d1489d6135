/**
 * The recommendation lifecycle, enforced on the server for every write (UI, API, bulk edit):
 * work starts only after acceptance with a reason; "verified" only by a coordinator or administrator
 * who is not a member of an owning agency, and only after implementation; "closed" needs a reason.
 */
import type { Acceptance, ClosureReason, RecommendationStatus } from "@/db/schema/enums";
import { belongsToOwner, type Actor, type RecommendationFacts } from "./permissions";

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
): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  const add = (field: string, message: string) => (errors[field] ??= []).push(message);

  if (after.acceptance !== before.acceptance && after.acceptance !== "pending" && !after.acceptanceReason?.trim()) {
    add("acceptanceReason", "Give the reason for this acceptance decision.");
  }
  if (after.status !== before.status) {
    if (WORK_STATUSES.includes(after.status) && !ACCEPTED.includes(after.acceptance)) {
      add("status", "Accept the recommendation (fully or partially, with a reason) before work on it starts.");
    }
    if (after.status === "verified") {
      if (!["implemented", "verified"].includes(before.status)) {
        add("status", "Only an implemented recommendation can be verified.");
      }
      if (actor.role !== "admin" && actor.role !== "coordinator") {
        add("status", "Only a coordinator or administrator can verify a recommendation.");
      } else if (belongsToOwner(actor, facts)) {
        add(
          "status",
          "Verification must come from outside the owning agencies: ask a coordinator from another agency.",
        );
      }
    }
  }
  if (after.status === "closed" && !after.closureReason) {
    add("closureReason", "Say why the recommendation is closed: implemented, not implemented or superseded.");
  }
  return errors;
}
