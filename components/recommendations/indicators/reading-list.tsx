"use client";
import { useEffect, useRef } from "react";
import { useTranslations } from "next-intl";
import { Trash2 } from "lucide-react";
import { Button } from "@/components/ui/button";
import { FormOutcome, useServerAction } from "@/components/forms/form-parts";
import { deleteReadingAction } from "@/app/(workspace)/recommendations/[code]/indicator-actions";
import { useIndicatorFormat } from "./use-indicator-format";
import type { IndicatorItem } from "./types";

/** The readings of an indicator, newest first, in a disclosure; a reading made by mistake is removed here. */
export function ReadingList(props: { code: string; item: IndicatorItem; focusFallback: () => void }) {
  const t = useTranslations("indicators");
  const f = useIndicatorFormat();
  const { item } = props;
  const summary = useRef<HTMLElement>(null);
  const remove = useServerAction(deleteReadingAction);
  // The removed row is gone: the focus goes back to the disclosure, or past it when it was the last.
  const refocus = useRef(false);
  const { focusFallback } = props;
  useEffect(() => {
    if (!refocus.current) return;
    refocus.current = false;
    if (summary.current) summary.current.focus();
    else focusFallback();
  }, [item.readings.length, focusFallback]);
  const newestFirst = [...item.readings].reverse();

  return (
    <div>
      {item.readings.length ? (
        <details className="text-sm">
          <summary ref={summary} className="cursor-pointer text-muted-foreground hover:text-foreground">
            {t("readings", { count: item.readings.length })}
          </summary>
          <ul className="mt-2 divide-y" aria-label={t("readingsOf", { name: item.name })}>
            {newestFirst.map((r) => {
              const label = `${f.figure(r.value)} ${item.unit}, ${f.day(r.observedOn)}`;
              return (
                <li key={r.id} className="flex flex-wrap items-start justify-between gap-2 py-2">
                  <div className="min-w-0 flex-1">
                    <p>
                      <span className="font-medium tabular-nums">
                        {f.figure(r.value)} {item.unit}
                      </span>{" "}
                      <span className="text-muted-foreground">· {f.day(r.observedOn)}</span>
                    </p>
                    {r.note ? <p className="break-words text-xs">{r.note}</p> : null}
                    <p className="text-xs text-muted-foreground">
                      {t("recordedBy", { name: r.recordedBy?.name ?? t("removedAccount") })}
                    </p>
                  </div>
                  {r.mayDelete ? (
                    <Button
                      size="sm"
                      variant="ghost"
                      disabled={remove.pending}
                      aria-label={t("removeReadingOf", { reading: label })}
                      onClick={() =>
                        remove.run({ code: props.code, indicatorId: item.id, readingId: r.id }, () => {
                          refocus.current = true;
                          return t("readingRemoved", { reading: label });
                        })
                      }
                    >
                      <Trash2 aria-hidden /> {t("removeReading")}
                    </Button>
                  ) : null}
                </li>
              );
            })}
          </ul>
        </details>
      ) : null}
      <FormOutcome message={remove.message} className="text-xs" />
    </div>
  );
}
