"use client";
import { useTranslations } from "next-intl";
import { TextField, type FieldErrors } from "@/components/forms/form-parts";

/** What the indicator form edits, as the fields hold it (numbers as typed, "" for none). */
export interface IndicatorDraft {
  name: string;
  unit: string;
  baseline: string;
  baselineDate: string;
  target: string;
  targetDate: string;
}

export const emptyDraft: IndicatorDraft = {
  name: "",
  unit: "",
  baseline: "",
  baselineDate: "",
  target: "",
  targetDate: "",
};

/** A typed number as the server takes it: null when empty; NaN when it is not a number (the server says so). */
export const typedNumber = (v: string) => (v.trim() === "" ? null : Number(v));

/** The draft as the input schemas take it. */
export function draftValues(d: IndicatorDraft) {
  return {
    name: d.name,
    unit: d.unit,
    baseline: typedNumber(d.baseline),
    baselineDate: d.baselineDate || null,
    target: typedNumber(d.target),
    targetDate: d.targetDate || null,
  };
}

/** The fields of an indicator (name, unit, baseline and target with their dates), for adding and editing. */
export function IndicatorFields(props: {
  idPrefix: string;
  draft: IndicatorDraft;
  onChange: (draft: IndicatorDraft) => void;
  errors: FieldErrors;
}) {
  const t = useTranslations("indicators");
  const { draft, idPrefix: id } = props;
  const set = (key: keyof IndicatorDraft) => (e: React.ChangeEvent<HTMLInputElement>) =>
    props.onChange({ ...draft, [key]: e.target.value });
  const number = { type: "number", step: "any", inputMode: "decimal" as const };
  return (
    <>
      <div className="grid gap-3 sm:grid-cols-[2fr_1fr]">
        <TextField
          id={`${id}-name`}
          label={t("name")}
          hint={t("nameHint")}
          value={draft.name}
          onChange={set("name")}
          maxLength={200}
          required
          autoFocus
          errors={props.errors.name}
        />
        <TextField
          id={`${id}-unit`}
          label={t("unit")}
          hint={t("unitHint")}
          value={draft.unit}
          onChange={set("unit")}
          maxLength={40}
          required
          errors={props.errors.unit}
        />
      </div>
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField
          id={`${id}-baseline`}
          label={t("baseline")}
          {...number}
          value={draft.baseline}
          onChange={set("baseline")}
          errors={props.errors.baseline}
        />
        <TextField
          id={`${id}-baseline-date`}
          label={t("baselineDate")}
          type="date"
          value={draft.baselineDate}
          onChange={set("baselineDate")}
          errors={props.errors.baselineDate}
        />
        <TextField
          id={`${id}-target`}
          label={t("target")}
          hint={t("targetHint")}
          {...number}
          value={draft.target}
          onChange={set("target")}
          errors={props.errors.target}
        />
        <TextField
          id={`${id}-target-date`}
          label={t("targetDate")}
          type="date"
          value={draft.targetDate}
          onChange={set("targetDate")}
          errors={props.errors.targetDate}
        />
      </div>
    </>
  );
}
