"use server";
import { revalidatePath } from "next/cache";
import { closeRound, openRound, roundScope } from "@/db/mutations/rounds";
import { reviewAnswer, saveAnswer, withdrawAnswer } from "@/db/mutations/round-answers";
import { serverAction } from "@/lib/actions/server-action";
import { requireAllowed } from "@/db/mutations/facts";
import {
  answerFormInput,
  closeFormInput,
  reviewFormInput,
  roundOpenInput,
  scopePreviewInput,
  withdrawFormInput,
} from "@/lib/validation/rounds";

/** Everything that shows a round's requests: the rounds, My work and the recommendation's page. */
function refresh(roundId: string, code?: string) {
  revalidatePath("/rounds");
  revalidatePath(`/rounds/${roundId}`);
  revalidatePath("/my-work");
  if (code) revalidatePath(`/recommendations/${code}`);
}

/** Open a round (coordinators and administrators); answers the new round's id. */
export const openRoundAction = serverAction(roundOpenInput, async (input, { db, actor }) => {
  const { round, requests } = await openRound(db, actor, input);
  refresh(round.id);
  return { id: round.id, requests };
});

/** How many recommendations and requests a round over these filters would have, before opening it. */
export const previewScopeAction = serverAction(scopePreviewInput, async ({ filters }, { db, actor }) => {
  requireAllowed(actor, { action: "round.manage" });
  const scope = await roundScope(db, filters);
  return { recommendations: scope.recommendations, requests: scope.requests.length };
});

/** Save the caller's agency's answer as a draft or submit it. */
export const saveAnswerAction = serverAction(answerFormInput, async ({ roundId, code, ...input }, { db, actor }) => {
  const saved = await saveAnswer(db, actor, roundId, code, input);
  refresh(roundId, code);
  return { state: saved?.state ?? null, version: saved?.version ?? null };
});

/** Take a submitted answer back to draft. */
export const withdrawAnswerAction = serverAction(
  withdrawFormInput,
  async ({ roundId, code, ...input }, { db, actor }) => {
    const saved = await withdrawAnswer(db, actor, roundId, code, input);
    refresh(roundId, code);
    return { state: saved?.state ?? null, version: saved?.version ?? null };
  },
);

/** Accept a submitted answer into the record or return it with a comment. */
export const reviewAnswerAction = serverAction(reviewFormInput, async ({ roundId, code, ...input }, { db, actor }) => {
  const result = await reviewAnswer(db, actor, roundId, code, input);
  refresh(roundId, code);
  return result;
});

/** Close the round: notes frozen under its name, answers read-only. */
export const closeRoundAction = serverAction(closeFormInput, async ({ roundId }, { db, actor }) => {
  const result = await closeRound(db, actor, roundId);
  refresh(roundId);
  revalidatePath("/recommendations", "layout");
  return { frozen: result.frozen, kept: result.kept, archived: result.archived };
});
