"use server";
import { revalidatePath } from "next/cache";
import { createAgency, mergeAgencies, renameAgency } from "@/db/mutations/agencies";
import { serverAction } from "@/lib/actions/server-action";
import { agencyCreateInput, agencyMergeInput, agencyRenameInput } from "@/lib/validation/agencies";

function revalidate() {
  revalidatePath("/admin/agencies");
  revalidatePath("/admin/users");
  revalidatePath("/admin/activity");
  // Agency names and owners show on the recommendation pages too.
  revalidatePath("/recommendations", "layout");
}

export const createAgencyAction = serverAction(agencyCreateInput, async (input, { db, actor }) => {
  const agency = await createAgency(db, actor, input);
  revalidate();
  return { key: agency.key, abbreviation: agency.abbreviation };
});

export const renameAgencyAction = serverAction(agencyRenameInput, async (input, { db, actor }) => {
  const agency = await renameAgency(db, actor, input);
  revalidate();
  return { key: agency.key, abbreviation: agency.abbreviation };
});

export const mergeAgenciesAction = serverAction(agencyMergeInput, async (input, { db, actor }) => {
  const report = await mergeAgencies(db, actor, input);
  revalidate();
  return report;
});
