import "server-only";
import type { DbOrTx } from "@/db";
import { listAnswerEvidence, loadAnswerOwners } from "@/db/queries/evidence";
import { can, type Actor } from "@/lib/permissions";
import { toEvidenceListItem } from "./list-item";
import type { EvidenceListItem } from "./types";

/** An answer's files and links as the viewer may see them, and whether they may add or remove any. */
export interface AnswerEvidence {
  items: EvidenceListItem[];
  canWrite: boolean;
}

/**
 * The evidence of the answers a page shows (the round page, My work's reporting requests, the
 * recommendation page's card), in two queries whatever their number. Each piece is filtered by the
 * permission module: what an agency added since its last submission is still its draft.
 */
export async function loadAnswerEvidenceFor(
  db: DbOrTx,
  actor: Actor,
  requestIds: string[],
): Promise<Map<string, AnswerEvidence>> {
  const [owners, items] = await Promise.all([loadAnswerOwners(db, requestIds), listAnswerEvidence(db, requestIds)]);
  const result = new Map<string, AnswerEvidence>();
  for (const [requestId, owner] of owners) {
    result.set(requestId, {
      items: (items.get(requestId) ?? [])
        .filter((item) => can(actor, { action: "evidence.read", on: owner.facts, addedAt: item.createdAt }))
        .map(toEvidenceListItem),
      canWrite: can(actor, { action: "evidence.write", on: owner.facts }),
    });
  }
  return result;
}
