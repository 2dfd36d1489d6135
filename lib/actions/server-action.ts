import "server-only";
import type { z } from "zod";
import { getDb, type Database } from "@/db";
import { toAppError, type ErrorCode } from "@/lib/errors";
import { getLocale } from "next-intl/server";
import { getCurrentUser, type CurrentUser } from "@/lib/auth/session";
import { matchLocale, type SupportedLocale } from "@/lib/i18n/config";
import { renderMessage } from "@/lib/i18n/render-message";
import { msg, type MessageKey } from "@/lib/i18n/server-message";
import { actorOf, type Actor } from "@/lib/permissions";
import type { FieldErrors } from "@/lib/validation/field-errors";
import { parseInput } from "@/lib/validation/parse-input";

export type ActionResult<T> =
  | { ok: true; data: T }
  | {
      ok: false;
      code: ErrorCode;
      error: string;
      fieldErrors?: FieldErrors;
      details?: Record<string, unknown>;
    };

export interface ActionContext {
  db: Database;
  actor: Actor;
  user: CurrentUser;
}

/**
 * Every server action goes through here, like every API route goes through apiRoute: who is calling
 * (the session, re-read from the database) → the input parsed with its zod schema (parseInput, as
 * the API does) → the handler, whose mutations ask the permission module → a typed result the form
 * can show next to its fields. Never throws to the client: errors become `{ ok: false, error }` with
 * a message that says what to do, in the reader's language (the page's locale). proxy.ts has already refused calls from other sites and bodies
 * that are oversized or malformed.
 */
export function serverAction<S extends z.ZodType, T>(
  schema: S,
  handler: (input: z.output<S>, ctx: ActionContext) => Promise<T>,
): (input: z.input<S>) => Promise<ActionResult<T>> {
  return async (raw) => {
    try {
      const user = await getCurrentUser();
      if (!user) return { ok: false, code: "unauthorized", error: await say("errors.sessionEnded") };
      const input = parseInput(schema, raw);
      const actor = actorOf(user);
      return { ok: true, data: await handler(input, { db: await getDb(), actor, user }) };
    } catch (caught) {
      const err = toAppError(caught);
      if (err) {
        const { message, fieldErrors } = err.localized(await readerLocale());
        return { ok: false, code: err.code, error: message, fieldErrors, details: err.details };
      }
      // Next's redirect()/notFound() work by throwing; let them through.
      if (caught && typeof caught === "object" && "digest" in caught) throw caught;
      console.error("server action failed", caught);
      return { ok: false, code: "internal", error: await say("errors.actionFailed") };
    }
  };
}

/** The language of the page that called: next-intl's request locale (lib/i18n/request.ts). */
export async function readerLocale(): Promise<SupportedLocale> {
  try {
    return matchLocale(await getLocale());
  } catch {
    return "en";
  }
}

const say = async (key: MessageKey) => renderMessage(msg(key), await readerLocale());
