import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { desc } from "drizzle-orm";
import { getDb } from "@/db";
import { rounds } from "@/db/schema";
import { themes } from "@/db/schema/enums";
import { listCurrentAgencies } from "@/db/queries/agencies";
import { listReportDefinitions, listReportJobs } from "@/db/queries/report-jobs";
import { listSavedViews } from "@/db/queries/views";
import { requireUser } from "@/lib/auth/session";
import { localizedString } from "@/lib/i18n/localized";
import { actorOf } from "@/lib/permissions";
import { reportJobJson } from "@/lib/reports/api-view";
import { ReportsWorkspace } from "@/components/reports/reports-workspace";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("reports.page"))("title") };
}

/**
 * /reports: ask for a committee report (a period or a round, a selection, a title, a format),
 * follow its progress and download it; the recent reports; saved definitions to regenerate.
 */
export default async function ReportsPage() {
  const user = await requireUser("/reports");
  const actor = actorOf(user);
  const db = await getDb();
  const t = await getTranslations();
  const [views, roundRows, agencyRows, jobs, definitions] = await Promise.all([
    listSavedViews(db, user.id, "recommendations"),
    db.select({ id: rounds.id, name: rounds.name, status: rounds.status }).from(rounds).orderBy(desc(rounds.openedAt)),
    listCurrentAgencies(db),
    listReportJobs(db, actor, 20),
    listReportDefinitions(db, user.id),
  ]);
  const locale = await getLocale();
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">{t("reports.page.title")}</h1>
        <p className="mt-1 max-w-3xl text-sm text-muted-foreground">{t("reports.page.intro")}</p>
      </div>
      <ReportsWorkspace
        views={views.views.map((v) => ({ id: v.id, name: v.name }))}
        rounds={roundRows.map((r) => ({ id: r.id, name: `${r.name} (${t(`rounds.status.${r.status}`)})` }))}
        themes={themes.map((th) => ({ value: th, label: t(`themes.${th}`) }))}
        agencies={agencyRows
          .filter((a) => a.side === "shenzhen" || a.side === "hong_kong" || a.side === "joint")
          .map((a) => ({
            value: a.key,
            label: `${a.abbreviation} · ${localizedString({ en: a.nameEn, zhHans: a.nameZhHans, zhHant: a.nameZhHant }, locale)}`,
          }))}
        jobs={jobs.map(reportJobJson)}
        definitions={definitions.map((d) => ({
          id: d.id,
          name: d.name,
          title: d.title,
          format: d.format,
          updatedAt: d.updatedAt.toISOString(),
        }))}
      />
    </div>
  );
}
