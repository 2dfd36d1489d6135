import { z } from "zod";
import { locales } from "@/db/schema/enums";

/** The interface language to use from now on; `null` goes back to following the browser. */
export const preferencesInput = z.strictObject({
  locale: z.enum(locales, { error: "Choose one of the offered languages: en, zh-Hans or zh-Hant." }).nullable(),
});
export type PreferencesInput = z.infer<typeof preferencesInput>;
