/** Ids are UUIDs; anything else cannot name a row, so it is answered 404 without a query. */
export function isUuid(value: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
}

/**
 * A route segment as text. Next hands segments over already decoded, but a client may still send
 * percent escapes; decoding again must never throw (a lone "%" made it a 500 before).
 */
export function decodeSegment(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
