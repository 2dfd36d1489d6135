/** Errors that carry what the caller should be told: a stable code, an HTTP status and a message. */
export type ErrorCode =
  | "bad_request"
  | "unauthorized"
  | "forbidden"
  | "not_found"
  | "conflict"
  | "payload_too_large"
  | "unprocessable"
  | "internal";

const statusOf: Record<ErrorCode, number> = {
  bad_request: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  unprocessable: 422,
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
