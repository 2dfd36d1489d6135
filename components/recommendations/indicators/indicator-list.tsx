"use client";
import { useCallback, useEffect, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { Plus } from "lucide-react";
import { Button } from "@/components/ui/button";
import { IndicatorAddForm } from "./indicator-add-form";
import { IndicatorRow } from "./indicator-row";
import type { IndicatorItem, IndicatorRights } from "./types";

/** The indicators of a recommendation, the empty state and the form that adds one. */
export function IndicatorList(props: { code: string; items: IndicatorItem[]; rights: IndicatorRights }) {
  const t = useTranslations("indicators");
  const { rights, items } = props;
  const [adding, setAdding] = useState(false);
  const [outcome, setOutcome] = useState("");
  const addButton = useRef<HTMLButtonElement>(null);
  const wrapper = useRef<HTMLDivElement>(null);
  // Closing the form (or deleting an indicator) puts the focus back on the Add button, or the list.
  const returnFocus = useRef(false);
  const refocus = useCallback(() => {
    returnFocus.current = true;
  }, []);
  useEffect(() => {
    if (adding || !returnFocus.current) return;
    returnFocus.current = false;
    (addButton.current ?? wrapper.current)?.focus();
  }, [adding, items.length]);

  const closeAdd = (added: string | null) => {
    setOutcome(added ? t("added", { name: added }) : "");
    refocus();
    setAdding(false);
  };
  const onDeleted = (name: string) => {
    setOutcome(t("deleted", { name }));
    refocus();
  };

  return (
    <div ref={wrapper} tabIndex={-1} className="space-y-3 outline-none">
      {items.length === 0 ? (
        <div className="rounded-md border border-dashed p-4 text-sm">
          <p className="font-medium">{t("none")}</p>
          <p className="text-muted-foreground">{t("noneHint")}</p>
        </div>
      ) : (
        <ul className="divide-y" aria-label={t("listLabel")}>
          {items.map((item) => (
            <IndicatorRow key={item.id} code={props.code} item={item} rights={rights} onDeleted={onDeleted} />
          ))}
        </ul>
      )}
      <p role="status" className="text-sm text-emerald-700 empty:hidden dark:text-emerald-300">
        {outcome}
      </p>
      {adding ? (
        <IndicatorAddForm code={props.code} onDone={closeAdd} />
      ) : rights.manage ? (
        <Button
          ref={addButton}
          size="sm"
          variant="outline"
          onClick={() => {
            setOutcome("");
            setAdding(true);
          }}
        >
          <Plus aria-hidden /> {t("add")}
        </Button>
      ) : rights.manageRefusal && rights.record ? (
        <p className="text-xs text-muted-foreground">{rights.manageRefusal}</p>
      ) : null}
    </div>
  );
}
