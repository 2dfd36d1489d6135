/** Errors that carry what the caller should be told: a stable code, an HTTP status and a message. */
export type ErrorCode =
  | "bad_request"
  | "unauthorized"
  | "forbidden"
  | "not_found"
  | "conflict"
  | "payload_too_large"
  | "unprocessable"
  | "unavailable"
  | "internal";

const statusOf: Record<ErrorCode, number> = {
  bad_request: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  unprocessable: 422,
  unavailable: 503,
  internal: 500,
};

export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fieldErrors?: Record<string, string[]>,
    /** Extra facts for the caller, e.g. the current record on a version conflict. */
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.status = statusOf[code];
  }
}

export const unauthorized = () =>
  new AppError("unauthorized", "Sign in first: this endpoint needs a signed-in session.");
export const notFound = (message: string) => new AppError("not_found", message);
export const badRequest = (message: string, fieldErrors?: Record<string, string[]>) =>
  new AppError("bad_request", message, fieldErrors);
export const forbidden = (message: string) => new AppError("forbidden", message);
export const conflict = (message: string, details?: Record<string, unknown>) =>
  new AppError("conflict", message, undefined, details);
export const unprocessable = (message: string, fieldErrors?: Record<string, string[]>) =>
  new AppError("unprocessable", message, fieldErrors);
export const payloadTooLarge = (limit: string) =>
  new AppError(
    "payload_too_large",
    `The request body is larger than ${limit}, the most accepted here. Send less at once.`,
  );

/** Seconds a caller should wait before retrying while the database cannot be reached. */
export const DATABASE_RETRY_AFTER_SECONDS = 2;

export const databaseUnavailable = () =>
  new AppError(
    "unavailable",
    "The database cannot be reached right now, so nothing was read or changed. Try again in a few seconds.",
    undefined,
    { retryAfterSeconds: DATABASE_RETRY_AFTER_SECONDS },
  );

/**
 * Errors that say the database is out of reach (down, restarting, refusing connections, or the
 * connection dropped), not that the request was wrong: postgres.js and Node codes, and the
 * SQLSTATEs of connection exceptions (08), shutdown and start-up (57P01–57P03) and "too many
 * connections" (53300).
 */
const unreachableCodes = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "EPIPE",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "ENOTFOUND",
  "EAI_AGAIN",
  "CONNECT_TIMEOUT",
  "CONNECTION_CLOSED",
  "CONNECTION_ENDED",
  "CONNECTION_DESTROYED",
  "57P01",
  "57P02",
  "57P03",
  "53300",
]);

function causes(err: unknown): unknown[] {
  const chain: unknown[] = [];
  for (let e = err, depth = 0; e && typeof e === "object" && depth < 4; e = (e as { cause?: unknown }).cause, depth++)
    chain.push(e);
  return chain;
}

export function isDatabaseUnreachable(err: unknown): boolean {
  return causes(err).some((e) => {
    if (e instanceof AppError) return e.code === "unavailable";
    const code = (e as { code?: unknown }).code;
    return typeof code === "string" && (unreachableCodes.has(code) || code.startsWith("08"));
  });
}

/**
 * PostgreSQL refusals caused by the data a caller sent, with the answer they deserve. Inputs are
 * validated before they reach the database, so these are the last line: they keep a value that
 * slipped through (a NUL character, a number out of range) from becoming a 500.
 */
const databaseRefusals: Record<string, () => AppError> = {
  "22021": () => badRequest("Text may not contain the NUL character or invalid UTF-8."),
  "22P05": () => badRequest("Text may not contain the NUL character or invalid UTF-8."),
  "22P02": () => badRequest("A value has the wrong format (for example an id that is not a UUID)."),
  "22001": () => badRequest("A text value is too long."),
  "22003": () => badRequest("A number is out of range."),
  "22007": () => badRequest("A date or time has the wrong format."),
  "22008": () => badRequest("A date or time is out of range."),
  "23505": () => conflict("That already exists."),
  "23503": () => unprocessable("It refers to something that does not exist."),
  "23514": () => unprocessable("The values break a rule of the data (a check constraint)."),
  "40001": () => conflict("Someone else changed this at the same moment. Try again."),
  "40P01": () => conflict("Someone else changed this at the same moment. Try again."),
};

/**
 * The AppError for a database refusal caused by the caller's data, or 503 when the database is out
 * of reach; null for anything else.
 */
export function fromDatabaseError(err: unknown): AppError | null {
  if (isDatabaseUnreachable(err)) return databaseUnavailable();
  for (const e of causes(err)) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === "string" && databaseRefusals[code]) return databaseRefusals[code]();
  }
  return null;
}

/**
 * What the caller is told about a failure, for both wrappers (API routes and server actions): the
 * AppError itself, the answer to a database refusal caused by the caller's data, or null for
 * anything else (a bug or an outage: logged, and answered without internals).
 */
export function toAppError(caught: unknown): AppError | null {
  return caught instanceof AppError ? caught : fromDatabaseError(caught);
}
