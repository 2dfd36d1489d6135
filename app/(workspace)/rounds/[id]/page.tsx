import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { getDb } from "@/db";
import { getRound, getRoundRow, type RequestView } from "@/db/queries/rounds";
import { requireUser } from "@/lib/auth/session";
import { localized } from "@/lib/i18n/localized";
import { getSay } from "@/lib/i18n/say";
import { isUuid } from "@/lib/validation/ids";
import { actorOf, can, recommendationEditRights, type Actor } from "@/lib/permissions";
import { LiveRefresh } from "@/components/live/live-refresh";
import { Badge } from "@/components/ui/badge";
import { Card, CardTitle } from "@/components/ui/card";
import { LocalizedText } from "@/components/ui/localized-text";
import { loadAnswerEvidenceFor, type AnswerEvidence } from "@/components/evidence/answer-evidence";
import { EvidenceList } from "@/components/evidence/evidence-list";
import { AnswerForm } from "@/components/rounds/answer-form";
import { AnswerSummary } from "@/components/rounds/answer-summary";
import { CloseRound } from "@/components/rounds/close-round";
import { ReviewPanel } from "@/components/rounds/review-panel";
import { RoundCounts } from "@/components/rounds/round-counts";
import { RequestStateBadge } from "@/components/rounds/state-badge";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const round = isUuid(id) ? await getRoundRow(await getDb(), id) : null;
  return { title: round?.name ?? (await getTranslations("rounds"))("title") };
}

/**
 * One round: counts per side and agency, then per recommendation each agency's answer with its
 * state. Coordinators review submitted answers inline and close the round; a member answers their
 * own agency's requests here as on My work.
 */
export default async function RoundPage({ params }: Props) {
  const { id } = await params;
  const user = await requireUser(`/rounds/${id}`);
  if (!isUuid(id)) notFound();
  const actor = actorOf(user);
  const db = await getDb();
  const detail = await getRound(db, actor, id);
  if (!detail) notFound();
  const evidence = await loadAnswerEvidenceFor(
    db,
    actor,
    detail.requests.map((r) => r.id),
  );
  const [t, format, locale, say] = await Promise.all([getTranslations(), getFormatter(), getLocale(), getSay()]);
  const { round, requests, counts } = detail;
  const manager = can(actor, { action: "round.manage" });
  const isOpen = round.status === "open";
  const day = (iso: string) => format.dateTime(new Date(`${iso}T00:00:00Z`), { dateStyle: "medium", timeZone: "UTC" });
  const byRecommendation = new Map<string, RequestView[]>();
  for (const r of requests)
    byRecommendation.set(r.recommendation.code, [...(byRecommendation.get(r.recommendation.code) ?? []), r]);

  return (
    <div className="space-y-6">
      <LiveRefresh renderedAt={new Date().toISOString()} />
      <Link href="/rounds" className="text-sm text-muted-foreground hover:text-foreground">
        {t("rounds.backToRounds")}
      </Link>
      <header className="space-y-2">
        <h1 className="break-words text-2xl font-semibold">{round.name}</h1>
        <div className="flex flex-wrap items-center gap-2 text-sm">
          <Badge tone={isOpen ? "info" : "neutral"}>{t(`rounds.status.${round.status}`)}</Badge>
          <span>{t("rounds.dueOn", { date: day(round.dueDate) })}</span>
          {round.openedBy ? (
            <span className="text-muted-foreground">{t("rounds.openedBy", { name: round.openedBy })}</span>
          ) : null}
          {round.closedAt ? (
            <span className="text-muted-foreground">
              {t("rounds.closedOn", { date: format.dateTime(round.closedAt, { dateStyle: "medium" }) })}
            </span>
          ) : null}
        </div>
        {round.message ? (
          <blockquote className="whitespace-pre-line border-l-4 pl-3 text-sm">{round.message}</blockquote>
        ) : null}
      </header>

      <Card aria-labelledby="counts-h">
        <CardTitle id="counts-h">{t("rounds.counts.title")}</CardTitle>
        <RoundCounts counts={counts} />
      </Card>

      {manager ? (
        <Card aria-labelledby="close-h">
          <CardTitle id="close-h">{t("rounds.close.title")}</CardTitle>
          <p className="mb-3 text-sm text-muted-foreground">
            {isOpen ? t("rounds.close.explain", { name: round.name }) : t("rounds.close.done", { name: round.name })}
          </p>
          <CloseRound
            closed={!isOpen}
            roundId={round.id}
            name={round.name}
            recommendations={byRecommendation.size}
            awaitingReview={counts.total.byState.submitted}
          />
        </Card>
      ) : null}

      <section aria-labelledby="requests-h" className="space-y-3">
        <h2 id="requests-h" className="text-lg font-semibold">
          {t("rounds.requests", { count: byRecommendation.size })}
        </h2>
        <ul className="space-y-3">
          {[...byRecommendation].map(([code, list]) => {
            const rec = list[0]!.recommendation;
            return (
              <li key={code} className="rounded-lg border p-4" aria-labelledby={`rec-${code}`}>
                <h3 id={`rec-${code}`} className="flex flex-wrap items-baseline gap-x-2 font-medium">
                  <Link href={`/recommendations/${code}`} className="font-mono text-sm hover:underline">
                    {code}
                  </Link>
                  <LocalizedText value={localized(rec.title, locale)} className="break-words" />
                </h3>
                <ul className="mt-2 divide-y">
                  {list.map((r) => (
                    <RequestRow
                      key={r.id}
                      request={r}
                      actor={actor}
                      manager={manager}
                      roundOpen={isOpen}
                      roundId={round.id}
                      say={say}
                      evidence={evidence.get(r.id)}
                    />
                  ))}
                </ul>
              </li>
            );
          })}
        </ul>
      </section>
    </div>
  );
}

