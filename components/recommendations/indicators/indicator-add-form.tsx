"use client";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { useServerAction } from "@/components/forms/form-parts";
import { addIndicatorAction } from "@/app/(workspace)/recommendations/[code]/indicator-actions";
import { ActionFormShell } from "../actions/action-form-shell";
import { IndicatorFields, draftValues, emptyDraft } from "./indicator-form";

/** Define an indicator: name, unit, baseline and target with their dates. Enter saves, Escape cancels. */
export function IndicatorAddForm(props: { code: string; onDone: (added: string | null) => void }) {
  const t = useTranslations("indicators");
  const [draft, setDraft] = useState(emptyDraft);
  const { run, pending, fieldErrors, message } = useServerAction(addIndicatorAction);

  function save(event: React.FormEvent) {
    event.preventDefault();
    run({ code: props.code, ...draftValues(draft) }, () => {
      props.onDone(draft.name.trim());
      return null;
    });
  }

  return (
    <ActionFormShell
      label={t("addLabel")}
      submitLabel={t("addSubmit")}
      pending={pending}
      message={message}
      onSubmit={save}
      onCancel={() => props.onDone(null)}
    >
      <IndicatorFields idPrefix="indicator-add" draft={draft} onChange={setDraft} errors={fieldErrors} />
    </ActionFormShell>
  );
}
