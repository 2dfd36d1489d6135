"use client";
/**
 * The recommendation's properties, each shown once and changed in place where the permission
 * module allows (read-only with the reason elsewhere). Every field saves on its own, in one update
 * based on the version the person was looking at; where a rule needs more than the choice (a reason
 * for an acceptance decision or a closure, an acceptance before work starts) a small prompt asks
 * for it and one save sends everything, so all of it lands or none of it does.
 */
import { useEffect, useRef, useState } from "react";
import { useFormatter, useTranslations } from "next-intl";
import { Lock } from "lucide-react";
import {
  acceptances,
  closureReasons,
  healths,
  priorities,
  recommendationStatuses,
  type Acceptance,
  type ClosureReason,
  type Health,
  type Priority,
  type RecommendationStatus,
} from "@/db/schema/enums";
import type { RecommendationEditRights } from "@/lib/permissions";
import { ACCEPTED, WORK_STATUSES } from "@/lib/lifecycle";
import { Card, CardTitle } from "@/components/ui/card";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { selectClass } from "@/components/forms/form-parts";
import { HealthBadge, StatusBadge } from "@/components/recommendations/badges";
import { PropertyMenu } from "./property-menu";
import { PropertyText } from "./property-text";
import { ReasonPrompt } from "./reason-prompt";
import { usePropertySave, type PropertyPatch } from "./use-property-save";

export interface PropertyValues {
  status: RecommendationStatus;
  health: Health | null;
  priority: Priority;
  acceptance: Acceptance;
  acceptanceReason: string | null;
  closureReason: ClosureReason | null;
  targetDate: string | null;
}

type Field = "status" | "health" | "priority" | "acceptance" | "acceptanceReason" | "closureReason" | "targetDate";

/** What is open: one editor or prompt at a time. */
type Open =
  | { field: "status"; prompt: "accept" | "close"; target: RecommendationStatus }
  | { field: "acceptance"; target: Acceptance }
  | { field: "acceptanceReason" | "targetDate" };

const NONE = "none";

