/** A row of the recommendations table as the server hands it to the browser: display values and what the viewer may edit. */
import type { Health, Horizon, Priority, RecommendationStatus, Side } from "@/db/schema/enums";
import type { Localized } from "@/lib/i18n/localized";

export interface AgencyChip {
  key: string;
  abbreviation: string;
  name: string;
}

export interface AgencyOption extends AgencyChip {
  side: Side;
}

export interface TableRow {
  /** Unique per row: a recommendation appears once per group it falls in. */
  id: string;
  code: string;
  /** In the reader's language, or the language that stands in for it. */
  title: Localized;
  archived: boolean;
  theme: string;
  horizon: Horizon;
  priority: Priority;
  status: RecommendationStatus;
  health: Health | null;
  leads: { shenzhen: AgencyChip[]; hong_kong: AgencyChip[] };
  progress: { shenzhen: number | null; hong_kong: number | null };
  nextDue: string | null;
  overdueCount: number;
  targetDate: string | null;
  updatedAt: string;
  version: number;
  group: string | null;
  /** What this viewer may change inline; the server checks again on save. */
  edit: { statuses: RecommendationStatus[]; health: boolean; priority: boolean; lead: boolean };
}
