import { describe, expect, it } from "vitest";
import { localeForTag, matchLocale } from "@/lib/i18n/config";

describe("choosing the interface language", () => {
  it.each([
    ["zh-HK", "zh-Hant"],
    ["zh-TW", "zh-Hant"],
    ["zh-MO", "zh-Hant"],
    ["zh-Hant-HK", "zh-Hant"],
    ["zh-Hant", "zh-Hant"],
    ["zh-CN", "zh-Hans"],
    ["zh-SG", "zh-Hans"],
    ["zh-Hans-HK", "zh-Hans"],
    ["zh", "zh-Hans"],
    ["en-GB", "en"],
    ["EN", "en"],
    ["fr-FR", null],
  ])("a browser tag %s reads %s", (tag, expected) => {
    expect(localeForTag(tag)).toBe(expected);
  });

  it("takes a stored choice before the cookie, and the cookie before the browser", () => {
    expect(matchLocale("zh-Hant", "zh-Hans", "en")).toBe("zh-Hant");
    expect(matchLocale(null, "zh-Hans", "zh-HK")).toBe("zh-Hans");
    expect(matchLocale(null, undefined, "zh-HK,zh;q=0.9,en;q=0.8")).toBe("zh-Hant");
  });

  it("follows Accept-Language weights, skips languages it does not offer, and falls back to English", () => {
    expect(matchLocale("fr-FR,zh-TW;q=0.5,zh-CN;q=0.7")).toBe("zh-Hans");
    expect(matchLocale("de, *;q=0.5")).toBe("en");
    expect(matchLocale("zh-CN;q=0, en;q=0.1")).toBe("en");
    expect(matchLocale(null, "", undefined)).toBe("en");
    expect(matchLocale("not a tag;;;")).toBe("en");
  });
});
