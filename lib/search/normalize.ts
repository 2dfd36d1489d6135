/**
 * One form for searched text and queries alike, so a query in either Chinese script (or any case)
 * finds text stored in the other: lower-cased, Traditional characters replaced by their Simplified
 * ones. Character by character, not phrase by phrase: a phrase converter can segment a query and the
 * text around the same words differently, and then the two would no longer match.
 */
import * as OpenCC from "opencc-js";

let toSimplified: Map<string, string> | undefined;

/** Pairs of a "source target|source target|…" dictionary whose both sides are one character. */
function singleCharacterPairs(dict: unknown): [string, string][] {
  if (typeof dict !== "string") return [];
  const pairs: [string, string][] = [];
  for (const entry of dict.split("|")) {
    const [from, to] = entry.split(" ");
    if (from && to && [...from].length === 1 && [...to].length === 1 && from !== to) pairs.push([from, to]);
  }
  return pairs;
}

/**
 * Built on first use from OpenCC's dictionaries: Hong Kong and Taiwan variants to OpenCC's standard
 * Traditional, then Traditional to Simplified.
 */
function characterMap(): Map<string, string> {
  if (toSimplified) return toSimplified;
  const variants = new Map<string, string>();
  for (const locale of ["tw", "hk"] as const)
    for (const group of OpenCC.Locale.from[locale] ?? [])
      for (const dict of group) for (const [from, to] of singleCharacterPairs(dict)) variants.set(from, to);
  const simplified = new Map<string, string>();
  for (const group of OpenCC.Locale.to.cn ?? [])
    for (const dict of group) for (const [from, to] of singleCharacterPairs(dict)) simplified.set(from, to);
  const map = new Map<string, string>();
  for (const [from, to] of simplified) map.set(from, to);
  for (const [variant, standard] of variants) map.set(variant, simplified.get(standard) ?? standard);
  toSimplified = map;
  return map;
}

export function normalizeForSearch(text: string): string {
  const map = characterMap();
  let out = "";
  for (const ch of text.toLowerCase()) out += map.get(ch) ?? ch;
  return out;
}

/** The searchable form of several fields, one per line (a query never spans two fields). */
export function searchTextOf(...fields: (string | null | undefined)[]): string {
  return normalizeForSearch(fields.filter((f): f is string => !!f).join("\n"));
}
