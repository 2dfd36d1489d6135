"use client";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { FormOutcome, SelectField, TextField, useServerAction } from "@/components/forms/form-parts";
import {
  acceptances,
  closureReasons,
  healths,
  recommendationStatuses,
  type Acceptance,
  type ClosureReason,
  type Health,
  type RecommendationStatus,
} from "@/db/schema/enums";
import { saveTracking } from "@/app/(workspace)/recommendations/[code]/actions";
import { useLoadedVersion } from "@/components/forms/use-loaded-version";

interface Props {
  code: string;
  version: number;
  status: RecommendationStatus;
  health: Health | null;
  acceptance: Acceptance;
  acceptanceReason: string | null;
  closureReason: ClosureReason | null;
  /** Statuses this person may choose; coordinators get all, agency members fewer. */
  allowedStatuses: RecommendationStatus[];
  /** Coordinators and administrators also assess acceptance and closure. */
  canAssess: boolean;
}

/** Status and health (and, for coordinators, acceptance and closure) with the server's rule messages. */
export function TrackingEditor(props: Props) {
  const t = useTranslations();
  const [status, setStatus] = useState(props.status);
  const [health, setHealth] = useState<Health | "">(props.health ?? "");
  const [acceptance, setAcceptance] = useState(props.acceptance);
  const [acceptanceReason, setAcceptanceReason] = useState(props.acceptanceReason ?? "");
  const [closureReason, setClosureReason] = useState<ClosureReason | "">(props.closureReason ?? "");
  const { run, pending, fieldErrors, message } = useServerAction(saveTracking);
  const base = useLoadedVersion(props, (p) => {
    setStatus(p.status);
    setHealth(p.health ?? "");
    setAcceptance(p.acceptance);
    setAcceptanceReason(p.acceptanceReason ?? "");
    setClosureReason(p.closureReason ?? "");
  });
  // Every change of a field marks the form as touched.
  const edit =
    <V,>(set: (v: V) => void) =>
    (v: V) => {
      base.touch();
      set(v);
    };
  const statuses = new Set([props.status, ...props.allowedStatuses]);

  function save(event: React.FormEvent) {
    event.preventDefault();
    run(
      {
        code: props.code,
        version: base.version,
        status,
        health: health || null,
        ...(props.canAssess
          ? { acceptance, acceptanceReason: acceptanceReason || null, closureReason: closureReason || null }
          : {}),
      },
      () => {
        base.saved();
        return t("edit.saved");
      },
    );
  }

  return (
    <form onSubmit={save} className="space-y-3 text-sm" aria-label={t("edit.tracking")}>
      <SelectField
        id="tracking-status"
        label={t("list.status")}
        value={status}
        onChange={(e) => edit(setStatus)(e.target.value as RecommendationStatus)}
        options={recommendationStatuses
          .filter((s) => statuses.has(s))
          .map((s) => ({ value: s, label: t(`status.${s}`) }))}
        errors={fieldErrors.status}
      />
      <SelectField
        id="tracking-health"
        label={t("list.health")}
        value={health}
        onChange={(e) => edit(setHealth)(e.target.value as Health | "")}
        options={[
          { value: "", label: t("health.none") },
          ...healths.map((h) => ({ value: h, label: t(`health.${h}`) })),
        ]}
        errors={fieldErrors.health}
      />
      {props.canAssess ? (
        <>
          <SelectField
            id="tracking-acceptance"
            label={t("detail.acceptance")}
            value={acceptance}
            onChange={(e) => edit(setAcceptance)(e.target.value as Acceptance)}
            options={acceptances.map((a) => ({ value: a, label: t(`acceptance.${a}`) }))}
            errors={fieldErrors.acceptance}
          />
          <TextField
            id="tracking-acceptance-reason"
            label={t("detail.acceptanceReason")}
            maxLength={2000}
            value={acceptanceReason}
            onChange={(e) => edit(setAcceptanceReason)(e.target.value)}
            errors={fieldErrors.acceptanceReason}
          />
          <SelectField
            id="tracking-closure"
            label={t("detail.closureReason")}
            value={closureReason}
            onChange={(e) => edit(setClosureReason)(e.target.value as ClosureReason | "")}
            options={[
              { value: "", label: t("detail.notSet") },
              ...closureReasons.map((c) => ({ value: c, label: t(`closureReason.${c}`) })),
            ]}
            errors={fieldErrors.closureReason}
          />
        </>
      ) : null}
      <Button type="submit" size="sm" disabled={pending}>
        {pending ? t("edit.saving") : t("edit.save")}
      </Button>
      <FormOutcome message={message} />
    </form>
  );
}
