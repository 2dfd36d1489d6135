/**
 * The names a report prints for the ids in its snapshot (statuses, health, sides, states), in the
 * report's language, from the catalogs the rest of the app uses for them.
 */
import type { SupportedLocale } from "@/lib/i18n/config";
import { reportTranslator } from "./translator";

export function reportWords(locale: SupportedLocale) {
  const status = reportTranslator("status", locale);
  const health = reportTranslator("health", locale);
  const sides = reportTranslator("sides", locale);
  const actionStatus = reportTranslator("actionStatus", locale);
  const themes = reportTranslator("themes", locale);
  const sideStates = reportTranslator("sideStatus.states", locale);
  const answerState = reportTranslator("rounds.state", locale);
  return {
    status: (s: string) => status(s),
    health: (h: string | null) => health(h ?? "none"),
    side: (s: string) => sides(s),
    actionStatus: (s: string) => actionStatus(s),
    /** A theme the catalog does not know (themes are open text) is shown as stored. */
    theme: (s: string) => {
      try {
        return themes(s);
      } catch {
        return s;
      }
    },
    sideState: (s: string) => sideStates(s),
    answerState: (s: string) => answerState(s),
  };
}

export type ReportWords = ReturnType<typeof reportWords>;
