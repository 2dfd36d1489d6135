/**
 * Schemas for the segments of /api/v1 routes. A segment that fails names nothing, so apiRoute
 * answers 404 with the message given here, without a query.
 */
import { z } from "zod";
import { decodeSegment, isUuid } from "./ids";

/** `{ id }`, a UUID; `notFound` says what has no such id. */
export const idParams = (notFound: (id: string) => string) =>
  z.object({ id: z.string().refine(isUuid, { error: (issue) => notFound(String(issue.input)) }) });

export const actionIdParams = idParams((id) => `No action has the id "${id}".`);
export const indicatorIdParams = idParams((id) => `No indicator has the id "${id}".`);
/** `{ id, readingId }` of /indicators/{id}/readings/{readingId}. */
export const readingParams = indicatorIdParams.extend({
  readingId: z.string().refine(isUuid, { error: (issue) => `No reading has the id "${String(issue.input)}".` }),
});
export const tokenIdParams = idParams(() => "No such API token.");

/** Longer than any code `recommendationCode` accepts, so it cannot name a recommendation. */
const MAX_CODE_LENGTH = 64;

/** `{ code }` of /recommendations/{code}, percent escapes a client sent on top decoded. */
export const codeParams = z.object({
  code: z
    .string()
    .transform(decodeSegment)
    .refine((code) => code.length <= MAX_CODE_LENGTH, {
      error: (issue) => `No recommendation has the code "${String(issue.input).slice(0, MAX_CODE_LENGTH)}…".`,
    }),
});
