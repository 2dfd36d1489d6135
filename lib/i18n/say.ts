import "server-only";
import { getLocale } from "next-intl/server";
import { matchLocale } from "./config";
import { renderMessage } from "./render-message";
import type { Message } from "./server-message";

/**
 * For pages (server components): renders server messages (a refusal's reason, an error) in the
 * reader's language, next-intl's request locale (lib/i18n/request.ts).
 */
export async function getSay(): Promise<(message: Message) => string> {
  const locale = matchLocale(await getLocale());
  return (message) => renderMessage(message, locale);
}
