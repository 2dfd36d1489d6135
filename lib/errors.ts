import { english, renderMessage } from "@/lib/i18n/render-message";
import type { SupportedLocale } from "@/lib/i18n/config";
import { msg, type FieldMessages, type Message, type MessageKey, type MessageValue } from "@/lib/i18n/server-message";

/**
 * Errors that carry what the caller should be told: a stable code (an English identifier, the same
 * in every language), an HTTP status and a message descriptor that the boundaries (apiRoute,
 * serverAction, pages) render in the reader's language. `message` and `fieldErrors` hold the
 * English rendering, for logs and for code that reads them.
 */
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

/** A message given as a descriptor, or as a key and its values. */
export type Said = Message | MessageKey;
const descriptor = (said: Said, values?: Record<string, MessageValue>): Message =>
  typeof said === "string" ? msg(said, values) : said;

/** Field messages as sentences in `locale`. */
export function renderFieldMessages(fields: FieldMessages, locale: SupportedLocale): Record<string, string[]> {
  return Object.fromEntries(Object.entries(fields).map(([f, list]) => [f, list.map((m) => renderMessage(m, locale))]));
}

export class AppError extends Error {
  readonly status: number;
  /** The field messages in English (see `fieldMessages` for the descriptors). */
  readonly fieldErrors?: Record<string, string[]>;
  constructor(
    readonly code: ErrorCode,
    /** What to tell the caller, rendered at the boundary in their language. */
    readonly descriptor: Message,
    readonly fieldMessages?: FieldMessages,
    /** Extra facts for the caller, e.g. the current record on a version conflict. */
    readonly details?: Record<string, unknown>,
  ) {
    super(english(descriptor));
    this.status = statusOf[code];
    if (fieldMessages) this.fieldErrors = renderFieldMessages(fieldMessages, "en");
  }

  /** The message and field messages in `locale`, as the boundaries answer them. */
  localized(locale: SupportedLocale): { message: string; fieldErrors?: Record<string, string[]> } {
    return {
      message: renderMessage(this.descriptor, locale),
      ...(this.fieldMessages ? { fieldErrors: renderFieldMessages(this.fieldMessages, locale) } : {}),
    };
  }
}

export const unauthorized = () => new AppError("unauthorized", msg("errors.signInFirst"));
export const notFound = (said: Said, values?: Record<string, MessageValue>) =>
  new AppError("not_found", descriptor(said, values));
export const badRequest = (said: Said, fieldErrors?: FieldMessages) =>
  new AppError("bad_request", descriptor(said), fieldErrors);
export const forbidden = (said: Said) => new AppError("forbidden", descriptor(said));
export const conflict = (said: Said, details?: Record<string, unknown>) =>
  new AppError("conflict", descriptor(said), undefined, details);
export const unprocessable = (said: Said, fieldErrors?: FieldMessages) =>
  new AppError("unprocessable", descriptor(said), fieldErrors);
export const payloadTooLarge = (limit: string) =>
  new AppError("payload_too_large", msg("errors.payloadTooLarge", { limit }));

/** Seconds a caller should wait before retrying while the database cannot be reached. */
export const DATABASE_RETRY_AFTER_SECONDS = 2;

export const databaseUnavailable = () =>
  new AppError("unavailable", msg("errors.databaseUnavailable"), undefined, {
    retryAfterSeconds: DATABASE_RETRY_AFTER_SECONDS,
  });

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
  "22021": () => badRequest("errors.database.invalidText"),
  "22P05": () => badRequest("errors.database.invalidText"),
  "22P02": () => badRequest("errors.database.wrongFormat"),
  "22001": () => badRequest("errors.database.textTooLong"),
  "22003": () => badRequest("errors.database.numberOutOfRange"),
  "22007": () => badRequest("errors.database.dateWrongFormat"),
  "22008": () => badRequest("errors.database.dateOutOfRange"),
  "23505": () => conflict("errors.database.alreadyExists"),
  "23503": () => unprocessable("errors.database.missingReference"),
  "23514": () => unprocessable("errors.database.checkConstraint"),
  "40001": () => conflict("errors.database.concurrentChange"),
  "40P01": () => conflict("errors.database.concurrentChange"),
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
