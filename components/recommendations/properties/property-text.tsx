"use client";
/**
 * A property typed in place (text or a date): the value is a button; pressing it opens an editor
 * where Enter saves and Escape cancels. The panel decides when the editor is open and moves the
 * focus back to the button after a save or a cancel.
 */
import { useState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Pencil } from "lucide-react";

export interface ExtraInput {
  id: string;
  label: string;
  invalid?: boolean;
}

export function PropertyText(props: {
  id: string;
  labelId: string;
  label: string;
  value: string | null;
  display: React.ReactNode;
  type: "text" | "date";
  maxLength?: number;
  open: boolean;
  busy: boolean;
  invalid?: boolean;
  /** The panel's message about this field's failed save, which invalid inputs point to. */
  errorId: string;
  /** A second, optional input saved with the value (the reason for a date change). */
  extra?: ExtraInput;
  onOpen: () => void;
  onCancel: () => void;
  onSave: (value: string | null, extra: string | null) => void;
}) {
  const t = useTranslations("properties");
  const [draft, setDraft] = useState(props.value ?? "");
  const [extra, setExtra] = useState("");
  const { errorId } = props;

  if (!props.open) {
    return (
      <button
        id={`${props.id}-value`}
        type="button"
        aria-labelledby={`${props.labelId} ${props.id}-value`}
        onClick={() => {
          setDraft(props.value ?? "");
          setExtra("");
          props.onOpen();
        }}
        className="group -mx-1.5 flex min-h-8 w-[calc(100%+0.75rem)] min-w-0 items-center justify-between gap-1 rounded-md border border-transparent px-1.5 py-1 text-left hover:border-input focus-visible:border-ring focus-visible:outline-2 focus-visible:outline-ring"
      >
        <span className="min-w-0 break-words">{props.display}</span>
        <Pencil className="size-3.5 shrink-0 text-muted-foreground" aria-hidden />
      </button>
    );
  }

  return (
    <form
      aria-label={t("editField", { field: props.label })}
      className="mt-1 space-y-2"
      onSubmit={(e) => {
        e.preventDefault();
        props.onSave(draft.trim() || null, extra.trim() || null);
      }}
      onKeyDown={(e) => {
        if (e.key === "Escape") {
          e.preventDefault();
          props.onCancel();
        }
      }}
    >
      <Input
        id={props.id}
        type={props.type}
        value={draft}
        maxLength={props.maxLength}
        onChange={(e) => setDraft(e.target.value)}
        aria-labelledby={props.labelId}
        aria-invalid={props.invalid || undefined}
        aria-describedby={props.invalid ? errorId : undefined}
        className="min-w-0"
      />
      {props.extra ? (
        <div className="space-y-1">
          <Label htmlFor={props.extra.id} className="text-xs font-normal text-muted-foreground">
            {props.extra.label}
          </Label>
          <Input
            id={props.extra.id}
            value={extra}
            maxLength={1000}
            onChange={(e) => setExtra(e.target.value)}
            aria-invalid={props.extra.invalid || undefined}
            aria-describedby={props.extra.invalid ? errorId : undefined}
          />
        </div>
      ) : null}
      <div className="flex flex-wrap items-center gap-2">
        <Button type="submit" size="sm" disabled={props.busy}>
          {props.busy ? t("saving") : t("save")}
        </Button>
        <Button type="button" size="sm" variant="ghost" onClick={props.onCancel}>
          {t("cancel")}
        </Button>
        <span className="text-xs text-muted-foreground">{t("keys")}</span>
      </div>
    </form>
  );
}
