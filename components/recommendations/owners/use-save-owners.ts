"use client";
import { useServerAction } from "@/components/forms/form-parts";
import { saveOwnersAction } from "@/app/(workspace)/recommendations/[code]/owners-actions";
import type { ContactDraft, OwnerItem } from "./types";

type SentOwner = {
  agency: string;
  role: OwnerItem["role"];
  contact?: { userId: string } | { name: string; email: string | null } | null;
};

/** A draft as the server takes it: left out when unchanged (the owner keeps its contact). */
export function contactInput(draft: ContactDraft): SentOwner["contact"] {
  if (draft.kind === "none") return null;
  if (draft.kind === "user") return { userId: draft.userId };
  return { name: draft.name, email: draft.email.trim() || null };
}

/** The owners as they are, ready to send with one change applied by the caller. */
export const ownersAsSent = (owners: OwnerItem[]): SentOwner[] =>
  owners.map((o) => ({ agency: o.agency.key, role: o.role }));

/**
 * Saves the owners as a whole (the server compares them with what is stored and records each
 * difference). Every control of the card goes through this one server action.
 */
export function useSaveOwners(code: string) {
  const action = useServerAction(saveOwnersAction);
  return {
    ...action,
    save: (version: number, owners: SentOwner[], onSuccess: () => string | null) =>
      action.run({ code, version, owners }, onSuccess),
  };
}
