"use client";
import { useCallback, useEffect, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { Plus } from "lucide-react";
import { Button } from "@/components/ui/button";
import { FormOutcome, useServerAction } from "@/components/forms/form-parts";
import { saveAction } from "@/app/(workspace)/recommendations/[code]/actions";
import { ActionRow } from "./action-row";
import { ActionAddForm } from "./action-add-form";
import { useLocalized } from "@/components/ui/localized-text";
import type { ActionRowItem, AgencyOption, AssigneeOption } from "./types";

/** Typing in a field, a list box or the notes editor: the list's shortcut keys stay out of the way. */
function typingIn(target: EventTarget | null) {
  const el = target as HTMLElement | null;
  return Boolean(el && (el.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(el.tagName)));
}

export function ActionList(props: {
  code: string;
  items: ActionRowItem[];
  addAgencies: AgencyOption[];
  reassignAgencies: AgencyOption[];
  assignees: AssigneeOption[];
  addRefusal: string | null;
}) {
  const t = useTranslations("actionList");
  const [adding, setAdding] = useState(false);
  const addButton = useRef<HTMLButtonElement>(null);
  const move = useServerAction(saveAction);
  // After a move the row is re-rendered in its new place: its button gets the focus back.
  const refocus = useRef<string | null>(null);
  const canAdd = props.addAgencies.length > 0;
  const shown = useLocalized();

  // Closing the form puts the focus back on the Add button.
  const returnFocus = useRef(false);
  const closeAdd = useCallback(() => {
    setAdding(false);
    returnFocus.current = true;
  }, []);
  useEffect(() => {
    if (adding || !returnFocus.current) return;
    addButton.current?.focus();
    returnFocus.current = false;
  }, [adding]);

  useEffect(() => {
    if (!canAdd) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== "a" || e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented || typingIn(e.target)) return;
      e.preventDefault();
      setAdding(true);
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [canAdd]);

  useEffect(() => {
    if (!refocus.current) return;
    const el = document.getElementById(refocus.current) as HTMLButtonElement | null;
    el?.focus();
    refocus.current = null;
  }, [props.items]);

  function moveTo(item: ActionRowItem, index: number, buttonId: string) {
    if (move.pending) return;
    refocus.current = buttonId;
    move.run({ id: item.id, code: props.code, version: item.version, position: index }, () =>
      t("moved", { title: shown.text(item.titles).text, place: index + 1 }),
    );
  }

  return (
    <div className="space-y-3">
      {props.items.length === 0 ? (
        <p className="text-sm text-muted-foreground">{t("none")}</p>
      ) : (
        <ol className="divide-y" aria-label={t("listLabel")}>
          {props.items.map((item, index) => (
            <ActionRow
              key={item.id}
              code={props.code}
              item={item}
              index={index}
              count={props.items.length}
              reassignAgencies={props.reassignAgencies}
              assignees={props.assignees}
              onMove={moveTo}
            />
          ))}
        </ol>
      )}
      <FormOutcome message={move.message} className="text-xs" />
      {adding ? (
        <ActionAddForm code={props.code} agencies={props.addAgencies} assignees={props.assignees} onDone={closeAdd} />
      ) : canAdd ? (
        <Button ref={addButton} size="sm" variant="outline" onClick={() => setAdding(true)} aria-keyshortcuts="a">
          <Plus aria-hidden /> {t("add")}
          <kbd className="ml-1 rounded border px-1 text-[10px] text-muted-foreground">A</kbd>
        </Button>
      ) : props.addRefusal ? (
        <p className="text-xs text-muted-foreground">{props.addRefusal}</p>
      ) : null}
    </div>
  );
}
