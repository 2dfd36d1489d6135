"use client";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { FormOutcome, type FormMessage } from "@/components/forms/form-parts";

/** The frame the add and edit forms of an action share: Enter submits, Escape cancels, buttons and the key hint at the foot. */
export function ActionFormShell(props: {
  label: string;
  submitLabel: string;
  pending: boolean;
  message: FormMessage;
  onSubmit: (event: React.FormEvent) => void;
  onCancel: () => void;
  children: React.ReactNode;
}) {
  const t = useTranslations("actionList");
  return (
    <form
      onSubmit={props.onSubmit}
      onKeyDown={(e) => {
        if (e.key === "Escape") {
          e.preventDefault();
          props.onCancel();
        }
      }}
      aria-label={props.label}
      className="space-y-3 rounded-md border bg-muted/30 p-3 text-sm"
    >
      {props.children}
      <div className="flex flex-wrap items-center gap-2">
        <Button type="submit" size="sm" disabled={props.pending}>
          {props.pending ? t("saving") : props.submitLabel}
        </Button>
        <Button type="button" size="sm" variant="ghost" onClick={props.onCancel}>
          {t("cancelEdit")}
        </Button>
        <span className="text-xs text-muted-foreground">{t("keys")}</span>
      </div>
      <FormOutcome message={props.message} />
    </form>
  );
}
