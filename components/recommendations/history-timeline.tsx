import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { historyFilters, type HistoryEntry, type HistoryFilter } from "@/db/queries/history";
import { cn } from "@/lib/utils";

/** Fields whose values are enum members, with the message namespace that names them. */
const enumNamespaces: Record<string, string> = {
  status: "status",
  health: "health",
  priority: "priority",
  acceptance: "acceptance",
  closureReason: "closureReason",
  theme: "themes",
  horizon: "horizon",
};
const labelledFields = new Set([
  "status",
  "health",
  "priority",
  "acceptance",
  "acceptanceReason",
  "closureReason",
  "targetDate",
  "theme",
  "horizon",
  "rationale",
  "titleEn",
  "titleZhHans",
  "titleZhHant",
  "summaryEn",
  "summaryZhHans",
  "summaryZhHant",
  "progress",
  "dueDate",
  "description",
  "title",
  "assigneeId",
  "agencyId",
  "leadShenzhen",
  "leadHongKong",
]);
const sourceTone = { agency: "info", assessment: "warn", system: "neutral" } as const;

/** Who changed what, when, from → to and why; filterable by agency updates and assessments. */
export async function HistoryTimeline({
  entries,
  filter,
  basePath,
}: {
  entries: HistoryEntry[];
  filter: HistoryFilter;
  basePath: string;
}) {
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  const actionStatus = (v: string) => t(`actionStatus.${v}` as "actionStatus.todo");

  const value = (entry: HistoryEntry, v: unknown): string => {
    if (v === null || v === undefined || v === "") return t("history.none");
    const field = entry.field ?? "";
    if (typeof v === "string") {
      if (entry.entityType === "action" && field === "status") return actionStatus(v);
      const ns = enumNamespaces[field];
      if (ns) return t(`${ns}.${v}` as "status.proposed");
      if (/^\d{4}-\d{2}-\d{2}$/.test(v)) return format.dateTime(new Date(`${v}T00:00:00`), { dateStyle: "medium" });
      return v.length > 120 ? `${v.slice(0, 117)}…` : v;
    }
    if (typeof v === "number")
      return field === "progress" ? format.number(v / 100, { style: "percent" }) : format.number(v);
    if (typeof v === "boolean") return String(v);
    return t("history.changed");
  };

  const describe = (e: HistoryEntry) => {
    const subject = e.entityType === "action" && e.actionTitle ? t("history.onAction", { title: e.actionTitle }) : "";
    if (e.kind === "archive" || e.kind === "restore") return t(`history.${e.kind}`);
    if (e.kind === "owner_added") return t("history.ownerAdded", { agency: String(e.to ?? "") });
    if (e.entityType === "note") {
      const name = String((e.to as { name?: unknown } | null)?.name ?? "");
      if (e.kind === "freeze_version") return t("history.noteFrozen", { name });
      if (e.kind === "restore_version") return t("history.noteRestored", { name });
      if (e.kind === "repair") return t("history.noteRepaired");
      return t("history.noteEdited");
    }
    if (e.kind === "create") {
      return e.entityType === "action"
        ? t("history.actionAdded", { title: e.actionTitle ?? "" })
        : t("history.created");
    }
    if (e.field && labelledFields.has(e.field)) {
      const field = t(`history.fields.${e.field}` as "history.fields.status");
      // Ids say nothing to a reader: say that the assignment changed, not which uuid it became.
      if (e.field === "assigneeId" || e.field === "agencyId") return `${field} ${t("history.changed")}${subject}`;
      return `${field}: ${value(e, e.from)} → ${value(e, e.to)}${subject}`;
    }
    return `${e.kind}${e.field ? ` ${e.field}` : ""}${subject}`;
  };

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
                <Badge tone={sourceTone[e.source]}>{t(`history.source.${e.source}`)}</Badge>
                <time dateTime={e.at.toISOString()} className="text-xs text-muted-foreground">
                  {format.dateTime(e.at, { dateStyle: "medium", timeStyle: "short" })}
                </time>
              </p>
              <p>{describe(e)}</p>
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
