/**
 * The limits evidence files are held to, shared by the server (which enforces them) and the upload
 * form (which says so before sending 31 MB for nothing). Pure data: client components import it.
 */

/** 20 MiB: the most one file may hold (the database checks it too, `evidence_size_limit`). */
export const MAX_EVIDENCE_BYTES = 20 * 1024 * 1024;

/** Bytes per stored piece (`evidence_chunks`): a download holds one piece in memory at a time. */
export const EVIDENCE_CHUNK_BYTES = 256 * 1024;

/**
 * What a multipart body may carry besides the file itself (the boundary lines, the part's headers,
 * a long file name): a body larger than the file limit plus this cannot hold an acceptable file.
 */
export const MULTIPART_ALLOWANCE_BYTES = 16 * 1024;

/** The most an upload request may send. */
export const MAX_EVIDENCE_UPLOAD_BYTES = MAX_EVIDENCE_BYTES + MULTIPART_ALLOWANCE_BYTES;

/**
 * Megabytes as people read them in a refusal ("31"): mebibytes rounded up to a tenth, so a file one
 * byte over the limit reads "20.1", never the same "20" as the limit it broke.
 */
export function megabytes(bytes: number): string {
  const tenths = Math.ceil((bytes / (1024 * 1024)) * 10) / 10;
  return Number.isInteger(tenths) ? String(tenths) : tenths.toFixed(1);
}
