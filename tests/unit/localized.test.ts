import { describe, expect, it } from "vitest";
import { fallbackOrder, languagesOf, localized, localizedOptional, localizedString } from "@/lib/i18n/localized";

const all = { en: "Pilot a joint lab", zhHans: "试点联合实验室", zhHant: "試點聯合實驗室" };

describe("content in the reader's language", () => {
  it.each([
    ["en", "Pilot a joint lab"],
    ["zh-Hans", "试点联合实验室"],
    ["zh-Hant", "試點聯合實驗室"],
  ])("gives a %s reader their own language, not marked as a fallback", (locale, text) => {
    expect(localized(all, locale)).toEqual({ text, lang: locale, wanted: locale, fallback: false });
  });

  it("gives a Traditional reader the Simplified text before the English one, and says so", () => {
    expect(localized({ ...all, zhHant: "" }, "zh-Hant")).toEqual({
      text: "试点联合实验室",
      lang: "zh-Hans",
      wanted: "zh-Hant",
      fallback: true,
    });
    expect(localized({ en: "Pilot a joint lab", zhHans: "", zhHant: "" }, "zh-Hant")).toMatchObject({
      text: "Pilot a joint lab",
      lang: "en",
      fallback: true,
    });
  });

  it("gives a Simplified reader the Traditional text before the English one", () => {
    expect(localized({ ...all, zhHans: "" }, "zh-Hans")).toMatchObject({ text: "試點聯合實驗室", lang: "zh-Hant" });
    expect(localized({ en: "Pilot", zhHans: "", zhHant: "" }, "zh-Hans")).toMatchObject({ lang: "en", fallback: true });
  });

  it("gives an English reader Simplified before Traditional", () => {
    expect(localized({ ...all, en: "" }, "en")).toMatchObject({
      text: "试点联合实验室",
      lang: "zh-Hans",
      fallback: true,
    });
    expect(localized({ en: "", zhHans: "", zhHant: "試點" }, "en")).toMatchObject({ lang: "zh-Hant", fallback: true });
  });

  it("counts a blank or missing translation as not written", () => {
    expect(localized({ en: "Pilot", zhHans: "   ", zhHant: null }, "zh-Hant")).toMatchObject({
      text: "Pilot",
      lang: "en",
    });
    expect(languagesOf({ en: "Pilot", zhHans: " ", zhHant: null })).toEqual(["en"]);
  });

  it("answers an empty text in the reader's language, unmarked, when there is none at all", () => {
    expect(localized({ en: null, zhHans: "", zhHant: null }, "zh-Hant")).toEqual({
      text: "",
      lang: "zh-Hant",
      wanted: "zh-Hant",
      fallback: false,
    });
    expect(localizedOptional({ en: null, zhHans: null, zhHant: null }, "en")).toBeNull();
    expect(localizedOptional({ en: null, zhHans: "说明", zhHant: null }, "en")).toMatchObject({ lang: "zh-Hans" });
  });

  it("reads an unknown locale as English", () => {
    expect(localizedString(all, "fr")).toBe("Pilot a joint lab");
  });

  it("tries every language for every reader", () => {
    for (const order of Object.values(fallbackOrder)) expect([...order].sort()).toEqual(["en", "zh-Hans", "zh-Hant"]);
  });
});
