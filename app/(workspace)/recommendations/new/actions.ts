"use server";
import { revalidatePath } from "next/cache";
import { createRecommendation } from "@/db/mutations/recommendations";
import { serverAction } from "@/lib/actions/server-action";
import { recommendationCreateInput } from "@/lib/validation/inputs";

/** Creates a recommendation (coordinators and administrators) and answers its code. */
export const createRecommendationAction = serverAction(recommendationCreateInput, async (input, { db, actor }) => {
  const rec = await createRecommendation(db, actor, input);
  revalidatePath("/recommendations");
  return { code: rec.code };
});
