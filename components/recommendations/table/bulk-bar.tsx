"use client";
/** The bar that appears when rows are selected: one change for all of them, applied in one transaction. */
import { useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { closureReasons, healths, priorities, recommendationStatuses } from "@/db/schema/enums";
import { bulkUpdateAction } from "@/app/(workspace)/recommendations/table-actions";
import { BulkForm, bulkSelectClass } from "@/components/data-table/bulk-form";
import { Input } from "@/components/ui/input";
import type { AgencyOption } from "@/lib/table/recommendation-row";

export function BulkBar({
  items,
  agencies,
  onDone,
  onClear,
}: {
  items: { code: string; version: number }[];
  agencies: AgencyOption[];
  onDone: (ok: boolean, text: string) => void;
  onClear: () => void;
}) {
  const t = useTranslations();
  const [pending, start] = useTransition();
  const [status, setStatus] = useState("");
  const [health, setHealth] = useState("");
  const [priority, setPriority] = useState("");
  const [addAgency, setAddAgency] = useState("");
  const [closureReason, setClosureReason] = useState("");
  const [reason, setReason] = useState("");
  const nothing = !status && !health && !priority && !addAgency;

  const apply = () =>
    start(async () => {
      const result = await bulkUpdateAction({
        items,
        changes: {
          ...(status ? { status: status as (typeof recommendationStatuses)[number] } : {}),
          ...(health ? { health: health === "none" ? null : (health as (typeof healths)[number]) } : {}),
          ...(priority ? { priority: priority as (typeof priorities)[number] } : {}),
          ...(addAgency ? { addAgency } : {}),
          ...(status === "closed" && closureReason
            ? { closureReason: closureReason as (typeof closureReasons)[number] }
            : {}),
          ...(reason.trim() ? { reason: reason.trim() } : {}),
        },
      });
      if (result.ok) {
        setStatus("");
        setHealth("");
        setPriority("");
        setAddAgency("");
        setReason("");
        onDone(true, t("table.bulkDone", { count: result.data.updated }));
      } else {
        onDone(false, result.error);
      }
    });

  return (
    <BulkForm
      label={t("table.bulkEdit")}
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
          {recommendationStatuses.map((s) => (
            <option key={s} value={s}>
              {t(`status.${s}`)}
            </option>
          ))}
        </select>
      </label>
      {status === "closed" ? (
        <label className="flex flex-col gap-1">
          <span className="text-xs text-muted-foreground">{t("table.bulkClosureReason")}</span>
          <select className={bulkSelectClass} value={closureReason} onChange={(e) => setClosureReason(e.target.value)}>
            <option value="">—</option>
            {closureReasons.map((r) => (
              <option key={r} value={r}>
                {t(`closureReason.${r}`)}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      <label className="flex flex-col gap-1">
        <span className="text-xs text-muted-foreground">{t("table.bulkHealth")}</span>
        <select className={bulkSelectClass} value={health} onChange={(e) => setHealth(e.target.value)}>
          <option value="">{t("table.bulkNoChange")}</option>
          {healths.map((h) => (
            <option key={h} value={h}>
              {t(`health.${h}`)}
            </option>
          ))}
          <option value="none">{t("table.notAssessed")}</option>
        </select>
      </label>
      <label className="flex flex-col gap-1">
        <span className="text-xs text-muted-foreground">{t("table.bulkPriority")}</span>
        <select className={bulkSelectClass} value={priority} onChange={(e) => setPriority(e.target.value)}>
          <option value="">{t("table.bulkNoChange")}</option>
          {priorities.map((p) => (
            <option key={p} value={p}>
              {t(`priority.${p}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="flex flex-col gap-1">
        <span className="text-xs text-muted-foreground">{t("table.bulkAddAgency")}</span>
        <select className={bulkSelectClass} value={addAgency} onChange={(e) => setAddAgency(e.target.value)}>
          <option value="">{t("table.bulkNoChange")}</option>
          {agencies.map((a) => (
            <option key={a.key} value={a.key}>
              {a.abbreviation} · {a.name}
            </option>
          ))}
        </select>
      </label>
      <label className="flex min-w-48 flex-1 flex-col gap-1">
        <span className="text-xs text-muted-foreground">{t("table.bulkReason")}</span>
        <Input className="h-8" value={reason} maxLength={1000} onChange={(e) => setReason(e.target.value)} />
      </label>
    </BulkForm>
  );
}
