"use client";
/** The frame of a table's bulk edit: how many rows are selected, the fields, Apply and Clear selection. */
import type { FormEvent, ReactNode } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";

export const bulkSelectClass = "h-8 rounded-md border border-input bg-background px-2 text-sm";

export function BulkForm({
  label,
  count,
  pending,
  nothing,
  onSubmit,
  onClear,
  children,
}: {
  /** The form's accessible name. */
  label: string;
  /** How many rows are selected. */
  count: number;
  pending: boolean;
  /** True while no change is chosen (Apply is then disabled). */
  nothing: boolean;
  onSubmit: () => void;
  onClear: () => void;
  children: ReactNode;
}) {
  const t = useTranslations("table");
  return (
    <form
      onSubmit={(event: FormEvent) => {
        event.preventDefault();
        onSubmit();
      }}
      aria-label={label}
      className="flex flex-wrap items-end gap-2 rounded-lg border border-primary/40 bg-primary/5 p-3 text-sm"
    >
      <p className="mr-2 self-center font-medium" aria-live="polite">
        {t("selected", { count })}
      </p>
      {children}
      <Button type="submit" size="sm" disabled={nothing || pending}>
        {pending ? t("bulkApplying", { count }) : t("bulkApply", { count })}
      </Button>
      <Button type="button" size="sm" variant="ghost" onClick={onClear}>
        {t("clearSelection")}
      </Button>
    </form>
  );
}
