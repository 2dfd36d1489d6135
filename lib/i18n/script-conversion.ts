/**
 * Simplified ⇄ Traditional Chinese by OpenCC, for the forms that offer the other script of what
 * someone typed (Simplified to Hong Kong Traditional, Hong Kong Traditional to Simplified). The
 * dictionaries are over a megabyte, so they are loaded on first use (a dynamic import) and only the
 * forms that offer a conversion ever fetch them.
 */
export type ChineseScript = "zhHans" | "zhHant";
export type Convert = (text: string) => string;

const loading: Partial<Record<ChineseScript, Promise<Convert>>> = {};

/** The converter from `from` to the other script, loaded once. */
export function converterFrom(from: ChineseScript): Promise<Convert> {
  loading[from] ??=
    from === "zhHans"
      ? import("opencc-js/cn2t").then((m) => m.Converter({ from: "cn", to: "hk" }))
      : import("opencc-js/t2cn").then((m) => m.Converter({ from: "hk", to: "cn" }));
  return loading[from];
}

export const otherScript = (s: ChineseScript): ChineseScript => (s === "zhHans" ? "zhHant" : "zhHans");

/** Whether a text has any Chinese character: only then is a conversion worth offering. */
export const hasHan = (text: string) => /\p{Script=Han}/u.test(text);
