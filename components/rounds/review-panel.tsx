"use client";
/**
 * The coordinator's review of one submitted answer, inline on the round page: accept it into the
 * record, or return it with a comment the agency reads when it answers again.
 */
import { useId, useState } from "react";
import { useTranslations } from "next-intl";
import { reviewAnswerAction } from "@/app/(workspace)/rounds/actions";
import { Button } from "@/components/ui/button";
import { FormOutcome, TextAreaField, useServerAction } from "@/components/forms/form-parts";

export function ReviewPanel({
  roundId,
  code,
  agency,
  requestVersion,
}: {
  roundId: string;
  code: string;
  agency: { key: string; abbreviation: string };
  requestVersion: number;
}) {
  const t = useTranslations("rounds.review");
  const id = useId();
  const review = useServerAction(reviewAnswerAction);
  const [comment, setComment] = useState("");
  const decide = (decision: "accept" | "return") =>
    review.run(
      { roundId, code, agency: agency.key, requestVersion, decision, ...(comment.trim() ? { comment } : {}) },
      () => t(decision === "accept" ? "accepted" : "returned", { agency: agency.abbreviation }),
    );
  return (
    <form
      className="space-y-2 border-t pt-3"
      aria-label={t("label", { agency: agency.abbreviation, code })}
      onSubmit={(e) => {
        e.preventDefault();
        decide("accept");
      }}
    >
      <TextAreaField
        id={`${id}-comment`}
        label={t("comment")}
        hint={t("commentHint")}
        rows={2}
        value={comment}
        onChange={(e) => setComment(e.target.value)}
        errors={review.fieldErrors.comment}
      />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" size="sm" disabled={review.pending}>
          {t("accept")}
        </Button>
        <Button type="button" size="sm" variant="outline" disabled={review.pending} onClick={() => decide("return")}>
          {t("return")}
        </Button>
      </div>
      <FormOutcome message={review.message} />
    </form>
  );
}
