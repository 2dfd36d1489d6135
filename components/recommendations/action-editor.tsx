"use client";
import { useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { actionStatuses, type ActionStatus } from "@/db/schema/enums";
import { saveAction } from "@/app/(workspace)/recommendations/[code]/actions";

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
  const [message, setMessage] = useState<{ tone: "ok" | "error"; text: string } | null>(null);
  const [pending, start] = useTransition();
  const id = `action-${action.id}`;

  function save() {
    setMessage(null);
    start(async () => {
      const result = await saveAction({ id: action.id, code, version: action.version, status, progress });
      setMessage(result.ok ? { tone: "ok", text: t("edit.saved") } : { tone: "error", text: result.error });
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
          onChange={(e) => setStatus(e.target.value as ActionStatus)}
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
          onChange={(e) => setProgress(Number(e.target.value))}
          className="h-8 w-20 rounded-md border border-input bg-background px-2 text-sm"
        />
      </label>
      <Button size="sm" variant="outline" onClick={save} disabled={pending}>
        {pending ? t("edit.saving") : t("edit.save")}
      </Button>
      {message ? (
        <p
          role={message.tone === "ok" ? "status" : "alert"}
          className={
            message.tone === "ok" ? "text-xs text-emerald-700 dark:text-emerald-300" : "text-xs text-destructive"
          }
        >
          {message.text}
        </p>
      ) : null}
    </div>
  );
}
