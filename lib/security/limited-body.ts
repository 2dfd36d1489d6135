/**
 * Reading a request body without trusting its size. `Request.text()` buffers whatever arrives, and a
 * chunked body declares no length: a 200 MB upload grew the server by 340 MB before the old check ran.
 * Here bytes are counted as they stream and reading stops at the limit, so the most a caller can make
 * the server hold is `limit` plus one chunk.
 */

export type LimitedBody = { ok: true; bytes: Uint8Array } | { ok: false; reason: "too_large" };

/**
 * The body, or `too_large` as soon as it passes `limit` bytes (declared or counted). The stream is
 * cancelled then, so nothing further is read into memory.
 */
export async function readLimitedBody(
  body: ReadableStream<Uint8Array> | null,
  limit: number,
  declaredLength?: string | null,
): Promise<LimitedBody> {
  if (declaredLength && Number(declaredLength) > limit) {
    await body?.cancel().catch(() => {});
    return { ok: false, reason: "too_large" };
  }
  if (!body) return { ok: true, bytes: new Uint8Array(0) };
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => {});
      return { ok: false, reason: "too_large" };
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return { ok: true, bytes };
}

/** UTF-8 text, or null when the bytes are not valid UTF-8 (instead of silently replacing them). */
export function decodeUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return null;
  }
}

/** Kibibytes for messages: 65536 → "64 KiB". */
export const kib = (bytes: number) => `${Math.round(bytes / 1024)} KiB`;
