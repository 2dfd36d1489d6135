/**
 * Schemas for the segments of /api/v1 routes. A segment that fails names nothing, so apiRoute
 * answers 404 with the message given here, without a query.
 */
import { z } from "zod";
import { zodMessage as m, type MessageKey } from "@/lib/i18n/server-message";
import { decodeSegment, isUuid } from "./ids";

/** `{ id }`, a UUID; `notFound` (with the id as `{id}`) says what has no such id. */
export const idParams = (notFound: MessageKey) =>
  z.object({ id: z.string().refine(isUuid, { error: (issue) => m(notFound, { id: String(issue.input) }) }) });

export const actionIdParams = idParams("errors.noAction");
export const indicatorIdParams = idParams("errors.noIndicator");
/** `{ id, readingId }` of /indicators/{id}/readings/{readingId}. */
export const readingParams = indicatorIdParams.extend({
  readingId: z.string().refine(isUuid, { error: (issue) => m("errors.noReading", { id: String(issue.input) }) }),
});
export const tokenIdParams = idParams("errors.noToken");

/** Longer than any code `recommendationCode` accepts, so it cannot name a recommendation. */
const MAX_CODE_LENGTH = 64;

/** `{ code }` of /recommendations/{code}, percent escapes a client sent on top decoded. */
export const codeParams = z.object({
  code: z
    .string()
    .transform(decodeSegment)
    .refine((code) => code.length <= MAX_CODE_LENGTH, {
      error: (issue) => m("errors.noRecommendationTruncated", { code: String(issue.input).slice(0, MAX_CODE_LENGTH) }),
    }),
});

export const roundIdParams = idParams("rounds.errors.noRound");
/** `{ id, code }` of /rounds/{id}/answers/{code}. */
export const roundAnswerParams = roundIdParams.extend({ code: codeParams.shape.code });
