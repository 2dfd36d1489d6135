/** A row of the All actions table as the server hands it to the browser: display values and what the viewer may edit. */
import type { ActionStatus, Side } from "@/db/schema/enums";

export interface ActionRow {
  id: string;
  title: string;
  code: string;
  recommendationTitle: string;
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
