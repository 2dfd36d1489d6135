import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { getDb } from "@/db";
import type { OpenRequest } from "@/db/queries/rounds";
import { loadAnswerEvidenceFor } from "@/components/evidence/answer-evidence";
import { localized } from "@/lib/i18n/localized";
import { getSay } from "@/lib/i18n/say";
import { can, recommendationEditRights, type Actor } from "@/lib/permissions";
import { LocalizedText } from "@/components/ui/localized-text";
import { AnswerForm } from "./answer-form";
import { RequestStateBadge } from "./state-badge";

/**
 * An agency's open reporting requests with their round, due date and state, each with its answer
 * form (for the agency's members) in a disclosure: My work's "Reporting requests" and the
 * recommendation page's card. `showRecommendation` is off where the page is the recommendation.
 */
export async function ReportingRequests({
  requests,
  actor,
  showRecommendation = true,
  headingLevel = "h3",
}: {
  requests: OpenRequest[];
  actor: Actor;
  showRecommendation?: boolean;
  headingLevel?: "h3" | "h4";
}) {
  const [t, format, locale, say, evidence] = await Promise.all([
    getTranslations("rounds"),
    getFormatter(),
    getLocale(),
    getSay(),
    getDb().then((db) =>
      loadAnswerEvidenceFor(
        db,
        actor,
        requests.map((r) => r.id),
      ),
    ),
  ]);
  const day = (iso: string) => format.dateTime(new Date(`${iso}T00:00:00Z`), { dateStyle: "medium", timeZone: "UTC" });
  const Heading = headingLevel;
  return (
    <ul className="divide-y">
      {requests.map((r) => {
        const facts = { ownerAgencyIds: [r.agency.id] };
        const answers = can(actor, { action: "round.answer", recommendation: facts, agencyId: r.agency.id });
        return (
          <li key={r.id} className="space-y-2 py-3" data-request={`${r.recommendation.code}:${r.agency.key}`}>
            <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
              <Heading className="min-w-0 flex-1 basis-60 break-words text-sm font-medium">
                {showRecommendation ? (
                  <>
                    <Link href={`/recommendations/${r.recommendation.code}`} className="font-mono hover:underline">
                      {r.recommendation.code}
                    </Link>{" "}
                    <LocalizedText value={localized(r.recommendation.title, locale)} />
                  </>
                ) : (
                  <Link href={`/rounds/${r.round.id}`} className="hover:underline">
                    {r.round.name}
                  </Link>
                )}
              </Heading>
              <RequestStateBadge state={r.shownState} />
            </div>
            <p className="text-sm text-muted-foreground">
              {showRecommendation ? (
                <>
                  <Link href={`/rounds/${r.round.id}`} className="hover:underline">
                    {r.round.name}
                  </Link>
                  {" · "}
                </>
              ) : null}
              {t("dueOn", { date: day(r.round.dueDate) })}
              {r.itemLate ? ` · ${t("itemLate")}` : null}
            </p>
            {r.round.message ? <p className="whitespace-pre-line text-sm">{r.round.message}</p> : null}
            {answers ? (
              <details className="rounded-md border p-3" open={r.state === "returned"}>
                <summary className="cursor-pointer text-sm font-medium">
                  {t(r.state === "submitted" ? "answer.view" : "answer.open")}
                </summary>
                <div className="mt-3">
                  <AnswerForm
                    roundId={r.round.id}
                    code={r.recommendation.code}
                    state={r.state}
                    requestVersion={r.version}
                    answer={r.answer}
                    reviewComment={r.reviewComment}
                    recommendation={r.recommendation}
                    statuses={recommendationEditRights(actor, facts, r.recommendation.status, say).statuses}
                    itemLate={r.itemLate}
                    roundOpen={r.round.status === "open"}
                    evidence={evidence.get(r.id)}
                  />
                </div>
              </details>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
