import { z } from "zod";
import { locales } from "@/db/schema/enums";
import { zodMessage as m } from "@/lib/i18n/server-message";

/** The interface language to use from now on; `null` goes back to following the browser. */
export const preferencesInput = z.strictObject({
  locale: z.enum(locales, { error: m("validation.chooseLanguage") }).nullable(),
});
export type PreferencesInput = z.infer<typeof preferencesInput>;
