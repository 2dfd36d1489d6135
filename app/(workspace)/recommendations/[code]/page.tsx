import { decodeSegment } from "@/lib/validation/ids";
import type { Metadata } from "next";
import { cache } from "react";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { ArrowLeft } from "lucide-react";
import { getDb } from "@/db";
import { getRecommendationByCode } from "@/db/queries/recommendations";
import { requireUser } from "@/lib/auth/session";
import { getSay } from "@/lib/i18n/say";
import { actorOf, authorize, factsOf, recommendationEditRights } from "@/lib/permissions";
import { ActionsSection } from "@/components/recommendations/actions/actions-section";
import { IndicatorsSection } from "@/components/recommendations/indicators/indicators-section";
import { HistoryTimeline } from "@/components/recommendations/history-timeline";
import { historyFilters, listRecommendationHistory, type HistoryFilter } from "@/db/queries/history";
import { PropertiesPanel } from "@/components/recommendations/properties/properties-panel";
import { ArchiveControl } from "@/components/recommendations/archive-control";
import { LiveRefresh } from "@/components/live/live-refresh";
import { localizedString } from "@/lib/i18n/localized";
import {
  ContentLanguageProvider,
  ContentLanguageToggle,
  ShownText,
} from "@/components/recommendations/content-languages";
import { HealthBadge, StatusBadge } from "@/components/recommendations/badges";
import { SideStatus } from "@/components/recommendations/side-status";
import { Badge } from "@/components/ui/badge";
import { Card, CardTitle } from "@/components/ui/card";
import { NotesSection } from "@/components/notes/notes-section";
import { OwnersSection } from "@/components/recommendations/owners/owners-section";
import { RoundRequestCard } from "@/components/rounds/round-request-card";

