import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { historyFilters, type HistoryEntry, type HistoryFilter } from "@/db/queries/history";
import { describeHistoryEntry, historySourceTone, namedEntry } from "./history-labels";
import { cn } from "@/lib/utils";

/** Who changed what, when, from → to and why; filterable by agency updates and assessments (see historySources). */
export async function HistoryTimeline({
  entries,
  filter,
  basePath,
}: {
  entries: HistoryEntry[];
  filter: HistoryFilter;
  basePath: string;
}) {
  const [t, format, locale] = await Promise.all([getTranslations(), getFormatter(), getLocale()]);
  return (
    <div>
      <nav aria-label={t("history.filter")} className="mb-3 flex flex-wrap gap-1">
        {historyFilters.map((f) => (
          <Link
            key={f}
            href={f === "all" ? `${basePath}#history` : `${basePath}?history=${f}#history`}
            aria-current={filter === f ? "true" : undefined}
            className={cn(
              "rounded-md px-2.5 py-1 text-xs font-medium text-muted-foreground hover:bg-accent",
              filter === f && "bg-accent text-foreground",
            )}
          >
            {t(`history.${f}`)}
          </Link>
        ))}
      </nav>
      {entries.length === 0 ? (
        <p className="text-sm text-muted-foreground">{t("history.empty")}</p>
      ) : (
        <ol className="space-y-3 border-l pl-4">
          {entries.map((e) => (
            <li key={e.id} className="relative text-sm">
              <span
                aria-hidden
                className="absolute -left-[21px] top-1.5 size-2.5 rounded-full border-2 border-background bg-primary"
              />
              <p className="flex flex-wrap items-center gap-2">
                <span className="font-medium">{e.actor.name}</span>
                {e.actor.agency ? <span className="text-xs text-muted-foreground">{e.actor.agency}</span> : null}
                <Badge tone={historySourceTone[e.source]}>{t(`history.source.${e.source}`)}</Badge>
                <time dateTime={e.at.toISOString()} className="text-xs text-muted-foreground">
                  {format.dateTime(e.at, { dateStyle: "medium", timeStyle: "short" })}
                </time>
              </p>
              <p>{describeHistoryEntry(namedEntry(e, locale), t, format)}</p>
              {e.reason ? (
                <p className="text-xs text-muted-foreground">{t("history.reason", { reason: e.reason })}</p>
              ) : null}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
