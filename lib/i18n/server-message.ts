/**
 * What the server tells a person (a refusal, a rule, a validation problem) as a descriptor: a key
 * of the `server` namespace of messages/*.json and its values. Errors, permission decisions and
 * schemas carry descriptors; the boundaries (apiRoute, serverAction, pages) render them in the
 * reader's language with lib/i18n/render-message.ts. Pure data, so client components may import
 * modules that build descriptors.
 */
import type en from "@/messages/en.json";

type Catalog = typeof en;

/** "a.b.c" for every string leaf of T. */
type Leaves<T, P extends string = ""> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Leaves<T[K], `${P}${K}.`>;
}[keyof T & string];

/** A key of the `server` namespace: tsc refuses one the English catalog does not have. */
export type MessageKey = Leaves<Catalog["server"]>;

/**
 * A value is text as it is (a name, a code, an id), a number (written as is, never grouped), or
 * words to render in the same language: a message, a list of values, a field.
 */
export type MessageValue = string | number | Message | MessageList | FieldRef;

export interface Message {
  readonly key: MessageKey;
  readonly values?: Readonly<Record<string, MessageValue>>;
}

/**
 * Items joined for a sentence: "a, b and c" ("and"), "a and b and c" ("andEach"), "a, b" ("comma"),
 * "a; b" ("semicolon"), sentences one after another ("sentences").
 */
export interface MessageList {
  readonly list: readonly MessageValue[];
  readonly join: "and" | "andEach" | "comma" | "semicolon" | "sentences";
}

/**
 * A field as the API names it ("targetDate", "owners[].agency"): in English the id itself, since
 * the caller sends it; in Chinese the field's name in words, from `server.fieldNames` (the id when
 * the catalog has none).
 */
export interface FieldRef {
  readonly field: string;
}

export function msg(key: MessageKey, values?: Record<string, MessageValue>): Message {
  return values ? { key, values } : { key };
}

export const listOf = (items: readonly MessageValue[], join: MessageList["join"] = "and"): MessageList => ({
  list: items,
  join,
});
export const fieldRef = (field: string): FieldRef => ({ field });

export function isMessage(value: unknown): value is Message {
  return typeof value === "object" && value !== null && typeof (value as { key?: unknown }).key === "string";
}

/**
 * Zod issues carry a string, so a schema's message is the descriptor written into one: a prefix no
 * one types, then JSON. `zodFieldErrors` (lib/validation/field-errors.ts) reads it back.
 */
const ZOD_MARK = "\u2063tct-message:";

/** For a zod `error`/`message` option: the descriptor, as zod carries it. */
export function zodMessage(key: MessageKey, values?: Record<string, MessageValue>): string {
  return ZOD_MARK + JSON.stringify(msg(key, values));
}

/** The descriptor a zod issue carries; zod's own text (a check given no message) when it carries none. */
export function fromZodMessage(text: string): Message {
  if (text.startsWith(ZOD_MARK)) {
    try {
      const parsed: unknown = JSON.parse(text.slice(ZOD_MARK.length));
      if (isMessage(parsed)) return parsed;
    } catch {
      // fall through: shown as zod wrote it
    }
  }
  return msg("validation.unexplained", { detail: text });
}

/** Messages by field name ("owners.agency", or "_" for the input as a whole). */
export type FieldMessages = Record<string, Message[]>;
