/**
 * Shapes of the seed data drawn from the source documents in db/seed/documents/.
 * The seed inserts only what is missing (by natural key), so edits made in the app survive re-seeding.
 */
export type Side = "shenzhen" | "hong_kong" | "joint" | "national";
export type Horizon = "short" | "medium" | "long";
export type Priority = "high" | "medium" | "low";
export type Theme =
  | "innovation" // joint R&D, platforms, technology transfer
  | "industry" // industrial chains, clusters, manufacturing
  | "finance" // capital markets, fintech, RMB, green finance
  | "talent" // talent flow, training, education
  | "governance" // coordination mechanisms, rules and standards alignment, planning
  | "infrastructure" // transport, land, cross-border facilities, data
  | "trade_services" // professional services, cross-border services, trade
  | "intellectual_property";
export type ActionStatus = "todo" | "in_progress" | "blocked" | "done" | "cancelled";
export type RecommendationStatus = "proposed" | "accepted" | "in_progress" | "implemented" | "verified" | "closed";
export type Acceptance = "pending" | "accepted" | "partially_accepted" | "not_accepted";
export type Health = "on_track" | "at_risk" | "off_track";

/** Text in English, Simplified Chinese and Traditional Chinese. */
export interface LocalizedText {
  en: string;
  zhHans: string;
  zhHant: string;
}

export interface SeedDocument {
  /** The file name without ".txt", e.g. "004_7d5a100826662ce7". */
  key: string;
  title: string;
  author: string | null;
  publisher: string | null;
  /** ISO date when the text gives one (e.g. "2025-01-02"), else null. */
  publishedOn: string | null;
  /** Free text describing the date as the document gives it, e.g. "uses Q1 2021 figures". */
  dateNote: string;
  kind: "report_abstract" | "commentary" | "research_outline" | "news_report" | "journal_article";
}

export interface SeedAgency {
  /** Stable slug, e.g. "sz-stic". */
  key: string;
  name: LocalizedText;
  abbreviation: string;
  side: Side;
  parentKey?: string;
  website?: string;
  email?: string;
  phone?: string;
  address?: string;
}

export interface SeedAction {
  title: LocalizedText;
  description: LocalizedText;
  agencyKey: string;
  status: ActionStatus;
  /** 0 to 100; 100 when status is "done". */
  progress: number;
  /** "YYYY-MM-DD". */
  dueDate: string;
}

export interface SeedRecommendation {
  /** e.g. "R-004-4.2.2.1", "R-001-P5.3" (see README of the data folder). */
  code: string;
  title: LocalizedText;
  summary: LocalizedText;
  rationale: string | null;
  theme: Theme;
  horizon: Horizon;
  priority: Priority;
  status: RecommendationStatus;
  acceptance: Acceptance;
  health: Health | null;
  /** "YYYY-MM-DD" or null. */
  targetDate: string | null;
  documentKey: string;
  /** Human-readable place in the document, e.g. "Section 4.2.2.1" or "Paragraph 6 (Allen Yeung)". */
  locator: string;
  /** Copied character for character from the document text; a test checks it. */
  excerpt: string;
  owners: { agencyKey: string; role: "lead" | "supporting" }[];
  actions: SeedAction[];
}
