import type { EvidenceItem } from "@/db/queries/evidence";
import type { EvidenceListItem } from "./types";

/** What the list needs of a stored piece, in a form that crosses to the browser. */
export function toEvidenceListItem(item: EvidenceItem): EvidenceListItem {
  return {
    id: item.id,
    kind: item.kind,
    name: item.name,
    contentType: item.contentType,
    size: item.size,
    url: item.url,
    uploadedBy: item.uploadedBy?.name ?? null,
    createdAt: item.createdAt.toISOString(),
  };
}
