import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getDb } from "@/db";
import { getReportJob, getReportSnapshot } from "@/db/queries/report-jobs";
import { getCurrentUser } from "@/lib/auth/session";
import { actorOf, authorize } from "@/lib/permissions";
import { verifyReportPageToken } from "@/lib/reports/page-token";
import { reportTranslator } from "@/lib/reports/translator";
import { isSupportedLocale } from "@/lib/i18n/config";
import { isUuid } from "@/lib/validation/ids";
import { ReportDocument } from "@/components/reports/report-document";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ token?: string | string[] }> };

/**
 * /reports/{id}/print: the report's printable page, without the workspace's navigation. Read by
 * whoever may read the report (its requester, coordinators, administrators), and by the server's
 * printer with the short-lived token it was given for this one job; anyone else finds nothing.
 */
async function readable(id: string, token: string | undefined) {
  if (!isUuid(id)) return null;
  const db = await getDb();
  const job = await getReportJob(db, id);
  if (!job) return null;
  if (token && verifyReportPageToken(process.env.NEXTAUTH_SECRET ?? "", token, id)) return job;
  const user = await getCurrentUser();
  if (!user || !authorize(actorOf(user), { action: "report.read", requestedById: job.requestedById }).allowed)
    return null;
  return job;
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const job = await readable((await params).id, [(await searchParams).token].flat()[0]);
  return { title: job?.title ?? "" };
}

export default async function PrintReportPage({ params, searchParams }: Props) {
  const { id } = await params;
  const job = await readable(id, [(await searchParams).token].flat()[0]);
  if (!job) notFound();
  const snapshot = await getReportSnapshot(await getDb(), id);
  if (!snapshot) {
    const t = reportTranslator("reports.print", isSupportedLocale(job.locale) ? job.locale : "en");
    return (
      <main className="mx-auto max-w-xl p-8">
        <h1 className="text-xl font-semibold">{job.title}</h1>
        <p className="mt-2">{t("stillBuilding")}</p>
      </main>
    );
  }
  return (
    <main id="content">
      <ReportDocument snapshot={snapshot} />
    </main>
  );
}
