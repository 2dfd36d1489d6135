/**
 * The one way input is checked at the boundary, by the API wrapper and the server-action wrapper
 * alike: rules that hold for every field of every input first, then the input's zod schema.
 */
import type { z } from "zod";
import { badRequest, type AppError } from "@/lib/errors";
import { english } from "@/lib/i18n/render-message";
import { msg } from "@/lib/i18n/server-message";
import { fieldErrorCollector, fieldName, zodFieldMessages } from "./field-errors";

/** Deeper than any input here takes; past it, the value is refused before anything walks it. */
export const MAX_INPUT_DEPTH = 32;

/**
 * A lone UTF-16 surrogate: JSON can carry one ("\ud800"), UTF-8 cannot, so it would reach the
 * database silently replaced by U+FFFD. With the u flag a proper pair is one code point and does
 * not match.
 */
const LONE_SURROGATE = /\p{Cs}/u;

const INVALID_CHARACTER = msg("validation.invalidCharacter");
/** Its English text. */
export const INVALID_CHARACTER_MESSAGE = english(INVALID_CHARACTER);

/**
 * What is wrong with the input as a whole, before its schema looks at it: nesting past
 * MAX_INPUT_DEPTH (the schema's own messages would serialise the value, and a recursive walk
 * overflows the stack), or text with a lone surrogate, named by field. Walks without recursion.
 */
export function findMalformedInput(raw: unknown): AppError | null {
  const invalid = fieldErrorCollector();
  const stack: { value: unknown; path: string[]; depth: number }[] = [{ value: raw, path: [], depth: 0 }];
  while (stack.length) {
    const { value, path, depth } = stack.pop()!;
    if (typeof value === "string") {
      if (LONE_SURROGATE.test(value)) invalid.add(fieldName(path), INVALID_CHARACTER);
      continue;
    }
    if (!value || typeof value !== "object") continue;
    if (depth >= MAX_INPUT_DEPTH) {
      return badRequest(msg("errors.nestedTooDeep", { depth: MAX_INPUT_DEPTH }));
    }
    if (Array.isArray(value)) {
      for (const item of value) stack.push({ value: item, path, depth: depth + 1 });
      continue;
    }
    for (const [key, item] of Object.entries(value)) {
      if (LONE_SURROGATE.test(key)) invalid.add(fieldName([...path, key]), INVALID_CHARACTER);
      stack.push({ value: item, path: [...path, key], depth: depth + 1 });
    }
  }
  return invalid.empty ? null : badRequest("errors.invalidFields", invalid.result());
}

/** The input as its schema makes it, or a 400 whose field errors say what to fix. */
export function parseInput<S extends z.ZodType>(schema: S, raw: unknown): z.output<S> {
  const malformed = findMalformedInput(raw);
  if (malformed) throw malformed;
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw badRequest("errors.invalidFields", zodFieldMessages(parsed.error));
  return parsed.data;
}
