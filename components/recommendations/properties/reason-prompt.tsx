"use client";
/**
 * The small form a choice opens when a rule needs more than the choice: accepting before work
 * starts, the reason for an acceptance decision, the reason for a closure. Enter saves everything
 * in one update, Escape cancels.
 */
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";

export function ReasonPrompt(props: {
  id: string;
  title: string;
  hint?: string;
  submitLabel: string;
  busy: boolean;
  onSubmit: () => void;
  onCancel: () => void;
  children: React.ReactNode;
}) {
  const t = useTranslations("properties");
  return (
    <form
      aria-labelledby={`${props.id}-title`}
      aria-describedby={props.hint ? `${props.id}-hint` : undefined}
      className="mt-2 space-y-2 rounded-md border border-primary/40 bg-muted/40 p-3"
      onSubmit={(e) => {
        e.preventDefault();
        props.onSubmit();
      }}
      onKeyDown={(e) => {
        if (e.key === "Escape") {
          e.preventDefault();
          props.onCancel();
        }
      }}
    >
      <p id={`${props.id}-title`} className="font-medium">
        {props.title}
      </p>
      {props.hint ? (
        <p id={`${props.id}-hint`} className="text-xs text-muted-foreground">
          {props.hint}
        </p>
      ) : null}
      {props.children}
      <div className="flex flex-wrap items-center gap-2">
        <Button type="submit" size="sm" disabled={props.busy} className="h-auto min-h-8 whitespace-normal py-1">
          {props.busy ? t("saving") : props.submitLabel}
        </Button>
        <Button type="button" size="sm" variant="ghost" onClick={props.onCancel}>
          {t("cancel")}
        </Button>
      </div>
      <p className="text-xs text-muted-foreground">{t("keys")}</p>
    </form>
  );
}
