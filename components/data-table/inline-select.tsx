"use client";
/**
 * A cell value people may change in place: a native select (keyboard and screen-reader friendly) that
 * saves on change. It remembers the version the person was looking at when they began (focus), so a
 * change someone else made meanwhile is refused as a conflict instead of overwritten.
 */
import { useRef, useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/actions/server-action";
import { cn } from "@/lib/utils";

export function InlineSelect<V extends string>({
  label,
  value,
  version,
  options,
  save,
  onOutcome,
  className,
}: {
  label: string;
  value: V | "";
  version: number;
  options: { value: V | ""; label: string; disabled?: boolean }[];
  save: (value: V | "", version: number) => Promise<ActionResult<unknown>>;
  onOutcome: (ok: boolean, text: string) => void;
  className?: string;
}) {
  const t = useTranslations("table");
  const [pending, start] = useTransition();
  const [failed, setFailed] = useState(false);
  const [shown, setShown] = useState<V | "" | null>(null);
  const startedOn = useRef<number | null>(null);

  return (
    <select
      aria-label={label}
      value={shown ?? value}
      disabled={pending}
      aria-invalid={failed || undefined}
      onFocus={() => (startedOn.current ??= version)}
      onBlur={() => (startedOn.current = null)}
      onChange={(e) => {
        const next = e.target.value as V | "";
        const basedOn = startedOn.current ?? version;
        setShown(next);
        start(async () => {
          const result = await save(next, basedOn);
          setFailed(!result.ok);
          setShown(null);
          startedOn.current = null;
          onOutcome(result.ok, result.ok ? t("savedCell") : result.error);
        });
      }}
      className={cn(
        "h-7 w-full max-w-full cursor-pointer truncate rounded border border-transparent bg-transparent px-1 text-sm hover:border-input focus:border-input",
        failed && "border-destructive",
        className,
      )}
    >
      {options.map((o) => (
        <option key={o.value} value={o.value} disabled={o.disabled}>
          {o.label}
        </option>
      ))}
    </select>
  );
}
