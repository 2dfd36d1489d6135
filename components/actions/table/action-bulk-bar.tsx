"use client";
/**
 * The bar that appears when actions are selected: set the status, a new due date (with the reason,
 * kept in each action's history) or, for coordinators, another agency; applied in one transaction.
 */
import { useId, useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { actionStatuses, type ActionStatus } from "@/db/schema/enums";
import { bulkUpdateActionsAction } from "@/app/(workspace)/actions/actions";
import { BulkForm, bulkSelectClass } from "@/components/data-table/bulk-form";
import { Input } from "@/components/ui/input";
import type { AgencyOption } from "@/lib/table/recommendation-row";

export function ActionBulkBar({
  items,
  agencies,
  mayReassign,
  onDone,
  onClear,
}: {
  items: { id: string; version: number }[];
  agencies: AgencyOption[];
  /** Whether this person may reassign every selected action (coordinators and administrators). */
  mayReassign: boolean;
  onDone: (ok: boolean, text: string) => void;
  onClear: () => void;
}) {
  const t = useTranslations();
  const id = useId();
  const [pending, start] = useTransition();
  const [status, setStatus] = useState("");
  const [dueDate, setDueDate] = useState("");
  const [agency, setAgency] = useState("");
  const [reason, setReason] = useState("");
  const [note, setNote] = useState("");
  const nothing = !status && !dueDate && !agency;

  const apply = () =>
    start(async () => {
      const text = (v: string) => (v.trim() ? v.trim() : undefined);
      const result = await bulkUpdateActionsAction({
        items,
        changes: {
          ...(status ? { status: status as ActionStatus } : {}),
          ...(status === "done" ? { completionNote: text(note) } : {}),
          ...(status === "cancelled" ? { cancellationReason: text(note) } : {}),
          ...(dueDate ? { dueDate, reason: text(reason) } : {}),
          // A new agency clears the assignee, who belongs to the old one.
          ...(agency ? { agency, assigneeId: null } : {}),
        },
      });
      if (result.ok) {
        setStatus("");
        setDueDate("");
        setAgency("");
        setReason("");
        setNote("");
        onDone(true, t("allActions.bulkDone", { count: result.data.updated }));
      } else {
        onDone(false, result.error);
      }
    });

  return (
    <BulkForm
      label={t("allActions.bulkEdit")}
      count={items.length}
      pending={pending}
      nothing={nothing}
      onSubmit={apply}
      onClear={onClear}
    >
      <label className="flex flex-col gap-1">
        <span className="text-xs text-muted-foreground">{t("table.bulkStatus")}</span>
        <select className={bulkSelectClass} value={status} onChange={(e) => setStatus(e.target.value)}>
          <option value="">{t("table.bulkNoChange")}</option>
          {actionStatuses.map((s) => (
            <option key={s} value={s}>
              {t(`actionStatus.${s}`)}
            </option>
          ))}
        </select>
      </label>
      {status === "done" || status === "cancelled" ? (
        <label className="flex min-w-48 flex-col gap-1">
          <span className="text-xs text-muted-foreground">
            {status === "done" ? t("allActions.bulkCompletionNote") : t("allActions.bulkCancellationReason")}
          </span>
          <Input className="h-8" value={note} maxLength={1000} onChange={(e) => setNote(e.target.value)} />
        </label>
      ) : null}
      <label className="flex flex-col gap-1" htmlFor={`${id}-due`}>
        <span className="text-xs text-muted-foreground">{t("allActions.bulkDueDate")}</span>
        <Input
          id={`${id}-due`}
          type="date"
          className="h-8"
          value={dueDate}
          onChange={(e) => setDueDate(e.target.value)}
        />
      </label>
      {dueDate ? (
        <label className="flex min-w-48 flex-1 flex-col gap-1">
          <span className="text-xs text-muted-foreground">{t("allActions.bulkDueReason")}</span>
          <Input className="h-8" value={reason} required maxLength={1000} onChange={(e) => setReason(e.target.value)} />
        </label>
      ) : null}
      {mayReassign ? (
        <label className="flex flex-col gap-1">
          <span className="text-xs text-muted-foreground">{t("allActions.bulkAgency")}</span>
          <select className={bulkSelectClass} value={agency} onChange={(e) => setAgency(e.target.value)}>
            <option value="">{t("table.bulkNoChange")}</option>
            {agencies.map((a) => (
              <option key={a.key} value={a.key}>
                {a.abbreviation} · {a.name}
              </option>
            ))}
          </select>
        </label>
      ) : null}
    </BulkForm>
  );
}
