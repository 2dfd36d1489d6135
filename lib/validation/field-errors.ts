import type { z } from "zod";
import type { SupportedLocale } from "@/lib/i18n/config";
import { renderMessage } from "@/lib/i18n/render-message";
import { fromZodMessage, msg, type FieldMessages, type Message } from "@/lib/i18n/server-message";

/** Messages by field name ("owners.agency", or "_" for the input as a whole), as sentences a person reads. */
export type FieldErrors = Record<string, string[]>;

/**
 * Collects message descriptors per field (rendered at the boundary, in the reader's language).
 * Field names come from the caller's input, so the map has no prototype while it is built: a field
 * called `toString`, `constructor` or `__proto__` is a key like any other instead of an inherited
 * method (which made `push is not a function` a 500). The result is copied to a plain object,
 * because React's server-action replies refuse objects without a prototype.
 */
export function fieldErrorCollector() {
  const fields: FieldMessages = Object.create(null);
  return {
    add(field: string, message: Message) {
      (fields[field] ??= []).push(message);
    },
    get empty() {
      return Object.keys(fields).length === 0;
    },
    result: (): FieldMessages => Object.fromEntries(Object.entries(fields)),
  };
}

/** The field a path names: array positions are dropped ("owners.agency" reads better than "owners.0.agency"). */
export const fieldName = (path: readonly PropertyKey[]) => path.filter((p) => typeof p === "string").join(".") || "_";

/**
 * The one place zod issues become field messages: a schema's message is a catalog descriptor
 * (`zodMessage` in lib/i18n/server-message.ts), read back here; a check written without one keeps
 * zod's own words. The boundaries render them in the reader's language.
 */
export function zodFieldMessages(error: z.ZodError): FieldMessages {
  const fields = fieldErrorCollector();
  for (const issue of error.issues) {
    // Unknown keys are reported once per key, under the key's own name.
    if (issue.code === "unrecognized_keys")
      for (const key of issue.keys) fields.add(fieldName([...issue.path, key]), msg("validation.unknownField"));
    else fields.add(fieldName(issue.path), fromZodMessage(issue.message));
  }
  return fields.result();
}

/** The field messages of a zod error as sentences in `locale` (English unless told). */
export function zodFieldErrors(error: z.ZodError, locale: SupportedLocale = "en"): FieldErrors {
  return Object.fromEntries(
    Object.entries(zodFieldMessages(error)).map(([field, list]) => [field, list.map((m) => renderMessage(m, locale))]),
  );
}
