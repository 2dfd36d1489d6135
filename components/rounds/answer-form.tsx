"use client";
/**
 * An agency's answer to one reporting request: proposed status and health, a progress statement,
 * and for a late item a revised target date with its reason. Saved as a draft or submitted; a
 * submitted answer shows read-only with "Withdraw" until the coordinator reviews it. The same form
 * serves My work, the recommendation page and the round page.
 */
import { useId, useState } from "react";
import { useFormatter, useTranslations } from "next-intl";
import { saveAnswerAction, withdrawAnswerAction } from "@/app/(workspace)/rounds/actions";
import type { Health, RecommendationStatus } from "@/db/schema/enums";
import type { RequestState } from "@/db/schema/rounds";
import { Button } from "@/components/ui/button";
import { FormOutcome, SelectField, TextAreaField, TextField, useServerAction } from "@/components/forms/form-parts";
import { EvidencePanel } from "@/components/evidence/evidence-panel";
import type { EvidenceListItem } from "@/components/evidence/types";
import { AnswerSummary, type AnswerContent } from "./answer-summary";

export interface AnswerFormProps {
  roundId: string;
  code: string;
  state: RequestState;
  requestVersion: number;
  answer: AnswerContent | null;
  reviewComment: string | null;
  recommendation: { status: RecommendationStatus; health: Health | null; version: number };
  /** Statuses the member may propose besides the current one (lib/permissions.ts). */
  statuses: RecommendationStatus[];
  itemLate: boolean;
  roundOpen: boolean;
  /** The answer's files and links the viewer may see, and whether they may add and remove them. */
  evidence?: { items: EvidenceListItem[]; canWrite: boolean };
}

const healths: Health[] = ["on_track", "at_risk", "off_track"];

export function AnswerForm(props: AnswerFormProps) {
  const { roundId, code, state, requestVersion, answer, recommendation: rec, roundOpen } = props;
  const t = useTranslations("rounds.answer");
  const tStatus = useTranslations("status");
  const tHealth = useTranslations("health");
  const format = useFormatter();
  const id = useId();
  const save = useServerAction(saveAnswerAction);
  const withdraw = useServerAction(withdrawAnswerAction);
  const [status, setStatus] = useState<string>(answer?.proposedStatus ?? "");
  const [health, setHealth] = useState<string>(answer?.proposedHealth ?? "");
  const [statement, setStatement] = useState(answer?.statement ?? "");
  const [targetDate, setTargetDate] = useState(answer?.targetDate ?? "");
  const [targetDateReason, setTargetDateReason] = useState(answer?.targetDateReason ?? "");

  // The evidence has forms of its own, so it sits beside the answer's form rather than inside it.
  const evidence = props.evidence ? (
    <EvidencePanel
      owner={{ kind: "answer", roundId, code }}
      items={props.evidence.items}
      canWrite={props.evidence.canWrite}
      of={t("evidenceOf", { code })}
    />
  ) : null;

  const returned =
    state === "returned" && props.reviewComment ? (
      <div role="note" className="rounded-md border border-amber-400 bg-amber-50 p-3 text-sm dark:bg-amber-950">
        <p className="font-medium">{t("returnedWith")}</p>
        <p className="whitespace-pre-line">{props.reviewComment}</p>
      </div>
    ) : null;

  if (!roundOpen || state === "accepted" || state === "submitted") {
    return (
      <div className="space-y-3">
        {answer ? <AnswerSummary answer={answer} /> : <p className="text-sm text-muted-foreground">{t("noAnswer")}</p>}
        {evidence}
        {state === "submitted" && roundOpen ? (
          <>
            <p className="text-sm text-muted-foreground">{t("awaitingReview")}</p>
            <Button
              type="button"
              variant="outline"
              size="sm"
              disabled={withdraw.pending}
              onClick={() => withdraw.run({ roundId, code, requestVersion }, () => t("withdrawn"))}
            >
              {t("withdraw")}
            </Button>
          </>
        ) : null}
        {!roundOpen ? <p className="text-sm text-muted-foreground">{t("roundClosed")}</p> : null}
        <FormOutcome message={withdraw.message ?? save.message} />
      </div>
    );
  }

  const submit = (submitting: boolean) =>
    save.run(
      {
        roundId,
        code,
        statement,
        submit: submitting,
        version: rec.version,
        ...(requestVersion > 1 ? { requestVersion } : {}),
        ...(status ? { status: status as RecommendationStatus } : {}),
        ...(health ? { health: health as Health } : {}),
        ...(targetDate ? { targetDate, targetDateReason } : {}),
      },
      () => (submitting ? t("submitted") : t("saved")),
    );
  const errors = save.fieldErrors;

  return (
    <div className="space-y-3">
      <form
        id={`${id}-form`}
        className="space-y-3"
        onSubmit={(e) => {
          e.preventDefault();
          submit(true);
        }}
      >
        {returned}
        <div className="grid gap-3 sm:grid-cols-2">
          <SelectField
            id={`${id}-status`}
            name="status"
            label={t("status")}
            value={status}
            onChange={(e) => setStatus(e.target.value)}
            errors={errors.status}
            options={[
              { value: "", label: t("keepStatus", { status: tStatus(rec.status) }) },
              ...props.statuses.map((s) => ({ value: s, label: tStatus(s) })),
            ]}
          />
          <SelectField
            id={`${id}-health`}
            name="health"
            label={t("health")}
            value={health}
            onChange={(e) => setHealth(e.target.value)}
            errors={errors.health}
            options={[
              { value: "", label: t("keepHealth", { health: rec.health ? tHealth(rec.health) : tHealth("none") }) },
              ...healths.map((h) => ({ value: h, label: tHealth(h) })),
            ]}
          />
        </div>
        <TextAreaField
          id={`${id}-statement`}
          name="statement"
          label={t("statement")}
          hint={t("statementHint")}
          rows={5}
          value={statement}
          onChange={(e) => setStatement(e.target.value)}
          errors={errors.statement}
        />
        <fieldset className="space-y-2 rounded-md border p-3">
          <legend className="px-1 text-sm font-medium">{t("revisedTarget")}</legend>
          <p className="text-xs text-muted-foreground">{props.itemLate ? t("lateHint") : t("targetHint")}</p>
          <div className="grid gap-3 sm:grid-cols-2">
            <TextField
              id={`${id}-target`}
              type="date"
              name="targetDate"
              label={t("targetDate")}
              value={targetDate}
              onChange={(e) => setTargetDate(e.target.value)}
              errors={errors.targetDate}
            />
            <TextField
              id={`${id}-reason`}
              name="targetDateReason"
              label={t("targetDateReason")}
              value={targetDateReason}
              onChange={(e) => setTargetDateReason(e.target.value)}
              errors={errors.targetDateReason}
            />
          </div>
        </fieldset>
        {answer?.updatedAt && state === "draft" ? (
          <p className="text-xs text-muted-foreground">
            {t("draftSaved", {
              at: format.dateTime(new Date(answer.updatedAt), { dateStyle: "medium", timeStyle: "short" }),
            })}
          </p>
        ) : null}
      </form>
      {evidence}
      <div className="flex flex-wrap gap-2">
        <Button type="button" variant="outline" disabled={save.pending} onClick={() => submit(false)}>
          {t("saveDraft")}
        </Button>
        <Button type="submit" form={`${id}-form`} disabled={save.pending}>
          {t("submit")}
        </Button>
      </div>
      <FormOutcome message={save.message ?? withdraw.message} />
    </div>
  );
}
