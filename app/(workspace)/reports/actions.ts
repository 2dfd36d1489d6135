"use server";
import { revalidatePath } from "next/cache";
import { deleteReportDefinition, regenerateReport, saveReportDefinition } from "@/db/mutations/report-jobs";
import { readerLocale, serverAction } from "@/lib/actions/server-action";
import { definitionIdInput, reportDefinitionInput } from "@/lib/validation/reports";

/**
 * The /reports page's writes besides asking for a report (that is POST /api/v1/reports, the API's
 * own path): saving the form as a definition, regenerating one, deleting one.
 */
export const saveReportDefinitionAction = serverAction(reportDefinitionInput, async (input, { db, actor }) => {
  const saved = await saveReportDefinition(db, actor, input);
  revalidatePath("/reports");
  return { id: saved.id, name: saved.name };
});

/** A new job from a saved definition, in the reader's language: answers the job's id. */
export const regenerateReportAction = serverAction(definitionIdInput, async ({ id }, { db, actor }) => {
  const job = await regenerateReport(db, actor, id, await readerLocale());
  revalidatePath("/reports");
  return { id: job.id, title: job.title };
});

export const deleteReportDefinitionAction = serverAction(definitionIdInput, async ({ id }, { db, actor }) => {
  await deleteReportDefinition(db, actor, id);
  revalidatePath("/reports");
  return { id };
});
