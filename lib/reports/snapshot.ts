/**
 * A committee report's content as built (db/queries/report-snapshot.ts): stored with the job, so the
 * printable page, the PDF, the XLSX and a later download all show the same figures. Plain JSON
 * (dates as ISO strings); texts already in the report's language; statuses as their ids.
 * No server imports: the printable page's client parts read it too.
 */
import type { ActionStatus, Health, OwnerRole, RecommendationStatus, Side } from "@/db/schema/enums";
import type { RequestState } from "@/db/schema/rounds";
import type { SupportedLocale } from "@/lib/i18n/config";
import type { SideState } from "@/lib/side-status";

export const SNAPSHOT_VERSION = 1;

export interface ReportAgency {
  key: string;
  abbreviation: string;
  name: string;
  side: Side;
}

export interface ReportAction {
  title: string;
  agency: ReportAgency;
  assignee: string | null;
  status: ActionStatus;
  /** 0 to 100 */
  progress: number;
  dueDate: string | null;
  overdue: boolean;
}

export interface ReportIndicator {
  name: string;
  unit: string;
  baseline: number | null;
  target: number | null;
  targetDate: string | null;
  latest: { value: number; observedOn: string } | null;
  /** Share of the way from baseline to target, 0 to 1 (db/queries/indicators.ts indicatorProgress). */
  progress: number | null;
}

export interface ReportAnswer {
  agency: ReportAgency;
  round: string;
  state: RequestState;
  submittedAt: string | null;
  proposedStatus: RecommendationStatus | null;
  proposedHealth: Health | null;
  statement: string;
  targetDate: string | null;
}

export interface ReportEntry {
  id: string;
  code: string;
  title: string;
  theme: string;
  status: RecommendationStatus;
  health: Health | null;
  targetDate: string | null;
  owners: { role: OwnerRole; agency: ReportAgency; contact: string | null }[];
  sides: Record<"shenzhen" | "hong_kong", { progress: number | null; state: SideState }>;
  actions: ReportAction[];
  indicators: ReportIndicator[];
  answers: ReportAnswer[];
  /** The progress note: as frozen when the round closed (`round`), else as it is now (`latest`). */
  note: { source: "round" | "latest"; name: string | null; html: string; text: string } | null;
}

export interface OverdueAction extends ReportAction {
  code: string;
  recommendationTitle: string;
  /** Days past its due date on the report's day. */
  daysOverdue: number;
}

export interface ReportSummary {
  total: number;
  accepted: number;
  inProgress: number;
  /** implemented, verified, or closed as implemented */
  implemented: number;
  /** implemented over accepted, 0 to 1; null when nothing is accepted */
  implementationRate: number | null;
  offTrack: number;
  /** The lead agency leading the most off-track recommendations, with how many. */
  offTrackLead: { agency: ReportAgency; count: number } | null;
  overdueActions: number;
  byStatus: { status: RecommendationStatus; count: number }[];
  byHealth: { health: Health | "none"; count: number }[];
  /** Each side's mean progress over the entries, and its implementation rate (the dashboard's). */
  bySide: { side: "shenzhen" | "hong_kong"; progress: number | null; implementationRate: number | null }[];
  /** Open actions past their due date, by the action's agency (the dashboard's). */
  overdueByAgency: { agency: ReportAgency; count: number }[];
  /** The generated sentences, in the report's language. */
  text: string[];
}

export interface ReportSnapshot {
  version: typeof SNAPSHOT_VERSION;
  title: string;
  locale: SupportedLocale;
  generatedAt: string;
  /** The day overdue is measured against (the period's end when given, else the day it was built). */
  asOf: string;
  preparedBy: string;
  period: { from: string | null; to: string | null };
  round: { id: string; name: string; dueDate: string; status: "open" | "closed" } | null;
  view: { id: string; name: string } | null;
  /** The list filter query the recommendations were chosen with. */
  query: string;
  summary: ReportSummary;
  entries: ReportEntry[];
  overdue: OverdueAction[];
}
