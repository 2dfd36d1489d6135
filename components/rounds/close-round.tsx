"use client";
/** Closing a round, after a confirmation that says what it does: notes frozen, answers read-only. */
import { useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { closeRoundAction } from "@/app/(workspace)/rounds/actions";
import { Button } from "@/components/ui/button";
import { FormOutcome, useServerAction } from "@/components/forms/form-parts";

export function CloseRound({
  roundId,
  name,
  recommendations,
  awaitingReview,
  closed,
}: {
  closed: boolean;
  roundId: string;
  name: string;
  recommendations: number;
  awaitingReview: number;
}) {
  const t = useTranslations("rounds.close");
  const close = useServerAction(closeRoundAction);
  const [confirming, setConfirming] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  const cancel = () => {
    setConfirming(false);
    requestAnimationFrame(() => opener.current?.focus());
  };
  return (
    <div className="space-y-2">
      {closed ? null : confirming ? (
        <div
          role="group"
          aria-labelledby="close-confirm-h"
          className="space-y-2 rounded-md border border-amber-400 p-3"
          onKeyDown={(e) => e.key === "Escape" && cancel()}
        >
          <p id="close-confirm-h" className="font-medium">
            {t("confirmTitle", { name })}
          </p>
          <p className="text-sm">{t("confirmBody", { count: recommendations, name })}</p>
          {awaitingReview ? <p className="text-sm">{t("awaitingReview", { count: awaitingReview })}</p> : null}
          <div className="flex flex-wrap gap-2">
            <Button
              type="button"
              size="sm"
              autoFocus
              disabled={close.pending}
              onClick={() =>
                close.run({ roundId }, (r) =>
                  [
                    t("closed", { count: r.frozen.length, name }),
                    r.kept.length ? t("kept", { codes: r.kept.join(", "), name }) : "",
                    r.archived.length ? t("archived", { codes: r.archived.join(", ") }) : "",
                  ]
                    .filter(Boolean)
                    .join(" "),
                )
              }
            >
              {t("confirm")}
            </Button>
            <Button type="button" size="sm" variant="outline" onClick={cancel}>
              {t("cancel")}
            </Button>
          </div>
        </div>
      ) : (
        <Button ref={opener} type="button" variant="outline" onClick={() => setConfirming(true)}>
          {t("open")}
        </Button>
      )}
      <FormOutcome message={close.message} />
    </div>
  );
}
