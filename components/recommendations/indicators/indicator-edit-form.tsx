"use client";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { useServerAction } from "@/components/forms/form-parts";
import { saveIndicatorAction } from "@/app/(workspace)/recommendations/[code]/indicator-actions";
import { indicatorFields } from "@/lib/indicator-fields";
import { ActionFormShell } from "../actions/action-form-shell";
import { IndicatorFields, draftValues, type IndicatorDraft } from "./indicator-form";
import type { IndicatorItem } from "./types";

type Values = Pick<IndicatorItem, (typeof indicatorFields)[number]>;

const valuesOf = (i: IndicatorItem): Values => ({
  name: i.name,
  unit: i.unit,
  baseline: i.baseline,
  baselineDate: i.baselineDate,
  target: i.target,
  targetDate: i.targetDate,
});
const draftOf = (v: Values): IndicatorDraft => ({
  name: v.name,
  unit: v.unit,
  baseline: v.baseline === null ? "" : String(v.baseline),
  baselineDate: v.baselineDate ?? "",
  target: v.target === null ? "" : String(v.target),
  targetDate: v.targetDate ?? "",
});
const sameValues = (a: Values, b: Values) => indicatorFields.every((f) => a[f] === b[f]);

/**
 * An indicator edited in place. Indicators have no version, so the save sends the values the form
 * was opened on (`expected`) and the server refuses it when someone changed them meanwhile. While
 * the form is untouched it follows such changes; once touched it keeps its own and says what moved.
 */
export function IndicatorEditForm(props: { code: string; item: IndicatorItem; onDone: () => void }) {
  const t = useTranslations("indicators");
  const current = valuesOf(props.item);
  const [opened, setOpened] = useState(current);
  const [draft, setDraft] = useState(() => draftOf(current));
  const [touched, setTouched] = useState(false);
  const { run, pending, fieldErrors, message, reset } = useServerAction(saveIndicatorAction);
  if (!touched && !sameValues(opened, current)) {
    // Adjusting state while rendering (React's pattern for props that change): adopt the new values.
    setOpened(current);
    setDraft(draftOf(current));
  }
  const idPrefix = `indicator-${props.item.id}-edit`;
  const moved = touched ? indicatorFields.filter((f) => opened[f] !== current[f]) : [];

  function startAgain() {
    setOpened(current);
    setDraft(draftOf(current));
    setTouched(false);
    reset();
    // The notice and its button are gone: the focus goes to the first field.
    document.getElementById(`${idPrefix}-name`)?.focus();
  }

  function save(event: React.FormEvent) {
    event.preventDefault();
    const next = draftValues(draft);
    const changes = Object.fromEntries(indicatorFields.filter((f) => next[f] !== opened[f]).map((f) => [f, next[f]]));
    if (!Object.keys(changes).length) return props.onDone();
    run({ id: props.item.id, code: props.code, ...changes, expected: opened }, () => {
      props.onDone();
      return null;
    });
  }

  return (
    <ActionFormShell
      label={t("editLabel", { name: props.item.name })}
      submitLabel={t("save")}
      pending={pending}
      message={message}
      onSubmit={save}
      onCancel={props.onDone}
    >
      <IndicatorFields
        idPrefix={idPrefix}
        draft={draft}
        onChange={(d) => {
          setTouched(true);
          setDraft(d);
        }}
        errors={fieldErrors}
      />
      {moved.length ? (
        <div role="status" className="space-y-2 rounded-md border border-amber-500/50 p-2 text-xs">
          <p>{t("changedMeanwhile", { fields: moved.map((f) => t(`fieldNames.${f}`)).join(", ") })}</p>
          <Button type="button" size="sm" variant="outline" onClick={startAgain}>
            {t("startAgain")}
          </Button>
        </div>
      ) : null}
    </ActionFormShell>
  );
}
