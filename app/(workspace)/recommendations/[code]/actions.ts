"use server";
import { revalidatePath } from "next/cache";
import { createAction, updateAction } from "@/db/mutations/actions";
import { setRecommendationArchived, updateRecommendation } from "@/db/mutations/recommendations";
import { serverAction } from "@/lib/actions/server-action";
import { actionAddInput, actionSaveInput, archiveInput, trackingSaveInput } from "@/lib/validation/inputs";

/** Edit, reassign, complete, cancel or move an action from the detail page's list or from My work. */
export const saveAction = serverAction(actionSaveInput, async ({ id, code, ...patch }, { db, actor }) => {
  const action = await updateAction(db, actor, id, patch);
  revalidatePath(`/recommendations/${code}`);
  revalidatePath("/my-work");
  // All actions edits in place through this action too.
  revalidatePath("/actions");
  return action;
});

/** Add an action to the recommendation from its page. */
export const addAction = serverAction(actionAddInput, async ({ code, ...input }, { db, actor }) => {
  const action = await createAction(db, actor, code, input);
  revalidatePath(`/recommendations/${code}`);
  revalidatePath("/my-work");
  return action;
});

/** Update a recommendation's tracking fields (status, health, acceptance, closure) from the detail page. */
export const saveTracking = serverAction(trackingSaveInput, async ({ code, ...patch }, { db, actor }) => {
  const rec = await updateRecommendation(db, actor, code, patch);
  revalidatePath(`/recommendations/${code}`);
  revalidatePath("/recommendations");
  return { version: rec.version, status: rec.status, health: rec.health };
});

/** Archive (with an optional reason) or restore a recommendation; coordinators and administrators. */
export const archiveRecommendation = serverAction(archiveInput, async ({ code, ...input }, { db, actor }) => {
  const rec = await setRecommendationArchived(db, actor, code, input);
  revalidatePath(`/recommendations/${code}`);
  revalidatePath("/recommendations");
  return { archived: rec.archivedAt !== null, version: rec.version };
});
