"use client";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { FormOutcome, type FormMessage } from "@/components/forms/form-parts";

/**
 * The frame of the Owners card's forms: Enter submits, Escape cancels. The server checks every
 * value (noValidate), so its sentences stand next to the fields rather than the browser's bubbles.
 */
export function OwnerFormShell(props: {
  label: string;
  submitLabel: string;
  pending: boolean;
  message: FormMessage;
  onSubmit: () => void;
  onCancel: () => void;
  children: React.ReactNode;
}) {
  const t = useTranslations("owners");
  return (
    <form
      noValidate
      aria-label={props.label}
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
      className="space-y-3 rounded-md border bg-muted/30 p-3 text-sm"
    >
      {props.children}
      <div className="flex flex-wrap items-center gap-2">
        <Button type="submit" size="sm" disabled={props.pending}>
          {props.pending ? t("saving") : props.submitLabel}
        </Button>
        <Button type="button" size="sm" variant="ghost" onClick={props.onCancel}>
          {t("cancel")}
        </Button>
      </div>
      <FormOutcome message={props.message} />
    </form>
  );
}
