/** A row of the All actions table as the server hands it to the browser: display values and what the viewer may edit. */
import type { ActionStatus, Side } from "@/db/schema/enums";
import type { Localized } from "@/lib/i18n/localized";

export interface ActionRow {
  id: string;
  /** In the reader's language, or the language that stands in for it. */
  title: Localized;
  code: string;
  recommendationTitle: Localized;
  archived: boolean;
  agency: { key: string; abbreviation: string; name: string; side: Side };
  assignee: string | null;
  status: ActionStatus;
  progress: number;
  dueDate: string | null;
  overdueBy: number | null;
  updatedAt: string;
  version: number;
  group: string | null;
  /** What this viewer may change; the server checks again on save. */
  edit: { work: boolean; reassign: boolean };
}
