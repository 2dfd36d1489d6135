"use client";
import { useState } from "react";
import { useFormatter, useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { FormOutcome, SelectField, useServerAction } from "@/components/forms/form-parts";
import { repairNoteAction } from "@/app/(workspace)/recommendations/[code]/note-actions";

const KEEP = "";

/** Administrators: rebuild a damaged note, optionally with a report version's content. */
export function RepairNoteControl({ code, versions }: { code: string; versions: { id: string; name: string }[] }) {
  const t = useTranslations("notes");
  const format = useFormatter();
  const [versionId, setVersionId] = useState(KEEP);
  const { run, pending, message } = useServerAction(repairNoteAction);
  const size = (bytes: number) =>
    bytes < 1024 ? `${format.number(bytes)} B` : `${format.number(bytes / 1024, { maximumFractionDigits: 1 })} KiB`;
  return (
    <section aria-labelledby="note-repair-h" className="mt-4 space-y-2 border-t border-border pt-3">
      <h3 id="note-repair-h" className="text-sm font-medium">
        {t("repairTitle")}
      </h3>
      <p id="note-repair-explain" className="text-sm text-muted-foreground">
        {t("repairExplain")}
      </p>
      <form
        className="space-y-2"
        aria-describedby="note-repair-explain"
        onSubmit={(e) => {
          e.preventDefault();
          if (!window.confirm(t("repairConfirm"))) return;
          run({ code, versionId: versionId || undefined }, (data) =>
            t("repaired", {
              before: size(data.bytesBefore),
              after: size(data.bytesAfter),
              dropped: data.droppedPending ? t("repairDropped") : t("repairNothingDropped"),
              restored: data.restored ? t("repairRestored", { name: data.restored }) : t("repairKept"),
            }),
          );
        }}
      >
        <SelectField
          id="note-repair-version"
          label={t("repairVersion")}
          value={versionId}
          onChange={(e) => setVersionId(e.target.value)}
          options={[
            { value: KEEP, label: t("repairKeep") },
            ...versions.map((v) => ({ value: v.id, label: t("repairWithVersion", { name: v.name }) })),
          ]}
        />
        <Button size="sm" variant="outline" type="submit" disabled={pending}>
          {t("repair")}
        </Button>
        <FormOutcome message={message} />
      </form>
    </section>
  );
}