export function PropertiesPanel(props: {
  code: string;
  version: number;
  values: PropertyValues;
  updatedAt: Date;
  rights: RecommendationEditRights;
}) {
  const t = useTranslations();
  const format = useFormatter();
  const { values, rights } = props;
  const store = usePropertySave({ code: props.code, version: props.version });
  const [open, setOpen] = useState<Open | null>(null);
  const [decision, setDecision] = useState<Acceptance>("accepted");
  const [reason, setReason] = useState("");
  const [closure, setClosure] = useState<ClosureReason | "">("");

  // Focus moves (by element id) after React has drawn what the change opened or closed.
  const focusNext = useRef<string | null>(null);
  useEffect(() => {
    const el = focusNext.current ? document.getElementById(focusNext.current) : null;
    if (el) {
      el.focus();
      focusNext.current = null;
    }
  });
  const TEXT_FIELDS: Field[] = ["acceptanceReason", "targetDate"];
  /** The control that shows a field's value: the menu button, or the button that opens the editor. */
  const valueControl = (field: Field) => (TEXT_FIELDS.includes(field) ? `prop-${field}-value` : `prop-${field}`);
  /** Where the focus goes when a field's editor or prompt opens. */
  const promptControl: Partial<Record<Field, string>> = {
    acceptanceReason: "prop-acceptanceReason",
    targetDate: "prop-targetDate",
    acceptance: "prop-decision-reason",
  };

  const label: Record<Field, string> = {
    status: t("list.status"),
    health: t("list.health"),
    priority: t("list.priority"),
    acceptance: t("detail.acceptance"),
    acceptanceReason: t("detail.acceptanceReason"),
    closureReason: t("detail.closureReason"),
    targetDate: t("detail.targetDate"),
  };
  const statusLabel = (s: RecommendationStatus) => t(`status.${s}`);
  const day = (d: string) => format.dateTime(new Date(`${d}T00:00:00Z`), { dateStyle: "medium", timeZone: "UTC" });
  const notSet = <span className="text-muted-foreground">{t("detail.notSet")}</span>;

  const errorId = (field: Field) => `prop-${field}-error`;
  const failed = (field: Field) => store.notice?.tone === "error" && store.notice.field === field;
  const invalid = (field: Field, input: string) => failed(field) && Boolean(store.errors[input]?.length);

  const promptFocus = (field: Field) =>
    field === "status"
      ? open?.field === "status" && open.prompt === "close"
        ? "prop-close-reason"
        : "prop-accept-reason"
      : (promptControl[field] ?? null);

  function begin(next: Open | null) {
    store.begin();
    setOpen(next);
  }
  function close(field: Field) {
    setOpen(null);
    focusNext.current = valueControl(field);
  }
  function cancel(field: Field) {
    store.release();
    close(field);
  }
  function save(field: Field, patch: PropertyPatch, closeOnSuccess = false) {
    store.save(field, label[field], patch, (ok) => {
      if (ok && closeOnSuccess) close(field);
      else if (!ok && open) focusNext.current = promptFocus(field);
    });
  }

  // Read-only values say why; each distinct reason is written once, under the fields.
  const reasons: string[] = [];
  const why = (reason: string | null) => {
    if (!reason) return undefined;
    if (!reasons.includes(reason)) reasons.push(reason);
    return `prop-why-${reasons.indexOf(reason)}`;
  };
  const plain = (text: string) => <span className="flex min-h-8 items-center py-1">{text}</span>;

  // A plain function, not a component: the reasons must be collected while the panel renders.
  function readOnly(reason: string | null, children: React.ReactNode) {
    const id = why(reason);
    return (
      <span className="flex min-h-8 items-center gap-1.5 py-1" aria-describedby={id}>
        <span className="min-w-0 break-words">{children}</span>
        {id ? (
          <>
            <Lock className="size-3.5 shrink-0 text-muted-foreground" aria-hidden />
            <span className="sr-only">{t("properties.readOnly")}</span>
          </>
        ) : null}
      </span>
    );
  }

  /** What every menu field shares; the value, its display, the choices and the handler come with it. */
  const menuProps = (field: Field) => ({
    id: `prop-${field}`,
    labelId: `prop-${field}-label`,
    busy: store.busy === field,
    invalid: failed(field) && !open,
    describedBy: failed(field) ? errorId(field) : undefined,
    onOpen: () => begin(null),
    onDismiss: store.release,
  });

  function chooseStatus(target: RecommendationStatus) {
    const needsAcceptance = WORK_STATUSES.includes(target) && !ACCEPTED.includes(values.acceptance);
    if (rights.assess && needsAcceptance) {
      setDecision("accepted");
      setReason("");
      begin({ field: "status", prompt: "accept", target });
      focusNext.current = "prop-accept-reason";
      return true;
    }
    if (rights.assess && target === "closed") {
      setClosure(values.closureReason ?? "");
      begin({ field: "status", prompt: "close", target });
      focusNext.current = "prop-close-reason";
      return true;
    }
    save("status", { status: target });
    return false;
  }

  function chooseAcceptance(target: Acceptance) {
    if (target === "pending") {
      save("acceptance", { acceptance: target });
      return false;
    }
    setReason("");
    begin({ field: "acceptance", target });
    focusNext.current = "prop-decision-reason";
    return true;
  }

  const statusOptions = recommendationStatuses
    .filter((s) => s === values.status || rights.statuses.includes(s))
    .map((s) => ({ value: s, label: statusLabel(s) }));

  const reasonInput = (field: Field, id: string) => (
    <div className="space-y-1">
      <Label htmlFor={id}>{t("properties.decisionReason")}</Label>
      <Input
        id={id}
        value={reason}
        maxLength={2000}
        onChange={(e) => setReason(e.target.value)}
        aria-invalid={invalid(field, "acceptanceReason") || undefined}
        aria-describedby={invalid(field, "acceptanceReason") ? errorId(field) : undefined}
      />
    </div>
  );

  const rows: {
    field: Field | "updated" | "version";
    label: string;
    value: React.ReactNode;
    below?: React.ReactNode;
  }[] = [
    {
      field: "status",
      label: label.status,
      value:
        statusOptions.length > 1 ? (
          <PropertyMenu
            {...menuProps("status")}
            value={values.status}
            display={<StatusBadge status={values.status} />}
            options={statusOptions}
            onChoose={chooseStatus}
          />
        ) : null,
      below:
        open?.field === "status" && open.prompt === "accept" ? (
          <ReasonPrompt
            id="prop-accept"
            title={t("properties.acceptPrompt")}
            hint={t("properties.acceptHint", { status: statusLabel(open.target) })}
            submitLabel={t("properties.acceptAndMove", { status: statusLabel(open.target) })}
            busy={store.busy === "status"}
            onCancel={() => cancel("status")}
            onSubmit={() =>
              save(
                "status",
                { acceptance: decision, acceptanceReason: reason.trim() || null, status: open.target },
                true,
              )
            }
          >
            <div className="space-y-1">
              <Label htmlFor="prop-accept-decision">{t("properties.decision")}</Label>
              <select
                id="prop-accept-decision"
                className={selectClass}
                value={decision}
                onChange={(e) => setDecision(e.target.value as Acceptance)}
              >
                {ACCEPTED.map((a) => (
                  <option key={a} value={a}>
                    {t(`acceptance.${a}`)}
                  </option>
                ))}
              </select>
            </div>
            {reasonInput("status", "prop-accept-reason")}
          </ReasonPrompt>
        ) : open?.field === "status" && open.prompt === "close" ? (
          <ReasonPrompt
            id="prop-close"
            title={t("properties.closePrompt")}
            submitLabel={t("properties.closeAndMove")}
            busy={store.busy === "status"}
            onCancel={() => cancel("status")}
            onSubmit={() => save("status", { status: open.target, closureReason: closure || null }, true)}
          >
            <div className="space-y-1">
              <Label htmlFor="prop-close-reason">{label.closureReason}</Label>
              <select
                id="prop-close-reason"
                className={selectClass}
                value={closure}
                onChange={(e) => setClosure(e.target.value as ClosureReason | "")}
                aria-invalid={invalid("status", "closureReason") || undefined}
                aria-describedby={invalid("status", "closureReason") ? errorId("status") : undefined}
              >
                <option value="">{t("properties.chooseReason")}</option>
                {closureReasons.map((c) => (
                  <option key={c} value={c}>
                    {t(`closureReason.${c}`)}
                  </option>
                ))}
              </select>
            </div>
          </ReasonPrompt>
        ) : undefined,
    },
    {
      field: "health",
      label: label.health,
      value: rights.health ? (
        <PropertyMenu
          {...menuProps("health")}
          value={values.health ?? NONE}
          display={<HealthBadge health={values.health} />}
          options={[
            { value: NONE, label: t("health.none") },
            ...healths.map((h) => ({ value: h, label: t(`health.${h}`) })),
          ]}
          onChoose={(v) => (save("health", { health: v === NONE ? null : (v as Health) }), false)}
        />
      ) : null,
    },
    {
      field: "priority",
      label: label.priority,
      value: rights.priority ? (
        <PropertyMenu
          {...menuProps("priority")}
          value={values.priority}
          display={t(`priority.${values.priority}`)}
          options={priorities.map((p) => ({ value: p, label: t(`priority.${p}`) }))}
          onChoose={(v) => (save("priority", { priority: v }), false)}
        />
      ) : null,
    },
    {
      field: "acceptance",
      label: label.acceptance,
      value: rights.assess ? (
        <PropertyMenu
          {...menuProps("acceptance")}
          value={values.acceptance}
          display={t(`acceptance.${values.acceptance}`)}
          options={acceptances.map((a) => ({ value: a, label: t(`acceptance.${a}`) }))}
          onChoose={chooseAcceptance}
        />
      ) : null,
      below:
        open?.field === "acceptance" ? (
          <ReasonPrompt
            id="prop-decision"
            title={t("properties.decisionPrompt", { decision: t(`acceptance.${open.target}`) })}
            submitLabel={t("properties.saveDecision")}
            busy={store.busy === "acceptance"}
            onCancel={() => cancel("acceptance")}
            onSubmit={() =>
              save("acceptance", { acceptance: open.target, acceptanceReason: reason.trim() || null }, true)
            }
          >
            {reasonInput("acceptance", "prop-decision-reason")}
          </ReasonPrompt>
        ) : undefined,
    },
    {
      field: "acceptanceReason",
      label: label.acceptanceReason,
      value: rights.assess ? (
        <PropertyText
          id="prop-acceptanceReason"
          labelId="prop-acceptanceReason-label"
          label={label.acceptanceReason}
          value={values.acceptanceReason}
          display={values.acceptanceReason ?? notSet}
          type="text"
          maxLength={2000}
          open={open?.field === "acceptanceReason"}
          busy={store.busy === "acceptanceReason"}
          invalid={failed("acceptanceReason")}
          errorId={errorId("acceptanceReason")}
          onOpen={() => {
            begin({ field: "acceptanceReason" });
            focusNext.current = "prop-acceptanceReason";
          }}
          onCancel={() => cancel("acceptanceReason")}
          onSave={(v) => save("acceptanceReason", { acceptanceReason: v }, true)}
        />
      ) : null,
    },
    ...(values.status === "closed" || values.closureReason
      ? [
          {
            field: "closureReason" as const,
            label: label.closureReason,
            value: rights.assess ? (
              <PropertyMenu
                {...menuProps("closureReason")}
                value={values.closureReason ?? NONE}
                display={values.closureReason ? t(`closureReason.${values.closureReason}`) : notSet}
                options={[
                  { value: NONE, label: t("detail.notSet") },
                  ...closureReasons.map((c) => ({ value: c, label: t(`closureReason.${c}`) })),
                ]}
                onChoose={(v) => (
                  save("closureReason", { closureReason: v === NONE ? null : (v as ClosureReason) }),
                  false
                )}
              />
            ) : null,
          },
        ]
      : []),
    {
      field: "targetDate",
      label: label.targetDate,
      value: rights.targetDate ? (
        <PropertyText
          id="prop-targetDate"
          labelId="prop-targetDate-label"
          label={label.targetDate}
          value={values.targetDate}
          display={values.targetDate ? day(values.targetDate) : notSet}
          type="date"
          open={open?.field === "targetDate"}
          busy={store.busy === "targetDate"}
          invalid={invalid("targetDate", "targetDate") || (failed("targetDate") && !store.errors.reason)}
          errorId={errorId("targetDate")}
          extra={{
            id: "prop-targetDate-reason",
            label: t("properties.changeReason"),
            invalid: invalid("targetDate", "reason"),
          }}
          onOpen={() => {
            begin({ field: "targetDate" });
            focusNext.current = "prop-targetDate";
          }}
          onCancel={() => cancel("targetDate")}
          onSave={(v, why) => save("targetDate", { targetDate: v, reason: why }, true)}
        />
      ) : null,
    },
    {
      field: "updated",
      label: t("detail.updated"),
      value: plain(format.dateTime(props.updatedAt, { dateStyle: "medium", timeStyle: "short" })),
    },
    { field: "version", label: t("detail.version"), value: plain(format.number(props.version)) },
  ];

  // The value to show where a field may not be changed here.
  const readOnlyValue: Record<Field, [React.ReactNode, string | null]> = {
    status: [<StatusBadge key="s" status={values.status} />, rights.refusals.status],
    health: [<HealthBadge key="h" health={values.health} />, rights.refusals.health],
    priority: [t(`priority.${values.priority}`), rights.refusals.priority],
    acceptance: [t(`acceptance.${values.acceptance}`), rights.refusals.assess],
    acceptanceReason: [values.acceptanceReason ?? notSet, rights.refusals.assess],
    closureReason: [values.closureReason ? t(`closureReason.${values.closureReason}`) : notSet, rights.refusals.assess],
    targetDate: [values.targetDate ? day(values.targetDate) : notSet, rights.refusals.targetDate],
  };

  const conflict = store.notice?.tone === "conflict" ? store.notice : null;

  return (
    <Card aria-labelledby="properties-h">
      <CardTitle id="properties-h">{t("properties.title")}</CardTitle>
      {conflict ? (
        <div role="alert" className="mb-3 space-y-2 rounded-md border border-destructive/60 p-3 text-sm">
          <p className="font-medium">{t("properties.conflictTitle")}</p>
          <p>{conflict.text}</p>
          <Button
            type="button"
            size="sm"
            variant="outline"
            onClick={() => {
              store.reload();
              close(conflict.field as Field);
            }}
          >
            {t("properties.reload")}
          </Button>
        </div>
      ) : null}
      <dl className="divide-y text-sm">
        {rows.map((row) => {
          const field = row.field as Field;
          const [fixed, refusal] = readOnlyValue[field] ?? [row.value, null];
          return (
            <div key={row.field} className="grid grid-cols-[7.5rem_minmax(0,1fr)] items-start gap-x-3 py-1">
              <dt id={`prop-${row.field}-label`} className="pt-2 text-muted-foreground">
                {row.label}
              </dt>
              <dd className="min-w-0">{row.value ?? readOnly(refusal, fixed)}</dd>
              {row.below || failed(field) ? (
                <dd className="col-span-2 min-w-0 pb-1">
                  {row.below}
                  {failed(field) ? (
                    <p id={errorId(field)} role="alert" className="mt-1 text-xs text-destructive">
                      {store.notice!.text}
                    </p>
                  ) : null}
                </dd>
              ) : null}
            </div>
          );
        })}
      </dl>
      {reasons.length ? (
        <div className="mt-3 space-y-1 border-t pt-3 text-xs text-muted-foreground">
          {reasons.map((r, i) => (
            <p key={r} id={`prop-why-${i}`} className="flex gap-1.5">
              <Lock className="mt-0.5 size-3 shrink-0" aria-hidden />
              <span>{r}</span>
            </p>
          ))}
        </div>
      ) : null}
      <p role="status" className="mt-2 text-sm text-emerald-700 empty:hidden dark:text-emerald-300">
        {store.notice?.tone === "ok" ? store.notice.text : ""}
      </p>
    </Card>
  );
}
