import type { z } from "zod";

/** Messages by field name ("owners.agency", or "_" for the input as a whole). */
export type FieldErrors = Record<string, string[]>;

/**
 * Collects messages per field. Field names come from the caller's input, so the map has no
 * prototype while it is built: a field called `toString`, `constructor` or `__proto__` is a key
 * like any other instead of an inherited method (which made `push is not a function` a 500).
 * The result is copied to a plain object, because React's server-action replies refuse objects
 * without a prototype.
 */
export function fieldErrorCollector() {
  const fields: FieldErrors = Object.create(null);
  return {
    add(field: string, message: string) {
      (fields[field] ??= []).push(message);
    },
    get empty() {
      return Object.keys(fields).length === 0;
    },
    result: (): FieldErrors => Object.fromEntries(Object.entries(fields)),
  };
}

/** The field a path names: array positions are dropped ("owners.agency" reads better than "owners.0.agency"). */
export const fieldName = (path: readonly PropertyKey[]) => path.filter((p) => typeof p === "string").join(".") || "_";

export function zodFieldErrors(error: z.ZodError): FieldErrors {
  const fields = fieldErrorCollector();
  for (const issue of error.issues) {
    // Unknown keys are reported once per key, under the key's own name.
    if (issue.code === "unrecognized_keys")
      for (const key of issue.keys) fields.add(fieldName([...issue.path, key]), "Unknown field");
    else fields.add(fieldName(issue.path), issue.message);
  }
  return fields.result();
}
