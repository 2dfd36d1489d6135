"use client";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { TextField, useServerAction } from "@/components/forms/form-parts";
import { addReadingAction } from "@/app/(workspace)/recommendations/[code]/indicator-actions";
import { ActionFormShell } from "../actions/action-form-shell";
import { typedNumber } from "./indicator-form";
import { localToday } from "./use-indicator-format";

/** Record a reading: the value, the day it was observed (today unless said otherwise) and a note. */
export function ReadingAddForm(props: {
  code: string;
  indicatorId: string;
  indicatorName: string;
  unit: string;
  onDone: (recorded: string | null) => void;
}) {
  const t = useTranslations("indicators");
  const [value, setValue] = useState("");
  const [observedOn, setObservedOn] = useState(localToday);
  const [note, setNote] = useState("");
  const { run, pending, fieldErrors, message } = useServerAction(addReadingAction);
  const id = `indicator-${props.indicatorId}-reading`;

  function save(event: React.FormEvent) {
    event.preventDefault();
    run(
      {
        code: props.code,
        indicatorId: props.indicatorId,
        // An empty value is sent as it is, so the server says it is needed.
        value: typedNumber(value) as number,
        observedOn,
        note: note || null,
      },
      () => {
        props.onDone(value);
        return null;
      },
    );
  }

  return (
    <ActionFormShell
      label={t("readingLabel", { name: props.indicatorName })}
      submitLabel={t("readingSubmit")}
      pending={pending}
      message={message}
      onSubmit={save}
      onCancel={() => props.onDone(null)}
    >
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField
          id={`${id}-value`}
          label={t("readingValue", { unit: props.unit })}
          type="number"
          step="any"
          inputMode="decimal"
          value={value}
          onChange={(e) => setValue(e.target.value)}
          required
          autoFocus
          errors={fieldErrors.value}
        />
        <TextField
          id={`${id}-date`}
          label={t("observedOn")}
          type="date"
          value={observedOn}
          onChange={(e) => setObservedOn(e.target.value)}
          required
          errors={fieldErrors.observedOn}
        />
      </div>
      <TextField
        id={`${id}-note`}
        label={t("readingNote")}
        hint={t("readingNoteHint")}
        value={note}
        onChange={(e) => setNote(e.target.value)}
        maxLength={1000}
        errors={fieldErrors.note}
      />
    </ActionFormShell>
  );
}
