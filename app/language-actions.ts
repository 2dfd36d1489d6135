"use server";
import { cookies } from "next/headers";
import { getDb } from "@/db";
import { setOwnPreferences } from "@/db/mutations/preferences";
import { getCurrentUser } from "@/lib/auth/session";
import { actorOf } from "@/lib/permissions";
import { localeCookie } from "@/lib/i18n/config";
import { toAppError, type ErrorCode } from "@/lib/errors";
import { preferencesInput } from "@/lib/validation/preferences";
import { parseInput } from "@/lib/validation/parse-input";
import { readerLocale } from "@/lib/actions/server-action";
import { renderMessage } from "@/lib/i18n/render-message";
import { msg } from "@/lib/i18n/server-message";

const YEAR_SECONDS = 365 * 24 * 60 * 60;

/**
 * The language switcher's action, on the sign-in page as in the account menu: the choice is kept on
 * this browser (a cookie, so the sign-in page speaks it too) and, for someone signed in, on their
 * account, so it follows them to other browsers. Unlike serverAction() it serves signed-out visitors,
 * who change nothing but their own cookie.
 */
export async function chooseLanguage(
  raw: unknown,
): Promise<{ ok: true } | { ok: false; code: ErrorCode; error: string }> {
  try {
    const input = parseInput(preferencesInput, raw);
    const user = await getCurrentUser();
    if (user) await setOwnPreferences(await getDb(), actorOf(user), input);
    const jar = await cookies();
    const secure = process.env.NEXTAUTH_URL?.startsWith("https://") ?? false;
    if (input.locale) jar.set(localeCookie, input.locale, { path: "/", sameSite: "lax", secure, maxAge: YEAR_SECONDS });
    else jar.delete(localeCookie);
    return { ok: true };
  } catch (caught) {
    const err = toAppError(caught);
    if (err) return { ok: false, code: err.code, error: err.localized(await readerLocale()).message };
    console.error("choosing a language failed", caught);
    return {
      ok: false,
      code: "internal",
      error: renderMessage(msg("errors.languageFailed"), await readerLocale()),
    };
  }
}
