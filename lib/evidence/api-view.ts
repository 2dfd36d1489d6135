import type { EvidenceItem } from "@/db/queries/evidence";

/** Evidence as the API answers it: its metadata, and where to download a file. */
export function evidenceView(item: EvidenceItem) {
  return {
    id: item.id,
    kind: item.kind,
    name: item.name,
    on: item.on,
    actionId: item.actionId,
    roundRequestId: item.roundRequestId,
    fileName: item.fileName,
    contentType: item.contentType,
    size: item.size,
    sha256: item.sha256,
    url: item.url,
    label: item.label,
    uploadedBy: item.uploadedBy,
    createdAt: item.createdAt.toISOString(),
    downloadUrl: item.kind === "file" ? `/api/v1/evidence/${item.id}/download` : null,
  };
}
export type EvidenceView = ReturnType<typeof evidenceView>;
