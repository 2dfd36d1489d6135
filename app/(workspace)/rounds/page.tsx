import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { getDb } from "@/db";
import { listRounds } from "@/db/queries/rounds";
import { requireUser } from "@/lib/auth/session";
import { actorOf, can } from "@/lib/permissions";
import { LiveRefresh } from "@/components/live/live-refresh";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("rounds"))("title") };
}

/** Reporting rounds, newest first: due date, status and how much of what was asked has been answered. */
export default async function RoundsPage() {
  const user = await requireUser("/rounds");
  const mayOpen = can(actorOf(user), { action: "round.manage" });
  const [t, format, rounds] = await Promise.all([getTranslations("rounds"), getFormatter(), listRounds(await getDb())]);
  const day = (iso: string) => format.dateTime(new Date(`${iso}T00:00:00Z`), { dateStyle: "medium", timeZone: "UTC" });
  const openButton = mayOpen ? (
    <Button asChild>
      <Link href="/rounds/new">{t("openRound")}</Link>
    </Button>
  ) : null;
  return (
    <div className="space-y-4">
      <LiveRefresh renderedAt={new Date().toISOString()} />
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div className="space-y-1">
          <h1 className="text-2xl font-semibold">{t("title")}</h1>
          <p className="text-sm text-muted-foreground">{t("intro")}</p>
        </div>
        {openButton}
      </div>
      {rounds.length ? (
        <ul className="divide-y rounded-lg border">
          {rounds.map((r) => (
            <li key={r.id} className="flex flex-wrap items-center gap-x-4 gap-y-1 p-4">
              <div className="min-w-0 flex-1 basis-64">
                <Link href={`/rounds/${r.id}`} className="break-words font-medium hover:underline">
                  {r.name}
                </Link>
                <p className="text-sm text-muted-foreground">
                  {t("dueOn", { date: day(r.dueDate) })}
                  {r.openedBy ? ` · ${t("openedBy", { name: r.openedBy })}` : null}
                </p>
              </div>
              <Badge tone={r.status === "open" ? "info" : "neutral"}>{t(`status.${r.status}`)}</Badge>
              <p className="text-sm tabular-nums">
                {t("responseRate", {
                  rate:
                    r.counts.responseRate === null
                      ? "—"
                      : format.number(r.counts.responseRate, { style: "percent", maximumFractionDigits: 0 }),
                  responded: format.number(r.counts.responded),
                  total: format.number(r.counts.total),
                })}
              </p>
            </li>
          ))}
        </ul>
      ) : (
        <EmptyState title={t("empty")} hint={mayOpen ? t("emptyHintManager") : t("emptyHint")} />
      )}
    </div>
  );
}
