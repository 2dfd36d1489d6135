"use client";
import { useEffect, useRef, useState } from "react";
import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { Check, Pencil } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { SideDot } from "@/components/recommendations/badges";
import { LocalizedText, useLocalized } from "@/components/ui/localized-text";
import type { Localized } from "@/lib/i18n/localized";
import { ActionEditForm } from "@/components/recommendations/actions/action-edit-form";
import { actionStatusTone } from "@/components/recommendations/actions/action-row";
import type { ActionRowItem, AgencyOption, AssigneeOption } from "@/components/recommendations/actions/types";
import type { ActionStatus } from "@/db/schema/enums";

/** One action on My work: what the action list shows, plus the recommendation it serves. */
export type MyWorkRowItem = ActionRowItem & {
  recommendation: { code: string; title: Localized };
  daysOverdue: number | null;
  assignedToYou: boolean;
};

/**
 * The action whose editor was closed last, so its row (which may now stand in another group, for
 * instance under Recently done after Mark done) takes the focus back when it renders there.
 */
let returnFocusTo: { id: string; until: number } | null = null;

/**
 * One of the person's actions: edited in place with the recommendation page's own form (progress,
 * due date with a reason, done with a completion note), so the same rules and the version check apply.
 */
export function MyWorkRow(props: {
  item: MyWorkRowItem;
  showAgency: boolean;
  reassignAgencies: AgencyOption[];
  assignees: AssigneeOption[];
}) {
  const t = useTranslations();
  const { item } = props;
  const format = useFormatter();
  const shown = useLocalized();
  const title = shown.text(item.titles);
  const [editing, setEditing] = useState<ActionStatus | null>(null);
  const editButton = useRef<HTMLButtonElement>(null);
  const open = item.status !== "done" && item.status !== "cancelled";
  const titleId = `my-work-${item.id}-title`;

  useEffect(() => {
    if (editing || !returnFocusTo || returnFocusTo.id !== item.id) return;
    if (Date.now() > returnFocusTo.until) {
      returnFocusTo = null;
      return;
    }
    editButton.current?.focus();
    // item.version: after a save the row renders again with the new version, maybe in another group.
  }, [editing, item.id, item.version]);

  if (editing) {
    return (
      <li className="py-3">
        <p className="mb-2 text-xs text-muted-foreground">
          <span className="font-mono">{item.recommendation.code}</span> ·{" "}
          <LocalizedText value={item.recommendation.title} />
        </p>
        <ActionEditForm
          code={item.recommendation.code}
          item={item}
          initialStatus={editing}
          reassignAgencies={props.reassignAgencies}
          assignees={props.assignees}
          onDone={() => {
            returnFocusTo = { id: item.id, until: Date.now() + 5_000 };
            setEditing(null);
          }}
        />
      </li>
    );
  }

  return (
    <li
      className="flex flex-col gap-2 py-3 text-sm sm:flex-row sm:items-start sm:justify-between"
      aria-labelledby={titleId}
    >
      <div className="min-w-0 flex-1 space-y-1">
        <LocalizedText as="p" id={titleId} className="break-words font-medium" value={title} />
        <p className="break-words text-xs">
          <span className="text-muted-foreground">{t("myWork.serves")} </span>
          <Link
            href={`/recommendations/${item.recommendation.code}`}
            className="font-mono underline-offset-2 hover:underline"
          >
            {item.recommendation.code}
          </Link>{" "}
          <LocalizedText className="text-muted-foreground" value={item.recommendation.title} />
        </p>
        <p className="flex flex-wrap items-center gap-x-3 gap-y-1 text-xs text-muted-foreground">
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
            {item.daysOverdue !== null ? (
              <Badge tone="bad" className="ml-1.5">
                {t("myWork.overdueBy", { days: item.daysOverdue })}
              </Badge>
            ) : null}
          </span>
          {props.showAgency ? (
            <span className="inline-flex items-center gap-1.5">
              <SideDot side={item.agency.side} />
              {item.agency.abbreviation}
            </span>
          ) : null}
          {item.assignedToYou ? (
            <Badge tone="info">{t("myWork.assignedToYou")}</Badge>
          ) : (
            <span>{item.assignee ? t("myWork.assignedTo", { name: item.assignee.name }) : t("myWork.unassigned")}</span>
          )}
        </p>
        {item.status === "done" && item.completionNote ? (
          <p className="break-words text-xs">{t("actionList.completedWith", { note: item.completionNote })}</p>
        ) : null}
      </div>
      {item.rights.edit ? (
        <div className="flex shrink-0 flex-wrap items-center gap-1">
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
            aria-label={t("myWork.updateOf", { title: title.text })}
          >
            <Pencil aria-hidden /> {t("myWork.update")}
          </Button>
        </div>
      ) : null}
    </li>
  );
}
