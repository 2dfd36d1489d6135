"use client";
import { useEffect, useRef, useState } from "react";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { localizedString } from "@/lib/i18n/localized";
import { ArrowDown, ArrowUp, Check, Pencil } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { SideDot } from "@/components/recommendations/badges";
import { LocalizedText, useLocalized } from "@/components/ui/localized-text";
import type { ActionStatus } from "@/db/schema/enums";
import { EvidencePanel } from "@/components/evidence/evidence-panel";
import { ActionEditForm } from "./action-edit-form";
import type { ActionRowItem, AgencyOption, AssigneeOption } from "./types";

export const actionStatusTone = {
  todo: "neutral",
  in_progress: "info",
  blocked: "warn",
  done: "good",
  cancelled: "neutral",
} as const;

/** One action: what it is, who does it, how far along and by when; edited in place when allowed. */
export function ActionRow(props: {
  code: string;
  item: ActionRowItem;
  index: number;
  count: number;
  reassignAgencies: AgencyOption[];
  assignees: AssigneeOption[];
  onMove: (item: ActionRowItem, index: number, buttonId: string) => void;
}) {
  const t = useTranslations();
  const locale = useLocale();
  const format = useFormatter();
  const { item, index, count } = props;
  const shown = useLocalized();
  const title = shown.text(item.titles);
  const description = shown.optional(item.descriptions);
  // Open with a status already chosen ("Mark done" opens it on done), or closed (null).
  const [editing, setEditing] = useState<ActionStatus | null>(null);
  // Closing the editor puts the focus back on its Edit button.
  const returnFocus = useRef(false);
  const editButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (editing || !returnFocus.current) return;
    editButton.current?.focus();
    returnFocus.current = false;
  }, [editing]);
  const upId = `action-${item.id}-up`;
  const downId = `action-${item.id}-down`;
  const open = item.status !== "done" && item.status !== "cancelled";

  if (editing) {
    return (
      <li className="py-3">
        <ActionEditForm
          code={props.code}
          item={item}
          initialStatus={editing}
          reassignAgencies={props.reassignAgencies}
          assignees={props.assignees}
          onDone={() => {
            setEditing(null);
            returnFocus.current = true;
          }}
        />
      </li>
    );
  }

  return (
    <li
      className="flex flex-wrap items-start justify-between gap-2 py-3 text-sm"
      aria-labelledby={`action-${item.id}-title`}
    >
      <div className="min-w-0 flex-1 basis-64 space-y-1">
        <LocalizedText as="p" id={`action-${item.id}-title`} className="break-words font-medium" value={title} />
        {description ? (
          <LocalizedText as="p" className="break-words text-muted-foreground" value={description} />
        ) : null}
        <p className="flex flex-wrap items-center gap-x-3 gap-y-1 text-xs text-muted-foreground">
          <span className="inline-flex items-center gap-1.5" title={localizedString(item.agency.name, locale)}>
            <SideDot side={item.agency.side} />
            {item.agency.abbreviation}
          </span>
          <span>{item.assignee?.name ?? t("actionList.unassigned")}</span>
          <Badge tone={actionStatusTone[item.status]}>{t(`actionStatus.${item.status}`)}</Badge>
          <span className="inline-flex items-center gap-1.5">
            <progress
              value={item.progress}
              max={100}
              className="h-2 w-14 accent-primary"
              aria-label={t("detail.progress")}
            />
            {format.number(item.progress / 100, { style: "percent" })}
          </span>
          <span>
            {t("actionList.due", { date: item.dueLabel ?? t("detail.notSet") })}
            {item.overdue ? (
              <Badge tone="bad" className="ml-1.5">
                {t("detail.overdue")}
              </Badge>
            ) : null}
          </span>
          {item.dueDateRevisions > 0 ? <span>{t("actionList.revised", { count: item.dueDateRevisions })}</span> : null}
        </p>
        {item.status === "done" && item.completionNote ? (
          <p className="break-words text-xs">{t("actionList.completedWith", { note: item.completionNote })}</p>
        ) : null}
        {item.status === "cancelled" && item.cancellationReason ? (
          <p className="break-words text-xs">{t("actionList.cancelledWith", { reason: item.cancellationReason })}</p>
        ) : null}
        {item.evidence ? (
          <EvidencePanel
            owner={{ kind: "action", actionId: item.id }}
            items={item.evidence.items}
            canWrite={item.evidence.canWrite}
            of={title.text}
          />
        ) : null}
      </div>
      {item.rights.edit ? (
        <div className="flex shrink-0 flex-wrap items-center gap-1">
          <Button
            id={upId}
            size="icon"
            variant="ghost"
            className="size-8"
            disabled={index === 0}
            aria-label={t("actionList.moveUp", { title: title.text })}
            onClick={() => props.onMove(item, index - 1, index - 1 === 0 ? downId : upId)}
          >
            <ArrowUp aria-hidden />
          </Button>
          <Button
            id={downId}
            size="icon"
            variant="ghost"
            className="size-8"
            disabled={index === count - 1}
            aria-label={t("actionList.moveDown", { title: title.text })}
            onClick={() => props.onMove(item, index + 1, index + 1 === count - 1 ? upId : downId)}
          >
            <ArrowDown aria-hidden />
          </Button>
          {open ? (
            <Button
              size="sm"
              variant="outline"
              onClick={() => setEditing("done")}
              aria-label={t("actionList.markDoneOf", { title: title.text })}
            >
              <Check aria-hidden /> {t("actionList.markDone")}
            </Button>
          ) : null}
          <Button
            ref={editButton}
            size="sm"
            variant="outline"
            onClick={() => setEditing(item.status)}
            aria-label={t("actionList.editOf", { title: title.text })}
          >
            <Pencil aria-hidden /> {t("actionList.edit")}
          </Button>
        </div>
      ) : null}
    </li>
  );
}