type Props = {
  params: Promise<{ code: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/** Once per request: the metadata and the page both need it. */
const load = cache(async (code: string) => getRecommendationByCode(await getDb(), decodeSegment(code)));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const rec = await load((await params).code);
  return { title: rec ? `${rec.code} ${localizedString(rec.title, await getLocale())}` : "Not found" };
}

export default async function RecommendationPage({ params, searchParams }: Props) {
  const { code } = await params;
  const { history: historyParam, noteVersion } = await searchParams;
  const historyFilter: HistoryFilter = historyFilters.find((f) => f === historyParam) ?? "all";
  const user = await requireUser(`/recommendations/${code}`);
  const rec = await load(code);
  if (!rec) notFound();
  // The same permission module the server actions use decides which controls to show.
  const actor = actorOf(user);
  const facts = factsOf(rec);
  const rights = recommendationEditRights(actor, facts, rec.status, await getSay());
  const mayArchive = authorize(actor, { action: "recommendation.archive", recommendation: facts }).allowed;
  const [t, format, history] = await Promise.all([
    getTranslations(),
    getFormatter(),
    listRecommendationHistory(await getDb(), rec.id, { filter: historyFilter }),
  ]);
  const date = (d: string | Date | null) =>
    d
      ? typeof d === "string"
        ? format.dateTime(new Date(`${d}T00:00:00Z`), { dateStyle: "medium", timeZone: "UTC" })
        : format.dateTime(d, { dateStyle: "medium" })
      : t("detail.notSet");
  return (
    <ContentLanguageProvider>
      <article className="space-y-6">
        <LiveRefresh code={rec.code} renderedAt={new Date().toISOString()} />
        <Link
          href="/recommendations"
          className="inline-flex items-center gap-1 text-sm text-muted-foreground hover:text-foreground"
        >
          <ArrowLeft className="size-4" aria-hidden /> {t("detail.back")}
        </Link>
        <header className="space-y-2">
          <p className="font-mono text-sm text-muted-foreground">{rec.code}</p>
          <ShownText as="h1" className="text-2xl font-semibold" texts={rec.title} />
          <ContentLanguageToggle title={rec.title} summary={rec.summary} />
          <div className="flex flex-wrap items-center gap-2">
            <StatusBadge status={rec.status} />
            <HealthBadge health={rec.health} />
            <Badge>{t(`themes.${rec.theme}` as "themes.innovation")}</Badge>
            <Badge>{t(`horizon.${rec.horizon}`)}</Badge>
            {rec.archivedAt ? <Badge tone="warn">{t("detail.archived", { date: date(rec.archivedAt) })}</Badge> : null}
          </div>
          <SideStatus sides={rec.sides} />
        </header>

        <div className="grid gap-6 lg:grid-cols-3">
          <div className="min-w-0 space-y-6 lg:col-span-2">
            <Card aria-labelledby="summary-h">
              <CardTitle id="summary-h">{t("detail.summary")}</CardTitle>
              <ShownText as="p" className="leading-relaxed" texts={rec.summary} />
              {rec.rationale ? (
                <>
                  <h3 className="mb-1 mt-4 text-sm font-semibold">{t("detail.rationale")}</h3>
                  <p className="text-sm leading-relaxed text-muted-foreground">{rec.rationale}</p>
                </>
              ) : null}
            </Card>

            <ActionsSection code={rec.code} recommendationId={rec.id} actor={actor} facts={facts} />
            <IndicatorsSection code={rec.code} recommendationId={rec.id} actor={actor} facts={facts} />

            <Card aria-labelledby="source-h">
              <CardTitle id="source-h">{t("detail.source")}</CardTitle>
              <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-2 text-sm">
                <dt className="text-muted-foreground">{t("detail.document")}</dt>
                <dd>
                  {rec.source.document?.title ?? t("detail.notSet")}
                  {rec.source.document?.author ? (
                    <span className="text-muted-foreground"> — {rec.source.document.author}</span>
                  ) : null}
                </dd>
                <dt className="text-muted-foreground">{t("detail.locator")}</dt>
                <dd>{rec.source.locator ?? t("detail.notSet")}</dd>
              </dl>
              {rec.source.excerpt ? (
                <figure className="mt-4">
                  <figcaption className="sr-only">{t("detail.excerpt")}</figcaption>
                  <blockquote className="border-l-4 border-primary/60 pl-4 text-sm italic leading-relaxed">
                    {rec.source.excerpt}
                  </blockquote>
                </figure>
              ) : null}
            </Card>
            <NotesSection
              code={rec.code}
              recommendationId={rec.id}
              viewVersionId={typeof noteVersion === "string" ? noteVersion : undefined}
              mayEdit={authorize(actor, { action: "note.edit", recommendation: facts }).allowed}
              mayFreeze={authorize(actor, { action: "note.freeze", recommendation: facts }).allowed}
              mayRepair={authorize(actor, { action: "note.repair", recommendation: facts }).allowed}
            />
            <Card aria-labelledby="history-h" id="history">
              <CardTitle id="history-h">{t("history.title")}</CardTitle>
              <HistoryTimeline entries={history} filter={historyFilter} basePath={`/recommendations/${rec.code}`} />
            </Card>
          </div>

          <aside className="min-w-0 space-y-6">
            <RoundRequestCard actor={actor} recommendationId={rec.id} />
            <PropertiesPanel
              code={rec.code}
              version={rec.version}
              values={{
                status: rec.status,
                health: rec.health,
                priority: rec.priority,
                acceptance: rec.acceptance,
                acceptanceReason: rec.acceptanceReason,
                closureReason: rec.closureReason,
                targetDate: rec.targetDate,
              }}
              updatedAt={rec.updatedAt}
              rights={rights}
            />

            {mayArchive ? (
              <Card aria-labelledby="archive-h">
                <CardTitle id="archive-h">{t("archive.title")}</CardTitle>
                <ArchiveControl code={rec.code} version={rec.version} archived={rec.archivedAt !== null} />
              </Card>
            ) : null}

            <OwnersSection rec={rec} actor={actor} facts={facts} />
          </aside>
        </div>
      </article>
    </ContentLanguageProvider>
  );
}
