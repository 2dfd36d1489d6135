"use server";
import { revalidatePath } from "next/cache";
import {
  createIndicator,
  deleteIndicator,
  deleteIndicatorReading,
  recordIndicatorReading,
  updateIndicator,
} from "@/db/mutations/indicators";
import { serverAction } from "@/lib/actions/server-action";
import {
  indicatorAddInput,
  indicatorDeleteInput,
  indicatorSaveInput,
  readingAddInput,
  readingDeleteInput,
} from "@/lib/validation/indicators";

/** Define an indicator of the recommendation (coordinators and administrators). */
export const addIndicatorAction = serverAction(indicatorAddInput, async ({ code, ...input }, { db, actor }) => {
  const indicator = await createIndicator(db, actor, code, input);
  revalidatePath(`/recommendations/${code}`);
  return { id: indicator.id };
});

/** Change an indicator in place; `expected` holds the values the form was opened on (409 when they moved). */
export const saveIndicatorAction = serverAction(indicatorSaveInput, async ({ id, code, ...patch }, { db, actor }) => {
  const indicator = await updateIndicator(db, actor, id, patch);
  revalidatePath(`/recommendations/${code}`);
  return { id: indicator.id };
});

/** Remove an indicator and its readings. */
export const deleteIndicatorAction = serverAction(indicatorDeleteInput, async ({ id, code }, { db, actor }) => {
  const result = await deleteIndicator(db, actor, id);
  revalidatePath(`/recommendations/${code}`);
  return result;
});

/** Record a dated reading of an indicator. */
export const addReadingAction = serverAction(
  readingAddInput,
  async ({ indicatorId, code, ...input }, { db, actor }) => {
    const reading = await recordIndicatorReading(db, actor, indicatorId, input);
    revalidatePath(`/recommendations/${code}`);
    return { id: reading.id };
  },
);

/** Remove a reading recorded by mistake (its recorder, or a coordinator). */
export const deleteReadingAction = serverAction(
  readingDeleteInput,
  async ({ indicatorId, readingId, code }, { db, actor }) => {
    const result = await deleteIndicatorReading(db, actor, indicatorId, readingId);
    revalidatePath(`/recommendations/${code}`);
    return result;
  },
);
