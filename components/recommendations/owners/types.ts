import type { OwnerContact } from "@/db/queries/recommendations";
import type { OwnerRole, Side } from "@/db/schema/enums";

/** An agency as the Owners card shows and picks it (name in the reader's language). */
export interface OwnerAgency {
  id: string;
  key: string;
  abbreviation: string;
  name: string;
  side: Side;
}

/** One owning agency of the recommendation. */
export interface OwnerItem {
  role: OwnerRole;
  agency: OwnerAgency;
  contact: OwnerContact;
}

/** Someone who may be named as an agency's contact (an active user of that agency). */
export interface ContactCandidate {
  id: string;
  name: string;
  agencyId: string;
}

/** A contact as the forms hold it before it is sent. */
export type ContactDraft =
  { kind: "none" } | { kind: "user"; userId: string } | { kind: "person"; name: string; email: string };

/** The sides in the order the card lists them; joint and national appear when they have owners. */
export const sideOrder: readonly Side[] = ["shenzhen", "hong_kong", "joint", "national"];
