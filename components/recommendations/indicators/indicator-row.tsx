"use client";
import { useCallback, useEffect, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { Pencil, Plus, Trash2 } from "lucide-react";
import { Button } from "@/components/ui/button";
import { FormOutcome, useServerAction } from "@/components/forms/form-parts";
import { deleteIndicatorAction } from "@/app/(workspace)/recommendations/[code]/indicator-actions";
import { IndicatorEditForm } from "./indicator-edit-form";
import { ReadingAddForm } from "./reading-add-form";
import { ReadingList } from "./reading-list";
import { Sparkline } from "./sparkline";
import { useIndicatorFormat } from "./use-indicator-format";
import type { IndicatorItem, IndicatorRights } from "./types";

type Mode = "view" | "edit" | "reading" | "confirmDelete";

/** Why progress cannot be worked out, as a message key. */
function missingFigure(item: IndicatorItem) {
  if (item.baseline === null) return "noBaseline";
  if (item.target === null) return "noTarget";
  if (item.baseline === item.target) return "targetIsBaseline";
  return "noReadings";
}

/** One indicator: baseline → latest → target, the progress toward the target, the trend, its readings. */
export function IndicatorRow(props: {
  code: string;
  item: IndicatorItem;
  rights: IndicatorRights;
  onDeleted: (name: string) => void;
}) {
  const t = useTranslations("indicators");
  const f = useIndicatorFormat();
  const { item, rights } = props;
  const [mode, setMode] = useState<Mode>("view");
  const [recorded, setRecorded] = useState<string | null>(null);
  const remove = useServerAction(deleteIndicatorAction);
  // Closing a form or the confirmation puts the focus back on the button that opened it.
  const editButton = useRef<HTMLButtonElement>(null);
  const readingButton = useRef<HTMLButtonElement>(null);
  const deleteButton = useRef<HTMLButtonElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const returnTo = useRef<React.RefObject<HTMLElement | null> | null>(null);
  useEffect(() => {
    if (mode !== "view" || !returnTo.current) return;
    returnTo.current.current?.focus();
    returnTo.current = null;
  }, [mode]);
  const close = (to: React.RefObject<HTMLElement | null>) => {
    returnTo.current = to;
    setMode("view");
  };
  const focusHeading = useCallback(() => heading.current?.focus(), []);
  const headingId = `indicator-${item.id}-name`;
  const dated = (value: string, date: string | null) => (date ? t("onDate", { value, date: f.day(date) }) : value);
  const withUnit = (n: number) => `${f.figure(n)} ${item.unit}`;

  if (mode === "edit") {
    return (
      <li className="py-4">
        <IndicatorEditForm code={props.code} item={item} onDone={() => close(editButton)} />
      </li>
    );
  }

  return (
    <li className="space-y-3 py-4" aria-labelledby={headingId}>
      <div className="flex flex-wrap items-start justify-between gap-2">
        <h3 id={headingId} ref={heading} tabIndex={-1} className="min-w-0 break-words font-medium outline-none">
          {item.name} <span className="text-sm font-normal text-muted-foreground">({item.unit})</span>
        </h3>
        {rights.manage && mode !== "confirmDelete" ? (
          <div className="flex shrink-0 flex-wrap gap-1">
            <Button
              ref={editButton}
              size="sm"
              variant="outline"
              onClick={() => setMode("edit")}
              aria-label={t("editOf", { name: item.name })}
            >
              <Pencil aria-hidden /> {t("edit")}
            </Button>
            <Button
              ref={deleteButton}
              size="sm"
              variant="ghost"
              onClick={() => setMode("confirmDelete")}
              aria-label={t("deleteOf", { name: item.name })}
            >
              <Trash2 aria-hidden /> {t("delete")}
            </Button>
          </div>
        ) : null}
      </div>

      {mode === "confirmDelete" ? (
        <div
          role="group"
          aria-label={t("confirmDeleteLabel", { name: item.name })}
          className="space-y-2 rounded-md border border-destructive/50 p-3 text-sm"
          onKeyDown={(e) => {
            if (e.key === "Escape") {
              e.preventDefault();
              close(deleteButton);
            }
          }}
        >
          <p>{t("confirmDelete", { name: item.name, count: item.readings.length })}</p>
          <div className="flex flex-wrap gap-2">
            <Button
              size="sm"
              variant="destructive"
              disabled={remove.pending}
              onClick={() =>
                remove.run({ id: item.id, code: props.code }, () => {
                  props.onDeleted(item.name);
                  return null;
                })
              }
            >
              {remove.pending ? t("deleting") : t("confirmDeleteSubmit")}
            </Button>
            <Button size="sm" variant="ghost" autoFocus onClick={() => close(deleteButton)}>
              {t("keep")}
            </Button>
          </div>
          <FormOutcome message={remove.message} />
        </div>
      ) : null}

      <dl className="grid grid-cols-3 gap-2 text-sm">
        <div className="min-w-0">
          <dt className="text-xs text-muted-foreground">{t("baseline")}</dt>
          <dd className="break-words tabular-nums">
            {item.baseline === null ? t("notSet") : dated(withUnit(item.baseline), item.baselineDate)}
          </dd>
        </div>
        <div className="min-w-0">
          <dt className="text-xs text-muted-foreground">{t("latest")}</dt>
          <dd className="break-words font-medium tabular-nums">
            {item.latest ? dated(withUnit(item.latest.value), item.latest.observedOn) : t("noReadingsYet")}
          </dd>
        </div>
        <div className="min-w-0">
          <dt className="text-xs text-muted-foreground">
            {t("target")}
            {item.direction === "decrease" ? <span className="sr-only"> {t("lowerIsBetter")}</span> : null}
          </dt>
          <dd className="break-words tabular-nums">
            {item.target === null ? t("notSet") : dated(withUnit(item.target), item.targetDate)}
            {item.direction === "decrease" ? (
              <span className="block text-xs text-muted-foreground" aria-hidden>
                {t("lowerIsBetter")}
              </span>
            ) : null}
          </dd>
        </div>
      </dl>

      <div className="flex flex-wrap items-center justify-between gap-x-4 gap-y-2">
        {item.progress !== null ? (
          <p className="flex min-w-48 flex-1 items-center gap-2 text-sm">
            <progress
              value={Math.round(item.progress * 1000)}
              max={1000}
              className="h-2 w-24 shrink-0 accent-primary sm:w-40"
              aria-label={t("progressOf", { name: item.name })}
            />
            <span className="tabular-nums">{t("progress", { percent: f.percent(item.progress) })}</span>
          </p>
        ) : (
          <p className="min-w-48 flex-1 text-xs text-muted-foreground">{t(`noProgress.${missingFigure(item)}`)}</p>
        )}
        <Sparkline readings={item.readings} target={item.target} unit={item.unit} />
      </div>

      {mode === "reading" ? (
        <ReadingAddForm
          code={props.code}
          indicatorId={item.id}
          indicatorName={item.name}
          unit={item.unit}
          onDone={(value) => {
            setRecorded(value);
            close(readingButton);
          }}
        />
      ) : rights.record ? (
        <Button
          ref={readingButton}
          size="sm"
          variant="outline"
          onClick={() => {
            setRecorded(null);
            setMode("reading");
          }}
          aria-label={t("addReadingOf", { name: item.name })}
        >
          <Plus aria-hidden /> {t("addReading")}
        </Button>
      ) : null}
      <p role="status" className="text-xs text-emerald-700 empty:hidden dark:text-emerald-300">
        {recorded !== null ? t("readingRecorded", { value: withUnit(Number(recorded)) }) : ""}
      </p>

      <ReadingList code={props.code} item={item} focusFallback={focusHeading} />
    </li>
  );
}
