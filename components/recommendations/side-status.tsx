import { useId } from "react";
import { useFormatter, useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { SideDot } from "@/components/recommendations/badges";
import { reportingSides, type SideState, type SideStatuses } from "@/lib/side-status";

const stateTone = {
  not_started: "neutral",
  in_progress: "info",
  done: "good",
  blocked: "bad",
  no_actions: "neutral",
} as const satisfies Record<SideState, string>;

/**
 * Each side's progress (a labelled bar and its percentage) and state, rolled up from the actions
 * (lib/side-status.ts). Synchronous with useTranslations, so a server page renders it directly.
 */
export function SideStatus({ sides }: { sides: SideStatuses }) {
  const t = useTranslations("sideStatus");
  const sideName = useTranslations("sides");
  const format = useFormatter();
  const hintId = useId();
  return (
    <div role="group" aria-label={t("title")} aria-describedby={hintId} title={t("hint")}>
      <p id={hintId} className="sr-only">
        {t("hint")}
      </p>
      <dl className="flex flex-wrap items-center gap-x-5 gap-y-2 text-sm">
        {reportingSides.map((side) => {
          const { progress, state } = sides[side];
          const name = sideName(side);
          return (
            <div key={side} className="flex items-center gap-2" data-side={side} data-state={state}>
              <dt className="flex items-center gap-1.5 font-medium">
                <SideDot side={side} />
                {name}
              </dt>
              <dd className="flex items-center gap-2">
                {progress === null ? null : (
                  <>
                    <progress
                      value={Math.round(progress * 100)}
                      max={100}
                      className="h-2 w-20 accent-primary"
                      aria-label={t("progressOf", { side: name })}
                    />
                    <span className="tabular-nums">{format.number(progress, { style: "percent" })}</span>
                  </>
                )}
                <Badge tone={stateTone[state]}>{t(`states.${state}`)}</Badge>
              </dd>
            </div>
          );
        })}
      </dl>
    </div>
  );
}
