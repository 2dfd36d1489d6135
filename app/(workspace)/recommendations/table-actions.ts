"use server";
import { revalidatePath } from "next/cache";
import { bulkUpdateRecommendations } from "@/db/mutations/bulk";
import { setLeadAgency } from "@/db/mutations/owners";
import { deleteView, saveView, setDefaultView } from "@/db/mutations/views";
import { serverAction } from "@/lib/actions/server-action";
import { badRequest } from "@/lib/errors";
import { normalizeViewQuery } from "@/lib/table/recommendation-view";
import { zodFieldErrors } from "@/lib/validation/field-errors";
import {
  bulkUpdateInput,
  defaultViewInput,
  leadAgencyInput,
  savedViewInput,
  viewIdInput,
} from "@/lib/validation/inputs";
import { recommendationListQuery, searchParamsToObject } from "@/lib/validation/search-params";

/** Make an agency the lead of a side, from the table's lead column. Coordinators and administrators. */
export const setLeadAction = serverAction(leadAgencyInput, async ({ code, ...input }, { db, actor }) => {
  const rec = await setLeadAgency(db, actor, code, input);
  revalidatePath("/recommendations");
  revalidatePath(`/recommendations/${code}`);
  return { version: rec.version };
});

/** The same change to the selected rows, in one transaction: all of them or none. */
export const bulkUpdateAction = serverAction(bulkUpdateInput, async (input, { db, actor }) => {
  const result = await bulkUpdateRecommendations(db, actor, input);
  revalidatePath("/recommendations");
  return result;
});

/**
 * Save the current table view under a name. The query is checked like a list URL and stored without
 * its page, so a view always opens at its first page.
 */
export const saveViewAction = serverAction(savedViewInput, async (input, { db, actor }) => {
  const query = normalizeViewQuery(input.query);
  const parsed = recommendationListQuery.safeParse(searchParamsToObject(new URLSearchParams(query)));
  if (!parsed.success) throw badRequest("This view's filters are not valid.", zodFieldErrors(parsed.error));
  const saved = await saveView(db, actor, { ...input, query });
  revalidatePath("/recommendations");
  return saved;
});

export const deleteViewAction = serverAction(viewIdInput, async ({ id }, { db, actor }) => {
  await deleteView(db, actor, id);
  revalidatePath("/recommendations");
  return { id };
});

export const setDefaultViewAction = serverAction(defaultViewInput, async ({ id }, { db, actor }) => {
  await setDefaultView(db, actor, id);
  revalidatePath("/recommendations");
  return { id };
});
