"use client";
import { useEffect, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { Plus } from "lucide-react";
import { Button } from "@/components/ui/button";
import { FormOutcome, type FormMessage } from "@/components/forms/form-parts";
import { SideDot } from "@/components/recommendations/badges";
import { OwnerAddForm } from "./owner-add-form";
import { OwnerRow } from "./owner-row";
import { sideOrder, type ContactCandidate, type OwnerAgency, type OwnerItem } from "./types";

/**
 * The owning agencies of a recommendation, by side (Shenzhen and Hong Kong always, joint and
 * national when they own it), each with its role and named contact. For those the permission
 * module allows: add an owner, make one lead or supporting, set its contact, remove it.
 */
export function OwnersEditor(props: {
  code: string;
  version: number;
  owners: OwnerItem[];
  canEdit: boolean;
  /** Why this person cannot change the owners, when they cannot. */
  refusal: string | null;
  /** Agencies that are not owners yet (only sent to those who may add). */
  addable: OwnerAgency[];
  candidates: ContactCandidate[];
}) {
  const t = useTranslations();
  const [adding, setAdding] = useState(false);
  const [outcome, setOutcome] = useState<FormMessage>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const focusAdd = useRef(false);
  useEffect(() => {
    if (adding || !focusAdd.current) return;
    addButton.current?.focus();
    focusAdd.current = false;
  }, [adding]);
  // An owner removed takes its buttons with it: the focus goes to the Add button instead of the page.
  const keys = props.owners.map((o) => o.agency.key).join();
  const previousKeys = useRef(keys);
  useEffect(() => {
    const lost = !document.activeElement || document.activeElement === document.body;
    if (previousKeys.current.split(",").length > keys.split(",").length && lost) addButton.current?.focus();
    previousKeys.current = keys;
  }, [keys]);

  const sides = sideOrder.filter(
    (s) => s === "shenzhen" || s === "hong_kong" || props.owners.some((o) => o.agency.side === s),
  );
  const saved = (text: string) => setOutcome({ tone: "ok", text });

  return (
    <div className="space-y-4">
      {sides.map((side) => {
        const owners = props.owners.filter((o) => o.agency.side === side);
        return (
          <section key={side} aria-labelledby={`owners-${side}-h`}>
            <h3 id={`owners-${side}-h`} className="flex items-center gap-1.5 text-sm font-semibold">
              <SideDot side={side} /> {t(`sides.${side}`)}
            </h3>
            {owners.length ? (
              <ul className="divide-y">
                {owners.map((o) => (
                  <OwnerRow
                    key={o.agency.key}
                    code={props.code}
                    version={props.version}
                    owners={props.owners}
                    owner={o}
                    candidates={props.candidates}
                    canEdit={props.canEdit}
                    onSaved={saved}
                    onOpen={() => setOutcome(null)}
                  />
                ))}
              </ul>
            ) : (
              <p className="py-2 text-sm text-muted-foreground">
                {t("owners.noneOnSide", { side: t(`sides.${side}`) })}
              </p>
            )}
          </section>
        );
      })}
      <FormOutcome message={outcome} className="text-xs" />
      {props.canEdit ? (
        adding ? (
          <OwnerAddForm
            code={props.code}
            version={props.version}
            owners={props.owners}
            agencies={props.addable}
            candidates={props.candidates}
            onDone={(message) => {
              if (message) saved(message);
              setAdding(false);
              focusAdd.current = true;
            }}
          />
        ) : props.addable.length ? (
          <Button
            ref={addButton}
            size="sm"
            variant="outline"
            onClick={() => {
              setOutcome(null);
              setAdding(true);
            }}
          >
            <Plus aria-hidden /> {t("owners.add")}
          </Button>
        ) : (
          <p className="text-xs text-muted-foreground">{t("owners.allOwners")}</p>
        )
      ) : props.refusal ? (
        <p className="text-xs text-muted-foreground">{props.refusal}</p>
      ) : null}
    </div>
  );
}
