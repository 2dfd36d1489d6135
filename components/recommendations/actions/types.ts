import type { ActionListItem } from "@/db/queries/actions";
import type { ActionEditRights } from "@/lib/permissions";
import type { EvidenceListItem } from "@/components/evidence/types";

/** An agency a person may pick in the list (to add an action for, or to reassign one to). */
export interface AgencyOption {
  id: string;
  key: string;
  abbreviation: string;
  name: string;
  side: string;
}

/** Someone who may be assigned an agency's actions. */
export interface AssigneeOption {
  id: string;
  name: string;
  agencyId: string;
}

/** One action as the list shows it: with what the viewer may change and its due date formatted. */
export type ActionRowItem = ActionListItem & {
  rights: ActionEditRights;
  dueLabel: string | null;
  /** Its files and links, and whether the viewer may add and remove them (absent on My work, which lists no evidence). */
  evidence?: { items: EvidenceListItem[]; canWrite: boolean };
};
