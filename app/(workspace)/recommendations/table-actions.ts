"use server";
import { revalidatePath } from "next/cache";
import { bulkUpdateRecommendations } from "@/db/mutations/bulk";
import { setLeadAgency } from "@/db/mutations/owners";
import { deleteView, saveView, setDefaultView } from "@/db/mutations/views";
import { serverAction } from "@/lib/actions/server-action";
import { badRequest } from "@/lib/errors";
import { listPaths, normalizeViewQuery } from "@/lib/table/view";
import { zodFieldMessages } from "@/lib/validation/field-errors";
import {
  bulkUpdateInput,
  defaultViewInput,
  leadAgencyInput,
  savedViewInput,
  viewIdInput,
} from "@/lib/validation/inputs";
import { actionListQuery, recommendationListQuery, searchParamsToObject } from "@/lib/validation/search-params";

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
 * Save the current view of a table (the recommendations list, or All actions with `list: "actions"`)
 * under a name. The query is checked like that table's URL and stored without its page, so a view
 * always opens at its first page. The saved-view actions serve both tables.
 */
export const saveViewAction = serverAction(savedViewInput, async (input, { db, actor }) => {
  const list = input.list ?? "recommendations";
  const query = normalizeViewQuery(input.query);
  const schema = list === "actions" ? actionListQuery : recommendationListQuery;
  const parsed = schema.safeParse(searchParamsToObject(new URLSearchParams(query)));
  if (!parsed.success) throw badRequest("errors.invalidViewFilters", zodFieldMessages(parsed.error));
  const saved = await saveView(db, actor, { ...input, query });
  revalidatePath(listPaths[list]);
  return saved;
});

export const deleteViewAction = serverAction(viewIdInput, async ({ id }, { db, actor }) => {
  await deleteView(db, actor, id);
  revalidatePath(listPaths.recommendations);
  revalidatePath(listPaths.actions);
  return { id };
});

export const setDefaultViewAction = serverAction(defaultViewInput, async ({ id, list }, { db, actor }) => {
  await setDefaultView(db, actor, id, list);
  revalidatePath(listPaths[list ?? "recommendations"]);
  return { id };
});
