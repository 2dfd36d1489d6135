import "server-only";
import type { Database } from "@/db";
import { getEvidence, loadEvidenceOwner, ownerRefOf, type EvidenceItem } from "@/db/queries/evidence";
import { notFound } from "@/lib/errors";
import { can, type Actor } from "@/lib/permissions";

/**
 * A piece of evidence the caller may read, or 404: a forged id and another agency's draft answer
 * look alike, so the answer tells nobody that a hidden file exists.
 */
export async function readableEvidence(db: Database, actor: Actor, id: string): Promise<EvidenceItem> {
  const item = await getEvidence(db, id);
  const owner = item ? await loadEvidenceOwner(db, ownerRefOf(item)) : null;
  if (!item || !owner || !can(actor, { action: "evidence.read", on: owner.facts, addedAt: item.createdAt }))
    throw notFound("evidence.noEvidence", { id });
  return item;
}
