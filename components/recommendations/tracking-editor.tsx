"use client";
import { useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
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

const fieldLabels = { status: true, acceptanceReason: true, closureReason: true };

/** Status and health (and, for coordinators, acceptance and closure) with the server's rule messages. */
export function TrackingEditor(props: Props) {
  const t = useTranslations();
  const [status, setStatus] = useState(props.status);
  const [health, setHealth] = useState<Health | "">(props.health ?? "");
  const [acceptance, setAcceptance] = useState(props.acceptance);
  const [acceptanceReason, setAcceptanceReason] = useState(props.acceptanceReason ?? "");
  const [closureReason, setClosureReason] = useState<ClosureReason | "">(props.closureReason ?? "");
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [message, setMessage] = useState<{ tone: "ok" | "error"; text: string } | null>(null);
  const [pending, start] = useTransition();
  const statuses = Array.from(new Set([props.status, ...props.allowedStatuses]));

  function save(event: React.FormEvent) {
    event.preventDefault();
    setMessage(null);
    setErrors({});
    start(async () => {
      const result = await saveTracking({
        code: props.code,
        version: props.version,
        status,
        health: health || null,
        ...(props.canAssess
          ? { acceptance, acceptanceReason: acceptanceReason || null, closureReason: closureReason || null }
          : {}),
      });
      if (result.ok) setMessage({ tone: "ok", text: t("edit.saved") });
      else {
        setErrors(result.fieldErrors ?? {});
        // Rule messages stand next to their fields; the summary only points there.
        const onFields = Object.keys(result.fieldErrors ?? {}).some((f) => f in fieldLabels);
        setMessage({ tone: "error", text: onFields ? t("edit.fixFields") : result.error });
      }
    });
  }

  const fieldError = (name: string) =>
    errors[name]?.length ? (
      <p id={`tracking-${name}-error`} className="text-xs text-destructive">
        {errors[name]!.join(" ")}
      </p>
    ) : null;
  const select = "h-9 w-full rounded-md border border-input bg-background px-2 text-sm";

  return (
    <form onSubmit={save} className="space-y-3 text-sm" aria-label={t("edit.tracking")}>
      <div className="space-y-1">
        <label htmlFor="tracking-status" className="font-medium">
          {t("list.status")}
        </label>
        <select
          id="tracking-status"
          className={select}
          value={status}
          onChange={(e) => setStatus(e.target.value as RecommendationStatus)}
          aria-describedby={errors.status ? "tracking-status-error" : undefined}
          aria-invalid={errors.status ? true : undefined}
        >
          {recommendationStatuses
            .filter((s) => statuses.includes(s))
            .map((s) => (
              <option key={s} value={s}>
                {t(`status.${s}`)}
              </option>
            ))}
        </select>
        {fieldError("status")}
      </div>
      <div className="space-y-1">
        <label htmlFor="tracking-health" className="font-medium">
          {t("list.health")}
        </label>
        <select
          id="tracking-health"
          className={select}
          value={health}
          onChange={(e) => setHealth(e.target.value as Health | "")}
        >
          <option value="">{t("health.none")}</option>
          {healths.map((h) => (
            <option key={h} value={h}>
              {t(`health.${h}`)}
            </option>
          ))}
        </select>
      </div>
      {props.canAssess ? (
        <>
          <div className="space-y-1">
            <label htmlFor="tracking-acceptance" className="font-medium">
              {t("detail.acceptance")}
            </label>
            <select
              id="tracking-acceptance"
              className={select}
              value={acceptance}
              onChange={(e) => setAcceptance(e.target.value as Acceptance)}
            >
              {acceptances.map((a) => (
                <option key={a} value={a}>
                  {t(`acceptance.${a}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="space-y-1">
            <label htmlFor="tracking-acceptance-reason" className="font-medium">
              {t("detail.acceptanceReason")}
            </label>
            <textarea
              id="tracking-acceptance-reason"
              rows={2}
              maxLength={2000}
              value={acceptanceReason}
              onChange={(e) => setAcceptanceReason(e.target.value)}
              className="w-full rounded-md border border-input bg-background px-2 py-1"
              aria-describedby={errors.acceptanceReason ? "tracking-acceptanceReason-error" : undefined}
              aria-invalid={errors.acceptanceReason ? true : undefined}
            />
            {fieldError("acceptanceReason")}
          </div>
          <div className="space-y-1">
            <label htmlFor="tracking-closure" className="font-medium">
              {t("detail.closureReason")}
            </label>
            <select
              id="tracking-closure"
              className={select}
              value={closureReason}
              onChange={(e) => setClosureReason(e.target.value as ClosureReason | "")}
              aria-describedby={errors.closureReason ? "tracking-closureReason-error" : undefined}
              aria-invalid={errors.closureReason ? true : undefined}
            >
              <option value="">{t("detail.notSet")}</option>
              {closureReasons.map((c) => (
                <option key={c} value={c}>
                  {t(`closureReason.${c}`)}
                </option>
              ))}
            </select>
            {fieldError("closureReason")}
          </div>
        </>
      ) : null}
      <Button type="submit" size="sm" disabled={pending}>
        {pending ? t("edit.saving") : t("edit.save")}
      </Button>
      {message ? (
        <p
          role={message.tone === "ok" ? "status" : "alert"}
          className={message.tone === "ok" ? "text-emerald-700 dark:text-emerald-300" : "text-destructive"}
        >
          {message.text}
        </p>
      ) : null}
    </form>
  );
}
