/**
 * File names as uploaded are the caller's text: a path ("C:\\fakepath\\report.pdf",
 * "../../etc/passwd"), control characters or a line break that would split a header. What is
 * stored and sent back is the last path segment with those removed.
 */

const MAX_NAME_CHARS = 200;

/** The name to store and offer for download: never empty, never a path, never a control character. */
export function safeFileName(raw: string): string {
  const last = raw.split(/[\\/]/).pop() ?? "";
  const cleaned = last
    // C0 and C1 controls, DEL, and the bidirectional overrides that make "exe.pdf" read "fdp.exe".
    .replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, "")
    .replace(/["*:<>?|]/g, "_")
    .trim()
    .replace(/^\.+/, "");
  const chars = [...cleaned];
  if (chars.length <= MAX_NAME_CHARS) return cleaned || "file";
  // Keep the extension when shortening: it is what the reader's system opens the file with.
  const ext = /\.[^.]{1,10}$/.exec(cleaned)?.[0] ?? "";
  return chars.slice(0, MAX_NAME_CHARS - ext.length).join("") + ext;
}

/** RFC 5987 encoding: every byte outside attr-char percent-encoded. */
function rfc5987(value: string): string {
  return encodeURIComponent(value).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/**
 * `attachment` with an ASCII fallback name for old clients and the real name as `filename*`
 * (RFC 6266, RFC 5987), so 進度報告.pdf downloads as 進度報告.pdf.
 */
export function attachmentDisposition(name: string): string {
  const safe = safeFileName(name);
  const ascii = safe.replace(/[^\x20-\x7e]/g, "_").replace(/["\\%]/g, "_");
  return `attachment; filename="${ascii}"; filename*=UTF-8''${rfc5987(safe)}`;
}
