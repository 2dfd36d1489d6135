import type { Metadata } from "next";
import { EmptyState } from "@/components/ui/empty-state";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { ArrowLeft } from "lucide-react";
import { asc, isNull } from "drizzle-orm";
import { getDb } from "@/db";
import { agencies, sourceDocuments } from "@/db/schema";
import { requireUser } from "@/lib/auth/session";
import { getSay } from "@/lib/i18n/say";
import { actorOf, authorize } from "@/lib/permissions";
import { localizedString } from "@/lib/i18n/localized";
import { Card } from "@/components/ui/card";
import { NewRecommendationForm } from "./new-recommendation-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("create"))("title") };
}

export default async function NewRecommendationPage() {
  const user = await requireUser("/recommendations/new");
  const t = await getTranslations("create");
  const decision = authorize(actorOf(user), { action: "recommendation.create" });
  const back = (
    <Link
      href="/recommendations"
      className="inline-flex items-center gap-1 text-sm text-muted-foreground hover:text-foreground"
    >
      <ArrowLeft className="size-4" aria-hidden /> {t("back")}
    </Link>
  );
  if (!decision.allowed) {
    const say = await getSay();
    return (
      <div className="space-y-4">
        {back}
        <EmptyState role="alert" data-access-denied="" title={say(decision.reason)} />
      </div>
    );
  }
  const db = await getDb();
  const locale = await getLocale();
  const [agencyRows, documents] = await Promise.all([
    db.select().from(agencies).where(isNull(agencies.mergedIntoId)).orderBy(asc(agencies.abbreviation)),
    db
      .select({ key: sourceDocuments.key, title: sourceDocuments.title })
      .from(sourceDocuments)
      .orderBy(asc(sourceDocuments.key)),
  ]);
  const option = (a: (typeof agencyRows)[number]) => ({
    value: a.key,
    label: `${a.abbreviation} · ${localizedString({ en: a.nameEn, zhHans: a.nameZhHans, zhHant: a.nameZhHant }, locale)}`,
  });
  return (
    <div className="space-y-5">
      {back}
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <Card>
        <NewRecommendationForm
          shenzhen={agencyRows.filter((a) => a.side !== "hong_kong").map(option)}
          hongKong={agencyRows.filter((a) => a.side !== "shenzhen").map(option)}
          documents={documents.map((d) => ({ value: d.key, label: d.title }))}
        />
      </Card>
    </div>
  );
}
