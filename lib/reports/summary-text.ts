/**
 * The executive summary's sentences, written from its figures in the report's language, numbers as
 * that language writes them: "31 of 42 accepted recommendations are in progress. 4 recommendations
 * are off track, 3 of them led by ITIB. …"
 */
import type { SupportedLocale } from "@/lib/i18n/config";
import type { ReportAgency } from "./snapshot";
import { reportTranslator } from "./translator";

export interface SummaryFigures {
  inProgress: number;
  accepted: number;
  implemented: number;
  offTrack: number;
  /** The agency leading the most off-track recommendations, with how many. */
  offTrackLead: { agency: ReportAgency; count: number } | null;
  overdue: number;
}

export function summaryText(f: SummaryFigures, locale: SupportedLocale): string[] {
  const t = reportTranslator("reports.summary", locale);
  return [
    t("inProgress", { inProgress: f.inProgress, accepted: f.accepted }),
    f.offTrack === 0
      ? t("noneOffTrack")
      : f.offTrackLead
        ? t("offTrackLed", {
            offTrack: f.offTrack,
            led: f.offTrackLead.count,
            agency: f.offTrackLead.agency.abbreviation,
          })
        : t("offTrack", { offTrack: f.offTrack }),
    t("implemented", { implemented: f.implemented, accepted: f.accepted }),
    t("overdue", { overdue: f.overdue }),
  ];
}
