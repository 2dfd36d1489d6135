"use client";
/** Show, hide and reorder columns: one checkbox and two move buttons per column. */
import { useTranslations } from "next-intl";
import { ArrowDown, ArrowUp, Columns3 } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Popover, PopoverContent, PopoverTrigger } from "@/components/ui/popover";

export interface ColumnOption {
  id: string;
  title: string;
  visible: boolean;
  /** Columns that cannot be hidden (the code that identifies a row). */
  required?: boolean;
}

export function ColumnOptions({
  columns,
  onToggle,
  onMove,
  onReset,
}: {
  /** In display order. */
  columns: ColumnOption[];
  onToggle: (id: string, visible: boolean) => void;
  onMove: (id: string, by: -1 | 1) => void;
  onReset: () => void;
}) {
  const t = useTranslations("table");
  return (
    <Popover>
      <PopoverTrigger asChild>
        <Button variant="outline" size="sm" title={t("columnsHint")}>
          <Columns3 aria-hidden /> {t("columns")}
        </Button>
      </PopoverTrigger>
      <PopoverContent className="w-72" aria-label={t("columnsHint")}>
        <ul className="max-h-96 space-y-0.5 overflow-y-auto">
          {columns.map((c, i) => (
            <li key={c.id} className="flex items-center gap-1 rounded px-1 hover:bg-accent">
              <label className="flex flex-1 items-center gap-2 py-1 text-sm">
                <input
                  type="checkbox"
                  className="size-4"
                  checked={c.visible}
                  disabled={c.required}
                  onChange={(e) => onToggle(c.id, e.target.checked)}
                />
                {c.title}
              </label>
              <Button
                variant="ghost"
                size="icon"
                className="size-7"
                disabled={i === 0}
                aria-label={t("moveUp", { column: c.title })}
                onClick={() => onMove(c.id, -1)}
              >
                <ArrowUp aria-hidden />
              </Button>
              <Button
                variant="ghost"
                size="icon"
                className="size-7"
                disabled={i === columns.length - 1}
                aria-label={t("moveDown", { column: c.title })}
                onClick={() => onMove(c.id, 1)}
              >
                <ArrowDown aria-hidden />
              </Button>
            </li>
          ))}
        </ul>
        <Button variant="ghost" size="sm" className="mt-1 w-full" onClick={onReset}>
          {t("resetColumns")}
        </Button>
      </PopoverContent>
    </Popover>
  );
}
