import "server-only";
import type { z } from "zod";
import { getDb, type Database } from "@/db";
import { AppError, fromDatabaseError } from "@/lib/errors";
import { getCurrentUser, type CurrentUser } from "@/lib/auth/session";
import { actorOf, type Actor } from "@/lib/permissions";
import { zodFieldErrors } from "@/lib/validation/search-params";

export type ActionResult<T> =
  | { ok: true; data: T }
  | {
      ok: false;
      code: string;
      error: string;
      fieldErrors?: Record<string, string[]>;
      details?: Record<string, unknown>;
    };

export interface ActionContext {
  db: Database;
  actor: Actor;
  user: CurrentUser;
}

/**
 * Every server action goes through here, like every API route goes through apiRoute: who is calling
 * (the session, re-read from the database) → zod-validated input → the handler, whose mutations ask
 * the permission module → a typed result the form can show next to its fields. Never throws to the
 * client: errors become `{ ok: false, error }` with a message that says what to do. Next itself
 * refuses server-action calls whose Origin does not match the host (CSRF).
 */
export function serverAction<S extends z.ZodType, T>(
  schema: S,
  handler: (input: z.infer<S>, ctx: ActionContext) => Promise<T>,
): (input: z.input<S>) => Promise<ActionResult<T>> {
  return async (raw) => {
    try {
      const user = await getCurrentUser();
      if (!user)
        return { ok: false, code: "unauthorized", error: "Your session has ended. Sign in again to continue." };
      const parsed = schema.safeParse(raw);
      if (!parsed.success) {
        return {
          ok: false,
          code: "bad_request",
          error: "Some fields are not valid.",
          fieldErrors: zodFieldErrors(parsed.error),
        };
      }
      const actor = actorOf(user);
      return { ok: true, data: await handler(parsed.data, { db: await getDb(), actor, user }) };
    } catch (caught) {
      const err = caught instanceof AppError ? caught : (fromDatabaseError(caught) ?? caught);
      if (err instanceof AppError) {
        return { ok: false, code: err.code, error: err.message, fieldErrors: err.fieldErrors, details: err.details };
      }
      // Next's redirect()/notFound() work by throwing; let them through.
      if (err && typeof err === "object" && "digest" in err) throw err;
      console.error("server action failed", err);
      return {
        ok: false,
        code: "internal",
        error: "The change could not be saved. Try again; if it keeps failing, tell your administrator.",
      };
    }
  };
}
