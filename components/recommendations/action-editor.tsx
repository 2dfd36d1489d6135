"use client";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { FormOutcome, useServerAction } from "@/components/forms/form-parts";
import { actionStatuses, type ActionStatus } from "@/db/schema/enums";
import { saveAction } from "@/app/(workspace)/recommendations/[code]/actions";
import { useLoadedVersion } from "@/components/forms/use-loaded-version";

/** Inline status and progress editing for one action; shown only to people allowed to change it. */
export function ActionEditor({
  code,
  action,
}: {
  code: string;
  action: { id: string; title: string; status: ActionStatus; progress: number; version: number };
}) {
  const t = useTranslations();
  const [status, setStatus] = useState(action.status);
  const [progress, setProgress] = useState(action.progress);
  const { run, pending, message } = useServerAction(saveAction);
  const base = useLoadedVersion(action, (a) => {
    setStatus(a.status);
    setProgress(a.progress);
  });
  const id = `action-${action.id}`;

  function save() {
    run({ id: action.id, code, version: base.version, status, progress }, () => {
      base.saved();
      return t("edit.saved");
    });
  }

  return (
    <div
      className="mt-2 flex flex-wrap items-end gap-2"
      role="group"
      aria-label={t("edit.updateAction", { title: action.title })}
    >
      <label className="text-xs">
        <span className="block text-muted-foreground">{t("list.status")}</span>
        <select
          id={`${id}-status`}
          value={status}
          onChange={(e) => {
            base.touch();
            setStatus(e.target.value as ActionStatus);
          }}
          className="h-8 rounded-md border border-input bg-background px-2 text-sm"
        >
          {actionStatuses.map((s) => (
            <option key={s} value={s}>
              {t(`actionStatus.${s}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="text-xs">
        <span className="block text-muted-foreground">{t("detail.progress")}</span>
        <input
          type="number"
          min={0}
          max={100}
          step={5}
          value={progress}
          onChange={(e) => {
            base.touch();
            setProgress(Number(e.target.value));
          }}
          className="h-8 w-20 rounded-md border border-input bg-background px-2 text-sm"
        />
      </label>
      <Button size="sm" variant="outline" onClick={save} disabled={pending}>
        {pending ? t("edit.saving") : t("edit.save")}
      </Button>
      <FormOutcome message={message} className="text-xs" />
    </div>
  );
}
