/** Errors that carry what the caller should be told: a stable code, an HTTP status and a message. */
export type ErrorCode =
  "bad_request" | "unauthorized" | "forbidden" | "not_found" | "conflict" | "unprocessable" | "internal";

const statusOf: Record<ErrorCode, number> = {
  bad_request: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  unprocessable: 422,
  internal: 500,
};

export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fieldErrors?: Record<string, string[]>,
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