/** One agency's request: its state, the answer where it may be read, and what the viewer may do with it. */
async function RequestRow({
  request: r,
  actor,
  manager,
  roundOpen,
  roundId,
  say,
  evidence,
}: {
  request: RequestView;
  actor: Actor;
  manager: boolean;
  roundOpen: boolean;
  roundId: string;
  say: Awaited<ReturnType<typeof getSay>>;
  evidence: AnswerEvidence | undefined;
}) {
  const t = await getTranslations("rounds");
  const facts = { ownerAgencyIds: [r.agency.id] };
  const answers = can(actor, { action: "round.answer", recommendation: facts, agencyId: r.agency.id });
  return (
    <li className="space-y-2 py-2" data-request={`${r.recommendation.code}:${r.agency.key}`}>
      <div className="flex flex-wrap items-center gap-2 text-sm">
        <span className="font-medium">{r.agency.abbreviation}</span>
        <RequestStateBadge state={r.shownState} />
        {r.shownState === "late" ? <span className="sr-only">{t(`state.${r.state}`)}</span> : null}
        {r.submittedBy && r.state !== "not_started" ? (
          <span className="text-muted-foreground">{t("submittedBy", { name: r.submittedBy })}</span>
        ) : null}
        {r.reviewedBy && (r.state === "accepted" || r.state === "returned") ? (
          <span className="text-muted-foreground">{t("reviewedBy", { name: r.reviewedBy })}</span>
        ) : null}
      </div>
      {r.reviewComment && r.state !== "accepted" ? (
        <p className="text-sm">
          <span className="text-muted-foreground">{t("reviewComment")} </span>
          {r.reviewComment}
        </p>
      ) : null}
      {answers ? (
        <details className="rounded-md border p-3" open={r.state === "returned"}>
          <summary className="cursor-pointer text-sm font-medium">{t("answer.open")}</summary>
          <div className="mt-3">
            <AnswerForm
              roundId={roundId}
              code={r.recommendation.code}
              state={r.state}
              requestVersion={r.version}
              answer={r.answer}
              reviewComment={r.reviewComment}
              recommendation={r.recommendation}
              statuses={recommendationEditRights(actor, facts, r.recommendation.status, say).statuses}
              itemLate={r.itemLate}
              roundOpen={roundOpen}
              evidence={evidence}
            />
          </div>
        </details>
      ) : r.answer && r.state !== "not_started" ? (
        <div className="rounded-md border p-3">
          <AnswerSummary answer={r.answer} />
          {evidence?.items.length ? (
            <div className="mt-3">
              <EvidenceList
                items={evidence.items}
                canRemove={false}
                label={t("answer.evidenceOf", { code: r.recommendation.code })}
              />
            </div>
          ) : null}
          {manager && roundOpen && r.state === "submitted" ? (
            <div className="mt-3">
              <ReviewPanel
                roundId={roundId}
                code={r.recommendation.code}
                agency={r.agency}
                requestVersion={r.version}
              />
            </div>
          ) : null}
        </div>
      ) : null}
    </li>
  );
}
