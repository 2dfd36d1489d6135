/** What a piece of evidence hangs off, as the components address it through the API. */
export type EvidenceOwnerProp =
  { kind: "action"; actionId: string } | { kind: "answer"; roundId: string; code: string };

/** A file or link as the list shows it (dates as ISO text: it crosses from the server). */
export interface EvidenceListItem {
  id: string;
  kind: "file" | "link";
  name: string;
  contentType: string | null;
  size: number | null;
  url: string | null;
  uploadedBy: string | null;
  createdAt: string;
}

/** Where the owner's evidence is listed and added. */
export function evidenceCollectionPath(owner: EvidenceOwnerProp): string {
  return owner.kind === "action"
    ? `/api/v1/actions/${encodeURIComponent(owner.actionId)}/evidence`
    : `/api/v1/rounds/${encodeURIComponent(owner.roundId)}/answers/${encodeURIComponent(owner.code)}/evidence`;
}

export const evidenceDownloadPath = (id: string) => `/api/v1/evidence/${encodeURIComponent(id)}/download`;
export const evidencePath = (id: string) => `/api/v1/evidence/${encodeURIComponent(id)}`;
