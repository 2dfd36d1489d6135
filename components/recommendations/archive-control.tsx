"use client";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { FormOutcome, TextField, useServerAction } from "@/components/forms/form-parts";
import { archiveRecommendation } from "@/app/(workspace)/recommendations/[code]/actions";

/** Archive with a confirmation step and an optional reason, or restore. Nothing is ever deleted. */
export function ArchiveControl({ code, version, archived }: { code: string; version: number; archived: boolean }) {
  const t = useTranslations("archive");
  const [confirming, setConfirming] = useState(false);
  const [reason, setReason] = useState("");
  const { run, pending, fieldErrors, message } = useServerAction(archiveRecommendation);

  if (archived) {
    return (
      <div className="space-y-2 text-sm">
        <p className="text-muted-foreground">{t("archivedHint")}</p>
        <Button
          size="sm"
          variant="outline"
          disabled={pending}
          onClick={() => run({ code, version, archived: false }, () => t("restored"))}
        >
          {t("restore")}
        </Button>
        <FormOutcome message={message} />
      </div>
    );
  }
  return (
    <div className="space-y-2 text-sm">
      <p className="text-muted-foreground">{t("hint")}</p>
      {confirming ? (
        <>
          <TextField
            id="archive-reason"
            label={t("reason")}
            value={reason}
            maxLength={1000}
            onChange={(e) => setReason(e.target.value)}
            errors={fieldErrors.reason}
          />
          <div className="flex gap-2">
            <Button
              size="sm"
              variant="destructive"
              disabled={pending}
              onClick={() => run({ code, version, archived: true, reason: reason || null }, () => t("archived"))}
            >
              {t("confirm")}
            </Button>
            <Button size="sm" variant="ghost" onClick={() => setConfirming(false)}>
              {t("cancel")}
            </Button>
          </div>
        </>
      ) : (
        <Button size="sm" variant="outline" onClick={() => setConfirming(true)}>
          {t("archive")}
        </Button>
      )}
      <FormOutcome message={message} />
    </div>
  );
}
